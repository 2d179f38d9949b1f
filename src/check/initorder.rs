//! Package variable initialization order and initialization cycles.

use rustc_hash::FxHashMap as HashMap;

use super::Checker;
use super::hir::{self, FuncId, GlobalId, Place};
use super::resolver::PkgDeclKind;
use crate::diag::Span;
use crate::syntax::ast::{self};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Dep {
    Var(GlobalId),
    Func(FuncId),
}

impl<'a> Checker<'a> {
    /// Records that the declaration being checked uses a package object.
    pub(super) fn note_dep(&mut self, dep: Dep) {
        if let Some(deps) = self.deps.last_mut()
            && !deps.contains(&dep)
        {
            deps.push(dep);
        }
    }

    /// Go initializes package variables in declaration order, except that a
    /// variable waits for the variables its initializer depends on (through
    /// functions, too).
    pub(super) fn order_inits(&mut self) {
        let var_decls: Vec<(GlobalId, &'a ast::ValueSpec, usize)> = self
            .decls
            .iter()
            .filter_map(|d| match d.kind {
                PkgDeclKind::Var {
                    spec,
                    index,
                    global,
                } => Some((global, spec, index)),
                _ => None,
            })
            .collect();
        // All variables a variable's initializer reaches.
        let mut reach: HashMap<GlobalId, Vec<GlobalId>> = HashMap::default();
        for &(g, _, _) in &var_decls {
            let mut seen_funcs = Vec::new();
            let mut vars = Vec::new();
            let mut stack: Vec<Dep> = self.var_deps.get(&g).cloned().unwrap_or_default();
            while let Some(d) = stack.pop() {
                match d {
                    Dep::Var(v) => {
                        if !vars.contains(&v) {
                            vars.push(v);
                        }
                    }
                    Dep::Func(f) => {
                        if !seen_funcs.contains(&f) {
                            seen_funcs.push(f);
                            stack.extend(self.func_deps.get(&f).cloned().unwrap_or_default());
                        }
                    }
                }
            }
            reach.insert(g, vars);
        }
        let mut done: Vec<GlobalId> = Vec::new();
        let pending: Vec<(GlobalId, &'a ast::ValueSpec, usize)> = var_decls.clone();
        let mut remaining = pending;
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|(g, _, _)| {
                reach[g].iter().all(|d| {
                    done.contains(d) || !var_decls.iter().any(|(v, _, _)| v == d) || d == g
                })
            });
            let Some(pos) = ready else {
                let (g, _, _) = remaining[0];
                match self.find_init_cycle(g) {
                    Some(cycle) => self.init_cycle(cycle),
                    None => {
                        let span = self.globals[g.0 as usize].span;
                        self.error(span, "initialization cycle");
                    }
                }
                return;
            };
            let (g, spec, index) = remaining.remove(pos);
            done.push(g);
            if reach[&g].contains(&g) {
                match self.find_init_cycle(g) {
                    Some(cycle) => self.init_cycle(cycle),
                    None => {
                        let span = self.globals[g.0 as usize].span;
                        self.error(span, "initialization cycle");
                    }
                }
            }
            // `a, b = f()` initializes both at once.
            if spec.values.len() == 1 && spec.names.len() > 1 {
                let first = first_of_spec(g, index);
                let globals: Vec<GlobalId> = (0..spec.names.len() as u32)
                    .map(|k| GlobalId(first.0 + k))
                    .collect();
                done.extend(globals.iter().copied());
                remaining.retain(|(g, _, _)| !globals.contains(g));
                self.emit_global_init(spec, &globals);
            } else if spec.values.len() > index {
                self.emit_global_init_one(g);
            }
        }
    }

    /// Go's error for an initialization cycle (names and positions of the
    /// objects in reference order), reported at the one first in the source.
    pub(super) fn init_cycle(&mut self, cycle: Vec<(String, Span)>) {
        if cycle.len() == 1 {
            let (name, span) = &cycle[0];
            self.error(
                *span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let start = (0..cycle.len())
            .min_by_key(|&k| (cycle[k].1.file, cycle[k].1.start))
            .unwrap_or(0);
        let (first, span) = &cycle[start];
        let mut d =
            crate::diag::Diagnostic::error(*span, format!("initialization cycle for {first}"));
        for k in 0..cycle.len() {
            let (a, at) = &cycle[(start + k) % cycle.len()];
            let (b, _) = &cycle[(start + k + 1) % cycle.len()];
            d = d.with_note(*at, format!("{a} refers to {b}"));
        }
        self.diags.push(d);
    }

    /// A cycle of references through package variables and functions that
    /// starts at variable `g`, if there is one: (name, position) of each.
    fn find_init_cycle(&self, g: GlobalId) -> Option<Vec<(String, Span)>> {
        fn visit(
            c: &Checker<'_>,
            node: Dep,
            path: &mut Vec<Dep>,
            seen: &mut Vec<Dep>,
        ) -> Option<Vec<Dep>> {
            if let Some(at) = path.iter().position(|d| *d == node) {
                return Some(path[at..].to_vec());
            }
            if seen.contains(&node) {
                return None;
            }
            seen.push(node);
            path.push(node);
            let next = match node {
                Dep::Var(v) => c.var_deps.get(&v).cloned().unwrap_or_default(),
                Dep::Func(f) => c.func_deps.get(&f).cloned().unwrap_or_default(),
            };
            for n in next {
                if let Some(cycle) = visit(c, n, path, seen) {
                    return Some(cycle);
                }
            }
            path.pop();
            None
        }
        let cycle = visit(self, Dep::Var(g), &mut Vec::new(), &mut Vec::new())?;
        let short = |symbol: &str| symbol.rsplit('.').next().unwrap_or(symbol).to_string();
        Some(
            cycle
                .into_iter()
                .map(|d| match d {
                    Dep::Var(v) => {
                        let g = &self.globals[v.0 as usize];
                        (short(&g.symbol), g.span)
                    }
                    Dep::Func(f) => {
                        let f = &self.funcs[f.0 as usize];
                        (short(&f.symbol), f.name_span)
                    }
                })
                .collect(),
        )
    }

    /// The init code of one package variable, checked by `resolve_global`.
    fn emit_global_init_one(&mut self, g: GlobalId) {
        // Checked when the variable was resolved (errors reported then).
        let value = self.global_values.remove(&g);
        if let Some(v) = value {
            let ty = self.globals[g.0 as usize].ty;
            let v = hir::Expr { ty, ..v };
            self.inits.push(hir::Init {
                targets: vec![Place::Global(g)],
                values: vec![v],
            });
        }
    }

    fn emit_global_init(&mut self, spec: &'a ast::ValueSpec, globals: &[GlobalId]) {
        if let Some(Some(call)) = self.tuple_inits.remove(&globals[0]) {
            let targets = spec
                .names
                .iter()
                .zip(globals)
                .map(|(n, g)| {
                    if n.name == "_" {
                        Place::Blank
                    } else {
                        Place::Global(*g)
                    }
                })
                .collect();
            self.inits.push(hir::Init {
                targets,
                values: vec![call],
            });
        }
    }
}

/// The variables of one spec get consecutive ids (see `collect_gen_decl`):
/// the first stands for the spec, `var a, b = f()`'s call is kept under it.
pub(super) fn first_of_spec(global: GlobalId, index: usize) -> GlobalId {
    GlobalId(global.0 - index as u32)
}
