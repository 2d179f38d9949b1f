//! Extraction: the cheapest fully lowered term of an e-class.
//!
//! Operators that must be rewritten away (front-end input, declared
//! intermediate steps, computations) cost infinity, so a finite result holds
//! only data and WebAssembly. When no finite term exists, the diagnosis
//! walks down to the first e-class that nothing lowered and reports it: with
//! the message of a matching `fail` rule when there is one, else by naming
//! the node and the rules that would have had to fire.

use std::collections::VecDeque;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::{CostFunction, Extractor, Id, Language, RecExpr};

use super::load::{RuleSet, message_vars};
use crate::ir::lang::{Graph, Node, Sym};
use crate::ir::ops::Category;
use crate::ir::print::render_node;
use crate::ir::wasm;

pub const INFINITE: u64 = u64::MAX;

pub struct LoweredCost<'r> {
    rules: &'r RuleSet,
    /// Each operator's own cost, looked up once (the extractor asks for
    /// every node many times).
    own: HashMap<Sym, u64>,
}

impl<'r> LoweredCost<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        LoweredCost {
            rules,
            own: HashMap::default(),
        }
    }
}

/// What a node costs, its children apart: WebAssembly what its row in the
/// instruction table says, data nothing, everything else infinity.
fn own_cost(rules: &RuleSet, op: &str) -> u64 {
    match rules.category(op) {
        Some(Category::Wasm) => wasm::instruction(op).map_or(INFINITE, |w| w.cost),
        Some(Category::Data) => 0,
        _ => INFINITE,
    }
}

impl CostFunction<Node> for LoweredCost<'_> {
    type Cost = u64;

    fn cost<C: FnMut(Id) -> u64>(&mut self, enode: &Node, mut costs: C) -> u64 {
        let own = match enode {
            Node::Num(_) | Node::Name(_) => return 0,
            Node::Op(op, _) => *self
                .own
                .entry(*op)
                .or_insert_with(|| own_cost(self.rules, op.as_str())),
        };
        if own == INFINITE {
            return INFINITE;
        }
        enode
            .children()
            .iter()
            .fold(own, |acc, c| acc.saturating_add(costs(*c)))
    }
}

/// Why a term could not be lowered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    /// The fail rule that gave the message, `file:line`.
    pub from: Option<String>,
}

/// Extracts the lowered term of `root`. On failure, the diagnosis reports
/// every stuck place, in the order of the input term (`input` holds the
/// e-class of each input node, in order): equal subterms share an e-class, so
/// two parameters of one type are one class, yet each is reported where it
/// stands, as Go does.
pub fn extract(
    g: &Graph,
    root: Id,
    rules: &RuleSet,
    input: &[Id],
) -> Result<RecExpr<Node>, Vec<Failure>> {
    if let Some(best) = cheapest(g, root, rules) {
        return Ok(best);
    }
    // The diagnosis asks for the costs of many classes: egg's extractor.
    let extractor = Extractor::new(g, LoweredCost::new(rules));
    let mut ranks: HashMap<Id, usize> = HashMap::default();
    for (i, id) in input.iter().enumerate() {
        ranks.entry(g.find(*id)).or_insert(i);
    }
    let mut d = Diagnosis {
        g,
        ex: &extractor,
        rules,
        ranks,
        visited: HashSet::default(),
        out: Vec::new(),
    };
    d.diagnose(root);
    let mut failures = d.out;
    // A fail rule's message explains better than "cannot lower"; keep those.
    if failures.iter().any(|(_, f)| f.from.is_some()) {
        failures.retain(|(_, f)| f.from.is_some());
    }
    failures.sort_by_key(|(rank, _)| *rank);
    let mut failures: Vec<Failure> = failures.into_iter().map(|(_, f)| f).collect();
    // Like Go, a message is not repeated right after itself.
    failures.dedup();
    if failures.is_empty() {
        failures.push(Failure {
            message: format!("rule set {} left the term unlowered", rules.name),
            from: None,
        });
    }
    Err(failures)
}

