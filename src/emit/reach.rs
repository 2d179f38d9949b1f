//! Dead code: what the module keeps, from its exports down, and what the
//! whole module decides of each function (recursive, framed).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::Id;

use super::collect::{FuncDef, func_name, name_of};
use crate::ir::build::{MAIN_SYMBOL, direct_symbol};
use crate::ir::lang::Node;
use crate::rewrite::lowered::LoweredTerm;

/// What a function body refers to: the functions it calls and the package
/// variables and strings whose addresses it uses.
#[derive(Default)]
struct Refs {
    calls: Vec<String>,
    /// Calls that only a function with a frame makes: those of `(if-frame X)`
    /// and of X in `(if-frame-else X Y)` (the stack check's report).
    frame_calls: Vec<String>,
    data: Vec<String>,
    /// The functions it takes as values (`(func-record (direct $F))`).
    taken: Vec<String>,
    /// It calls through a value (`call_indirect`).
    indirect: bool,
    /// It keeps locals in its frame (`(frame-area N)`).
    frame_area: bool,
}

fn references(t: &LoweredTerm, body: Id) -> Refs {
    let mut refs = Refs::default();
    let mut stack = vec![(body, false)];
    while let Some((i, gated)) = stack.pop() {
        let Node::Op(op, c) = t.node(i) else {
            continue;
        };
        match op.as_str() {
            "call" if !c.is_empty() => {
                if let Some(n) = func_name(t, c[0]) {
                    if gated {
                        refs.frame_calls.push(n);
                    } else {
                        refs.calls.push(n);
                    }
                }
            }
            // A function taken as a value is kept: the table holds it.
            "func-record" if c.len() == 1 => {
                if let Some(n) = func_name(t, c[0]) {
                    refs.calls.push(n.clone());
                    refs.taken.push(n);
                }
            }
            "call_indirect" => refs.indirect = true,
            "data-addr" if c.len() == 1 => {
                if let Some(n) = name_of(t, c[0]) {
                    refs.data.push(n);
                }
            }
            "frame-area" => refs.frame_area = true,
            "if-frame" => {
                stack.extend(c.iter().map(|x| (*x, true)));
                continue;
            }
            "if-frame-else" if c.len() == 2 => {
                stack.push((c[0], true));
                stack.push((c[1], gated));
                continue;
            }
            _ => {}
        }
        stack.extend(c.iter().map(|x| (*x, gated)));
    }
    refs.calls.sort();
    refs.calls.dedup();
    refs.frame_calls.sort();
    refs.frame_calls.dedup();
    refs
}

/// What the module keeps: the functions reachable from its exports (by
/// index in the list of definitions), the names they call, the data they
/// use, which of them are recursive (reach themselves) and which need a
/// frame on the Go stack (the recursive ones, those that keep locals in
/// memory and those that call a Go-ABI function, whose arguments go there).
///
/// Recursion is judged without the calls of the stack check itself: the
/// overflow report prints, and printing is not recursion (the program ends).
pub struct Reach {
    pub used: HashSet<usize>,
    pub calls: HashSet<String>,
    pub data: HashSet<String>,
    pub recursive: HashSet<usize>,
    pub framed: HashSet<usize>,
    /// What main.main reaches beyond `used` (nothing where the entry point
    /// or an export calls it): Go's module keeps main.main, so wexlab keeps
    /// the wasmimports it reaches in c-shared mode too (`MainCode` in
    /// emit/mod.rs).
    pub main: MainReach,
}

/// The functions that only main.main reaches, in definition order, the
/// names they call and the data they use.
#[derive(Default)]
pub struct MainReach {
    pub funcs: Vec<usize>,
    pub calls: HashSet<String>,
    pub data: HashSet<String>,
}

impl Reach {
    pub fn new(funcs: &[FuncDef<'_>], arg_widths: &HashMap<String, u64>) -> Reach {
        let refs: Vec<Refs> =
            crate::parallel::map(funcs.iter().collect(), |f| references(f.term, f.body));
        // What a call names: the first function defined with that name
        // (wrappers cannot be called).
        let mut callable: HashMap<&str, usize> = HashMap::default();
        for (i, f) in funcs.iter().enumerate().filter(|(_, f)| !f.wrapper) {
            callable.entry(f.name.as_str()).or_insert(i);
        }
        let mut edges: Vec<Vec<usize>> = refs
            .iter()
            .map(|r| {
                r.calls
                    .iter()
                    .filter_map(|c| callable.get(c.as_str()).copied())
                    .collect()
            })
            .collect();
        add_indirect_edges(&mut edges, &refs, &callable);
        let mut recursive = recursive_functions(&edges);
        recursive.retain(|&i| i < funcs.len());
        let framed: HashSet<usize> = refs
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                recursive.contains(i)
                    || r.frame_area
                    || r.calls.iter().any(|c| arg_widths.contains_key(c))
            })
            .map(|(i, _)| i)
            .collect();
        let graph = Graph {
            refs: &refs,
            callable: &callable,
            framed: &framed,
        };
        let roots = funcs.iter().enumerate().filter(|(_, f)| f.root);
        let (used, calls) = graph.closure(roots.map(|(i, _)| i));
        let data = graph.data_of(used.iter().copied());
        let main = graph.main_reach(&used, &data);
        Reach {
            used,
            calls,
            data,
            recursive,
            framed,
            main,
        }
    }
}

