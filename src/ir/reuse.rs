//! Arithmetic a loop's condition computes, reused by the body.
//!
//! `for k < n && zr*zr+zi*zi <= 4 { zr, zi = zr*zr-zi*zi+cr, … }` computes
//! zr*zr and zi*zi in the condition and again first thing in the body,
//! where nothing has changed zr or zi since. The body runs only when the
//! condition was true, and then every operand of the condition's top-level
//! `&&`s was evaluated; so such a value is kept in a local where the
//! condition computes it (`local.tee`), and the body's leading assignments
//! read the local instead, until one of them assigns a local the value
//! reads. Go's compiler gets the same from its common-subexpression pass,
//! clang from its own (Mandelbrot's inner loop, benches/kernels/mixed.go).
//!
//! Only values made of locals and constants by operators that cannot
//! panic are kept, none that the condition itself assigns afterwards; only
//! operators that cannot panic or assign are looked into, and only
//! assignments whose value assigns nothing, so that a replaced value is the
//! one the body would have computed at that point.

use std::collections::HashMap;

use egg::{Id, Language};

use super::build::FuncBuilder;
use super::lang::Node;
use crate::check::types::Basic;

/// Operators that compute a number from numbers and cannot panic: what a
/// kept value may be made of.
const ARITHMETIC: &[&str] = &[
    "go.add",
    "go.sub",
    "go.mul",
    "go.and",
    "go.or",
    "go.xor",
    "go.andnot",
    "go.neg",
    "go.bitnot",
    "go.conv",
];

/// Operators that evaluate all their operands and nothing else: the walk
/// looks through them (besides the arithmetic ones).
const COMPARISONS: &[&str] = &[
    "go.eq", "go.ne", "go.lt", "go.le", "go.gt", "go.ge", "go.not",
];

impl FuncBuilder<'_, '_> {
    /// The loop's condition and body, with the values both compute kept
    /// by the condition and read by the body.
    pub(super) fn reuse_condition(&mut self, cond: Id, body: Id) -> (Id, Id) {
        let mut shapes = Shapes::default();
        let mut offered: Vec<(u32, Id)> = Vec::new();
        self.offered(cond, true, &mut shapes, &mut offered);
        // A value the condition changes after computing it is not kept.
        let mut assigned = Vec::new();
        self.assigned(cond, &mut assigned);
        offered.retain(|&(_, e)| !self.reads_any(e, &assigned));
        let items = match self.op_of(body) {
            Some(("seq", items)) => items,
            _ => vec![body],
        };
        let mut kept: HashMap<Id, u32> = HashMap::new();
        let mut new_items = items.clone();
        for (k, &item) in items.iter().enumerate() {
            if offered.is_empty() {
                break;
            }
            // `local.set L V`, V assigning nothing itself.
            let Some(("local.set", set)) = self.op_of(item) else {
                break;
            };
            let (local, value) = (set[0], set[1]);
            assigned.clear();
            self.assigned(item, &mut assigned);
            if assigned.len() != 1 {
                break;
            }
            let replaced = self.replace(value, &offered, &mut shapes, &mut kept);
            if replaced != value {
                new_items[k] = self.t.op("local.set", vec![local, replaced]);
            }
            offered.retain(|&(_, e)| !self.reads_any(e, &assigned));
        }
        if kept.is_empty() {
            return (cond, body);
        }
        let cond = self.keep(cond, &kept);
        (cond, self.t.seq(new_items))
    }

    /// The values of `id` evaluated whenever the condition is true (all of
    /// it when `must_hold`: the condition's own top-level `&&` chain), into
    /// `out`; whether `id` is made of locals and constants by arithmetic.
    fn offered(
        &self,
        id: Id,
        must_hold: bool,
        shapes: &mut Shapes,
        out: &mut Vec<(u32, Id)>,
    ) -> bool {
        let Some((op, children)) = self.op_of(id) else {
            return false;
        };
        let looked_at = match op {
            "local.get" | "go.const" => return true,
            "go.andand" if must_hold => {
                for &c in &children {
                    self.offered(c, true, shapes, out);
                }
                return false;
            }
            // Only the first operand is sure to run.
            "go.andand" | "go.oror" => &children[..1.min(children.len())],
            _ if ARITHMETIC.contains(&op) || COMPARISONS.contains(&op) => &children[..],
            _ => return false,
        };
        let plain: Vec<bool> = looked_at
            .iter()
            .map(|&c| self.offered(c, false, shapes, out))
            .collect();
        if !ARITHMETIC.contains(&op) {
            return false;
        }
        // The first operand (two for a conversion) names types.
        let types = if op == "go.conv" { 2 } else { 1 };
        let plain = plain.len() > types && plain[types..].iter().all(|&p| p);
        if plain {
            let shape = shapes.of(&self.t.expr, id);
            if !out.iter().any(|&(s, _)| s == shape) {
                out.push((shape, id));
            }
        }
        plain
    }