/// The term egg's `Extractor` finds for `root`, when it is lowered, found
/// the same way (classes swept in the e-graph's order until no cost
/// improves; a class keeps the first cheapest node of the sweep that last
/// lowered its cost), without egg's copy of a node and hash lookup at
/// every improvement: extraction was a fifth of the time spent rewriting.
fn cheapest(g: &Graph, root: Id, rules: &RuleSet) -> Option<RecExpr<Node>> {
    let mut cost_function = LoweredCost::new(rules);
    // By class id: the cost and the position of the node in its class.
    let mut best: Vec<Option<(u64, usize)>> = vec![None; g.nodes().len()];
    // Every class once, then a class again only when one of its children
    // got cheaper: passes over every class until nothing changed took time
    // quadratic in a long function's length.
    let mut queue: VecDeque<Id> = g.classes().map(|class| class.id).collect();
    let mut queued: Vec<bool> = vec![false; g.nodes().len()];
    for &id in &queue {
        queued[usize::from(id)] = true;
    }
    while let Some(id) = queue.pop_front() {
        queued[usize::from(id)] = false;
        let class = &g[id];
        let mut pass: Option<(u64, usize)> = None;
        for (k, node) in class.iter().enumerate() {
            let known = node
                .children()
                .iter()
                .all(|c| best[usize::from(g.find(*c))].is_some());
            if !known {
                continue;
            }
            let cost = cost_function.cost(node, |c| {
                best[usize::from(g.find(c))].map_or(INFINITE, |(cost, _)| cost)
            });
            if pass.is_none_or(|(least, _)| cost < least) {
                pass = Some((cost, k));
            }
        }
        let slot = &mut best[usize::from(class.id)];
        if let Some(new) = pass
            && slot.is_none_or(|(old, _)| new.0 < old)
        {
            *slot = Some(new);
            for parent in class.parents() {
                let parent = g.find(parent);
                if !std::mem::replace(&mut queued[usize::from(parent)], true) {
                    queue.push_back(parent);
                }
            }
        }
    }
    let node_of = |id: Id| {
        let class = g.find(id);
        best[usize::from(class)].map(|(_, k)| &g[class].nodes[k])
    };
    let root = g.find(root);
    match best[usize::from(root)] {
        Some((cost, _)) if cost != INFINITE => {}
        _ => return None,
    }
    // Every class under a finite cost has its cheapest node.
    let top = node_of(root)?;
    top.try_build_recexpr(|id| node_of(id).cloned().ok_or(()))
        .ok()
}

struct Diagnosis<'a> {
    g: &'a Graph,
    ex: &'a Extractor<'a, LoweredCost<'a>, Node, crate::ir::lang::Fold>,
    rules: &'a RuleSet,
    /// The first input position of each e-class.
    ranks: HashMap<Id, usize>,
    visited: HashSet<Id>,
    /// Failures with the input position they are about.
    out: Vec<(usize, Failure)>,
}

impl Diagnosis<'_> {
    fn rank(&self, id: Id) -> usize {
        self.ranks
            .get(&self.g.find(id))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// Where a match stands in the input: the input position of the pattern's
    /// inner nodes (a `(param …)` node is its parameter's position), else of
    /// its variables. Atoms such as a type name are shared by many positions,
    /// so the pattern's own nodes come first.
    fn match_rank(&self, pattern: &egg::PatternAst<Node>, subst: &egg::Subst) -> Option<usize> {
        let ast = pattern.as_ref();
        let mut classes: Vec<Option<Id>> = Vec::with_capacity(ast.len());
        let mut inner = None;
        for (i, n) in ast.iter().enumerate() {
            let class = match n {
                egg::ENodeOrVar::Var(v) => subst.get(*v).copied(),
                egg::ENodeOrVar::ENode(node) => {
                    let mut ok = true;
                    let node = node.clone().map_children(|c| {
                        classes[usize::from(c)].unwrap_or_else(|| {
                            ok = false;
                            c
                        })
                    });
                    if ok { self.g.lookup(node) } else { None }
                }
            };
            let is_root = i + 1 == ast.len();
            if let (egg::ENodeOrVar::ENode(_), Some(c), false) = (n, class, is_root)
                && let Some(r) = self.ranks.get(&self.g.find(c))
            {
                inner = Some(inner.map_or(*r, |x: usize| x.max(*r)));
            }
            classes.push(class);
        }
        inner.or_else(|| {
            ast.iter()
                .filter_map(|n| match n {
                    egg::ENodeOrVar::Var(v) => subst.get(*v),
                    egg::ENodeOrVar::ENode(_) => None,
                })
                .map(|c| self.rank(*c))
                .min()
        })
    }

    fn lowered(&self, id: Id) -> bool {
        self.ex.find_best_cost(id) != INFINITE
    }

    fn diagnose(&mut self, id: Id) {
        let g = self.g;
        let id = g.find(id);
        if !self.visited.insert(id) || self.lowered(id) {
            return;
        }
        // A fail rule explains the class when its operator's arguments are
        // all lowered (with an unlowered argument, the cause may be further in).
        let lowered_args = |op: &str| {
            g[id]
                .nodes
                .iter()
                .any(|n| n.op_name() == Some(op) && n.children().iter().all(|c| self.lowered(*c)))
        };
        for f in &self.rules.fails {
            let Some(egg::ENodeOrVar::ENode(Node::Op(op, _))) = f.pattern.ast.as_ref().last()
            else {
                continue;
            };
            if !lowered_args(op.as_str()) {
                continue;
            }
            let Some(m) = f.pattern.search_eclass(g, id) else {
                continue;
            };
            for subst in &m.substs {
                let mut message = f.message.clone();
                for v in message_vars(&f.message) {
                    if let Ok(var) = v.parse::<egg::Var>()
                        && let Some(bound) = subst.get(var)
                    {
                        message = message.replace(&format!("{{{v}}}"), &plain(g, *bound));
                    }
                }
                let rank = self
                    .match_rank(&f.pattern.ast, subst)
                    .unwrap_or_else(|| self.rank(id));
                self.out.push((
                    rank,
                    Failure {
                        message,
                        from: Some(format!("{} ({})", f.name, f.origin)),
                    },
                ));
            }
            return;
        }
        // A node that is already data or wasm but holds something unlowered:
        // the trouble is further down.
        let structural = g[id].nodes.iter().find(|n| match n {
            Node::Op(op, _) => matches!(
                self.rules.category(op.as_str()),
                Some(Category::Wasm | Category::Data)
            ),
            _ => false,
        });
        if let Some(node) = structural {
            for c in node.children() {
                self.diagnose(*c);
            }
            return;
        }
        // Nothing lowered this class and no fail rule explains it: look for a
        // stuck argument first.
        let before = self.out.len();
        for node in &g[id].nodes {
            for c in node.children() {
                self.diagnose(*c);
            }
        }
        if self.out.len() > before {
            return;
        }
        // Nothing explains it: name the node and the rules that could have fired.
        let node = &g[id].nodes[0];
        let op = node.op_name().unwrap_or("?");
        let candidates: Vec<String> = self
            .rules
            .rules
            .iter()
            .filter(|r| {
                r.lhs.ast.as_ref().last().is_some_and(
                    |n| matches!(n, egg::ENodeOrVar::ENode(Node::Op(o, _)) if o.as_str() == op),
                )
            })
            .map(|r| format!("{} ({})", r.name, r.origin))
            .collect();
        let hint = if candidates.is_empty() {
            format!("no rule of rule set {} rewrites `{op}`", self.rules.name)
        } else {
            format!(
                "none of the rules of rule set {} for `{op}` applied: {}",
                self.rules.name,
                candidates.join(", ")
            )
        };
        let rank = self.rank(id);
        self.out.push((
            rank,
            Failure {
                message: format!("cannot lower {}: {hint}", render(g, id, 4)),
                from: None,
            },
        ));
    }
}