/// A call through a value may call any function taken as a value: the
/// functions that make one lead to an extra node, which leads to every
/// function taken (one node, not an edge per pair, keeps the graph linear).
fn add_indirect_edges(edges: &mut Vec<Vec<usize>>, refs: &[Refs], callable: &HashMap<&str, usize>) {
    if !refs.iter().any(|r| r.indirect) {
        return;
    }
    let any_value = edges.len();
    let taken: Vec<usize> = refs
        .iter()
        .flat_map(|r| &r.taken)
        .filter_map(|f| callable.get(f.as_str()).copied())
        .collect();
    for (e, r) in edges.iter_mut().zip(refs) {
        if r.indirect {
            e.push(any_value);
        }
    }
    edges.push(taken);
}

/// The call graph of the definitions.
struct Graph<'a> {
    refs: &'a [Refs],
    callable: &'a HashMap<&'a str, usize>,
    framed: &'a HashSet<usize>,
}

impl Graph<'_> {
    /// Everything `roots` reach, the stack check's calls included where a
    /// frame is made: the functions and the names called.
    fn closure(&self, roots: impl Iterator<Item = usize>) -> (HashSet<usize>, HashSet<String>) {
        let mut used: HashSet<usize> = HashSet::default();
        let mut calls: HashSet<String> = HashSet::default();
        let mut work: Vec<usize> = roots.filter(|&i| used.insert(i)).collect();
        while let Some(n) = work.pop() {
            let r = &self.refs[n];
            let gated = if self.framed.contains(&n) {
                r.frame_calls.as_slice()
            } else {
                &[]
            };
            for c in r.calls.iter().chain(gated) {
                if !calls.contains(c) {
                    calls.insert(c.clone());
                }
                if let Some(&j) = self.callable.get(c.as_str())
                    && used.insert(j)
                {
                    work.push(j);
                }
            }
        }
        (used, calls)
    }

    /// The package variables and strings that `funcs` use.
    fn data_of(&self, funcs: impl Iterator<Item = usize>) -> HashSet<String> {
        funcs
            .flat_map(|i| self.refs[i].data.iter().cloned())
            .collect()
    }

    /// What main.main's direct version reaches that the roots (which
    /// reach `used` and `data`) do not.
    fn main_reach(&self, used: &HashSet<usize>, data: &HashSet<String>) -> MainReach {
        let main = direct_symbol(MAIN_SYMBOL);
        let Some(&m) = self
            .callable
            .get(main.as_str())
            .filter(|m| !used.contains(m))
        else {
            return MainReach::default();
        };
        let (reached, calls) = self.closure(std::iter::once(m));
        let mut funcs: Vec<usize> = reached.difference(used).copied().collect();
        funcs.sort_unstable();
        let mut main_data = self.data_of(funcs.iter().copied());
        main_data.retain(|d| !data.contains(d));
        MainReach {
            funcs,
            calls,
            data: main_data,
        }
    }
}

/// The functions that can reach themselves through `edges` (calls): those
/// with a call to themselves or in a cycle of several (Tarjan's strongly
/// connected components, iteratively: call chains can be long).
fn recursive_functions(edges: &[Vec<usize>]) -> HashSet<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut recursive = HashSet::default();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, how many of its edges are done)
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut done)) = frames.last_mut() {
            if let Some(&w) = edges[v].get(*done) {
                *done += 1;
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    frames.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 || edges[v].contains(&v) {
                    recursive.extend(component);
                }
            }
        }
    }
    recursive
}

#[cfg(test)]
mod tests {
    use super::recursive_functions;

    #[test]
    fn recursion_is_a_cycle_or_a_call_to_itself() {
        // 0 → 1 → 2 → 0 is a cycle; 3 calls itself; 4 → 0 reaches the cycle
        // without being on it; 5 calls nothing.
        let edges = vec![vec![1], vec![2], vec![0, 5], vec![3], vec![0], vec![]];
        let mut found: Vec<usize> = recursive_functions(&edges).into_iter().collect();
        found.sort();
        assert_eq!(found, vec![0, 1, 2, 3]);
        // A call chain far longer than any recursion would survive.
        let chain: Vec<Vec<usize>> = (0..200_000).map(|i| vec![i + 1]).chain([vec![]]).collect();
        assert!(recursive_functions(&chain).is_empty());
    }
}