    /// `id` with each offered value it computes read from its local
    /// (allocated in `kept` on first use).
    fn replace(
        &mut self,
        id: Id,
        offered: &[(u32, Id)],
        shapes: &mut Shapes,
        kept: &mut HashMap<Id, u32>,
    ) -> Id {
        let Some((op, children)) = self.op_of(id) else {
            return id;
        };
        if ARITHMETIC.contains(&op) {
            let shape = shapes.of(&self.t.expr, id);
            if let Some(&(_, source)) = offered.iter().find(|&&(s, _)| s == shape)
                && let Some(local) = self.kept_local(source, kept)
            {
                return self.local_get(local);
            }
        }
        if !ARITHMETIC.contains(&op) && !COMPARISONS.contains(&op) {
            return id;
        }
        let new: Vec<Id> = children
            .iter()
            .map(|&c| self.replace(c, offered, shapes, kept))
            .collect();
        if new == children {
            id
        } else {
            self.t.op(op, new)
        }
    }

    /// The local that keeps the condition's value `source`.
    fn kept_local(&mut self, source: Id, kept: &mut HashMap<Id, u32>) -> Option<u32> {
        if let Some(&local) = kept.get(&source) {
            return Some(local);
        }
        let ty = self.result_type(source)?;
        let local = self.lasting_temp(ty);
        kept.insert(source, local);
        Some(local)
    }

    /// The Go type of an arithmetic value: its operator's type, the target
    /// type of a conversion.
    fn result_type(&self, id: Id) -> Option<crate::check::types::TypeId> {
        let (op, children) = self.op_of(id)?;
        let at = if op == "go.conv" { 1 } else { 0 };
        let (name, _) = self.op_of(*children.get(at)?)?;
        let basic = Basic::named(name).filter(|b| b.is_numeric())?;
        Some(self.prog.types.known_basic(basic))
    }

    /// The condition with each kept value computed into its local.
    fn keep(&mut self, id: Id, kept: &HashMap<Id, u32>) -> Id {
        let Some((op, children)) = self.op_of(id) else {
            return id;
        };
        let new: Vec<Id> = children.iter().map(|&c| self.keep(c, kept)).collect();
        let rebuilt = if new == children {
            id
        } else {
            self.t.op(op, new)
        };
        match kept.get(&id) {
            Some(&local) => {
                let n = self.t.num(local as i64);
                self.t.op("local.tee", vec![n, rebuilt])
            }
            None => rebuilt,
        }
    }

    /// Whether the value reads one of the wasm locals.
    fn reads_any(&self, id: Id, locals: &[i64]) -> bool {
        match self.op_of(id) {
            Some(("local.get", c)) => c
                .first()
                .and_then(|&n| self.num_of(n))
                .is_some_and(|l| locals.contains(&l)),
            _ => self.t.expr[id]
                .children()
                .iter()
                .any(|&c| self.reads_any(c, locals)),
        }
    }

    /// The wasm locals `id` assigns, into `out`.
    fn assigned(&self, id: Id, out: &mut Vec<i64>) {
        if let Some(("local.set" | "local.tee" | "pop-to", c)) = self.op_of(id)
            && let Some(l) = c.first().and_then(|&n| self.num_of(n))
        {
            out.push(l);
        }
        for &c in self.t.expr[id].children() {
            self.assigned(c, out);
        }
    }

    fn op_of(&self, id: Id) -> Option<(&'static str, Vec<Id>)> {
        match &self.t.expr[id] {
            Node::Op(op, children) => Some((op.as_str(), children.to_vec())),
            _ => None,
        }
    }

    fn num_of(&self, id: Id) -> Option<i64> {
        match self.t.expr[id] {
            Node::Num(n) => Some(n),
            _ => None,
        }
    }
}

/// Structural numbering: two subterms get the same number when they are
/// the same term.
#[derive(Default)]
struct Shapes {
    of_id: HashMap<Id, u32>,
    of_node: HashMap<Node, u32>,
}

impl Shapes {
    fn of(&mut self, expr: &egg::RecExpr<Node>, id: Id) -> u32 {
        if let Some(&s) = self.of_id.get(&id) {
            return s;
        }
        let node = expr[id]
            .clone()
            .map_children(|c| Id::from(self.of(expr, c) as usize));
        let next = self.of_node.len() as u32;
        let s = *self.of_node.entry(node).or_insert(next);
        self.of_id.insert(id, s);
        s
    }
}
