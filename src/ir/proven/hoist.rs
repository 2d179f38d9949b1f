//! Checks of values a loop never changes, made once in front of it.
//!
//! `for k := 0; k < n; k++ { s += a[i][k] * b[k][j] }` checks i and j on
//! every iteration although the loop changes neither: if they pass on the
//! first iteration they pass on all. Such a check is copied in front of
//! the loop under the loop's condition, `(go.if COND (seq CHECK…) nop)`,
//! and the one in the loop is proven.
//!
//! Go's order of effects must not change. The copy fails exactly when the
//! first iteration's check would have, but sooner: so it is made only if
//! what the body runs before the check cannot be told apart from nothing
//! by a panic there. The pass looks at the body's first statements and
//! stops at anything else than a local set to a [`plain`](Prover::plain)
//! value (no memory read, no call, nothing that panics) or a check that
//! passes on the first iteration (`b[k]` with k's 0 on entry). Where a
//! deferred call may recover the panic (the body is in the `unwind`
//! block), the function returns its named results as they were, so even
//! a local set is not skipped there. The condition runs once more on
//! entry, so it must be plain too.

use std::collections::HashMap;

use egg::{Id, RecExpr};

use super::Prover;
use super::facts::Facts;
use crate::ir::lang::Node;

/// A loop with checks to make in front of it: its condition and the
/// checks (in the order the body runs them).
pub(super) struct Hoist {
    pub cond: Id,
    pub checks: Vec<Id>,
}

impl Prover<'_> {
    /// The checks of loop `id` that can run once before it, given what
    /// holds before the loop.
    pub(super) fn hoistable(&mut self, id: Id, cond: Id, body: Id, before: &Facts) -> Vec<Id> {
        if !self.plain(cond) {
            return Vec::new();
        }
        let kills = self.kills(id);
        let mut statements = Vec::new();
        self.flatten(body, &mut statements);
        self.probing += 1;
        let mut hoisted = Vec::new();
        // What holds when the body starts its first iteration.
        let (_, first) = self.cond(cond, before.clone());
        let mut facts = first;
        for item in statements {
            let Some(known) = facts.take() else { break };
            facts = match self.op(item) {
                Some(("go.boundscheck", &[it, index, len])) => {
                    let invariant = [index, len]
                        .iter()
                        .all(|&v| self.plain(v) && !self.reads_any(v, &kills));
                    let passes = match (self.value(index, &known), self.value(len, &known)) {
                        (Some(i), Some(n)) => known.in_range(i, n),
                        _ => false,
                    };
                    if invariant {
                        hoisted.push(item);
                    }
                    (invariant || passes).then(|| self.check(item, it, index, len, known))
                }
                Some(("local.set", &[local, value])) if !self.recovers && self.plain(value) => {
                    self.assign(local, value, known)
                }
                _ => None,
            };
        }
        self.probing -= 1;
        hoisted
    }

    /// The statements of a body in the order they run, nested `seq`s
    /// opened.
    fn flatten(&self, id: Id, out: &mut Vec<Id>) {
        match self.op(id) {
            Some(("seq", items)) => items.iter().for_each(|&i| self.flatten(i, out)),
            _ => out.push(id),
        }
    }

    /// Whether a value is computed from constants, locals and addresses
    /// alone, with arithmetic that cannot panic: it reads no memory and
    /// has no effect, so it may run earlier or twice.
    pub(super) fn plain(&self, id: Id) -> bool {
        match &self.expr[id] {
            Node::Num(_) | Node::Name(_) => true,
            Node::Op(_, children) if children.is_empty() => true,
            Node::Op(op, children) => {
                matches!(
                    op.as_str(),
                    "local.get"
                        | "go.const"
                        | "go.add"
                        | "go.sub"
                        | "go.mul"
                        | "go.and"
                        | "go.or"
                        | "go.xor"
                        | "go.andnot"
                        | "go.not"
                        | "go.eq"
                        | "go.ne"
                        | "go.lt"
                        | "go.le"
                        | "go.gt"
                        | "go.ge"
                        | "go.addr"
                        | "go.elemaddr"
                        | "go.offset"
                        | "go.slice"
                        | "go.slicelen"
                        | "go.slicecap"
                        | "go.str"
                        | "go.strlen"
                ) && children.iter().all(|&c| self.plain(c))
            }
        }
    }

    /// Whether the value reads one of the locals.
    fn reads_any(&self, id: Id, locals: &[i64]) -> bool {
        if let Some(l) = self.local_get(id) {
            return locals.contains(&l);
        }
        match &self.expr[id] {
            Node::Op(_, children) => children.iter().any(|&c| self.reads_any(c, locals)),
            _ => false,
        }
    }
}

/// The statement `id` with each loop of `hoists` preceded by its copied
/// checks. Nodes are only added: the ancestors of a changed node are
/// copied, the rest shared.
pub(super) fn rebuild(
    expr: &mut RecExpr<Node>,
    id: Id,
    hoists: &HashMap<Id, Hoist>,
    interesting: &[bool],
) -> Id {
    if !interesting[usize::from(id)] {
        return id;
    }
    let Node::Op(op, children) = expr[id].clone() else {
        return id;
    };
    let new_children: Vec<Id> = children
        .iter()
        .map(|&c| rebuild(expr, c, hoists, interesting))
        .collect();
    let same = new_children[..] == children[..];
    let node = if same {
        id
    } else {
        expr.add(Node::Op(op, new_children.into_boxed_slice()))
    };
    let Some(hoist) = hoists.get(&id) else {
        return node;
    };
    let copies: Vec<Id> = hoist
        .checks
        .iter()
        .map(|&check| {
            let operands = match &expr[check] {
                Node::Op(_, c) => c.to_vec(),
                _ => Vec::new(),
            };
            expr.add(Node::op("go.boundscheck", operands))
        })
        .collect();
    let checks = expr.add(Node::op("seq", copies));
    let nop = expr.add(Node::op("nop", vec![]));
    let before = expr.add(Node::op("go.if", vec![hoist.cond, checks, nop]));
    expr.add(Node::op("seq", vec![before, node]))
}