/// A class as text for messages: names without `$`, numbers as they are,
/// anything else as a short term.
pub fn plain(g: &Graph, id: Id) -> String {
    for n in &g[id].nodes {
        match n {
            Node::Name(s) => return s.as_str().to_string(),
            Node::Num(v) => return v.to_string(),
            _ => {}
        }
    }
    render(g, id, 3)
}

/// Renders a class as an s-expression, choosing the smallest node, down to
/// `depth` levels.
pub fn render(g: &Graph, id: Id, depth: usize) -> String {
    let mut s = String::new();
    render_into(g, id, depth, &mut s);
    s
}

fn render_into(g: &Graph, id: Id, depth: usize, out: &mut String) {
    let node = g[id]
        .nodes
        .iter()
        .min_by_key(|n| {
            (
                n.children().len(),
                n.op_name()
                    .map(|o| o.starts_with("go.") || o.contains('.'))
                    .unwrap_or(false),
            )
        })
        .expect("e-classes are never empty");
    render_node(node, out, |c, out| {
        if depth == 0 {
            out.push('…');
        } else {
            render_into(g, c, depth - 1, out)
        }
    });
}

#[cfg(test)]
mod tests {
    use egg::{Extractor, Id};

    use super::{LoweredCost, cheapest};
    use crate::check::checked_for_tests;
    use crate::ir::build::build;
    use crate::mode::Mode;
    use crate::rewrite::{Choice, Schedule, load_choice, lower};

    /// `cheapest` is egg's extractor made faster: on every unit of corpus
    /// programs (e-graphs with many equal-cost choices), both pick the same
    /// term, node for node.
    #[test]
    fn cheapest_picks_what_eggs_extractor_picks() {
        let rules = load_choice(&Choice::default()).expect("the built-in rules load");
        let rules = rules.get(Schedule::Functions);
        let mut compared = 0;
        for name in [
            "div_by_const.go",
            "bitwise_ops.go",
            "float_ops.go",
            "int8_arith.go",
        ] {
            let path = format!("{}/tests/corpus/run/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("a corpus program");
            let program = checked_for_tests(&path, &text);
            let mut built = build(&program, Mode::CShared);
            let mut units = std::mem::take(&mut built.units);
            let all: Vec<usize> = (0..units.len()).collect();
            built.build_called(&program, Mode::CShared, &mut units, &all);
            for unit in &units {
                let term = unit.term.as_ref().expect("built");
                let Ok(lowered) = lower(term, rules, true) else {
                    continue;
                };
                let g = lowered.graph.as_ref().expect("recorded");
                let root: Id = lowered.root;
                let (_, expected) = Extractor::new(g, LoweredCost::new(rules)).find_best(root);
                assert_eq!(cheapest(g, root, rules), Some(expected), "{}", unit.symbol);
                compared += 1;
            }
        }
        assert!(compared > 20, "only {compared} units compared");
    }
}
