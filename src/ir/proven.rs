//! Bounds checks that the code before them has already made. The builder
//! writes Go's check at every index; this pass walks a function's term in
//! the order it runs and renames a check `(go.inbounds IT I LEN)` where,
//! on every path to it, the same index is known to be below the same
//! length, from
//!
//! - an earlier check of it, neither value assigned since
//!   (`for j >= 0 && s[j] > v { s[j+1] = s[j] }` checks `j` once);
//! - a condition that holds there: `i < n` and `i >= 0`, of an `if`, a
//!   loop or the `&&` before it;
//! - a counted loop, `for i := k; i < n; i++` with `k >= 0` and `i`
//!   assigned nowhere else in the loop, so `i` is never negative inside
//!   it (and `i+1` cannot overflow, as `i < n` just held).
//!
//! Values are compared after following locals that hold a copy of
//! another local, a constant or a slice's length (`for i := range s`
//! reads a copy of the index, against a copy of the length). What is
//! known dies with any assignment to a local it mentions; at a loop's
//! head, what the loop assigns anywhere is forgotten first, so one walk
//! suffices. A rule decides what becomes of a proven check
//! (rules/lower/memory.rules drops it): this pass only says what holds,
//! as the builder chooses the order of evaluation.

use std::collections::HashMap;
use std::rc::Rc;

use egg::{Id, RecExpr};

use super::lang::{Node, Sym};

/// The operator a proven check becomes.
pub const PROVEN: &str = "go.inbounds";

/// What is known is bounded, so that a long function stays linear.
const MOST_FACTS: usize = 128;

/// Renames the checks in the statement `body` that are proven.
pub fn mark(expr: &mut RecExpr<Node>, body: Id) {
    let mut prover = Prover::new(expr);
    prover.stmt(body, Vec::new());
    let proven: Vec<Id> = prover
        .verdicts
        .into_iter()
        .filter_map(|(id, proven)| proven.then_some(id))
        .collect();
    for id in proven {
        if let Node::Op(_, children) = &expr[id] {
            let renamed = Node::Op(Sym::new(PROVEN), children.clone());
            expr[id] = renamed;
        }
    }
}

/// A value as the pass compares them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Val {
    Local(i64),
    Const(i64),
}

#[derive(Clone, PartialEq, Eq, Debug)]
enum Fact {
    /// 0 <= index < length: a check made.
    InRange(Val, Val),
    /// a < b, as signed integers.
    Less(Val, Val),
    /// 0 <= a.
    NonNeg(Val),
    /// The local holds the value.
    Holds(i64, Val),
}

impl Fact {
    fn mentions(&self, local: i64) -> bool {
        let is = |v: &Val| *v == Val::Local(local);
        match self {
            Fact::InRange(a, b) | Fact::Less(a, b) => is(a) || is(b),
            Fact::NonNeg(a) => is(a),
            Fact::Holds(l, v) => *l == local || is(v),
        }
    }
}

type Facts = Vec<Fact>;

struct Prover<'a> {
    expr: &'a RecExpr<Node>,
    /// Whether a node holds anything the walk looks at: checks,
    /// assignments, control. Other subterms are skipped.
    interesting: Vec<bool>,
    /// The locals each node assigns, for the nodes asked about.
    kills: HashMap<Id, Rc<Vec<i64>>>,
    /// For each check, whether every visit found it proven.
    verdicts: HashMap<Id, bool>,
}

impl<'a> Prover<'a> {
    fn new(expr: &'a RecExpr<Node>) -> Prover<'a> {
        // Children come before their parents in a RecExpr.
        let mut interesting = Vec::with_capacity(expr.len());
        for node in expr.as_ref() {
            let own = matches!(
                node.op_name(),
                Some(
                    "go.boundscheck"
                        | "local.set"
                        | "local.tee"
                        | "pop-to"
                        | "seq"
                        | "go.if"
                        | "go.loop"
                        | "go.block"
                        | "go.break"
                        | "go.continue"
                        | "go.return"
                        | "go.dreturn"
                )
            );
            let below = egg::Language::children(node)
                .iter()
                .any(|&c| interesting[usize::from(c)]);
            interesting.push(own || below);
        }
        Prover {
            expr,
            interesting,
            kills: HashMap::new(),
            verdicts: HashMap::new(),
        }
    }

    fn op(&self, id: Id) -> Option<(&'static str, &'a [Id])> {
        match &self.expr[id] {
            Node::Op(name, children) => Some((name.as_str(), children)),
            _ => None,
        }
    }

    fn num(&self, id: Id) -> Option<i64> {
        match self.expr[id] {
            Node::Num(n) => Some(n),
            _ => None,
        }
    }

    /// Walks a statement or value run with `facts` known before it: what
    /// is known after it, or `None` when it never completes normally.
    fn stmt(&mut self, id: Id, facts: Facts) -> Option<Facts> {
        if !self.interesting[usize::from(id)] {
            return Some(facts);
        }
        let Some((op, c)) = self.op(id) else {
            return Some(facts);
        };
        match (op, c) {
            ("seq", items) => self.seq(items, facts).0,
            ("go.if", &[cond, then, els]) => {
                let (after, when_true) = self.cond(cond, facts);
                let after = after?;
                let then_out = self.stmt(then, when_true.unwrap_or_else(|| after.clone()));
                let else_out = self.stmt(els, after);
                meet(then_out, else_out)
            }
            ("go.loop", &[_, _, _, cond, body, post]) => {
                let at_head = self.loop_head(id, cond, post, facts);
                let (_, when_true) = self.cond(cond, at_head.clone());
                if let Some(in_body) = when_true {
                    self.stmt(body, in_body);
                }
                self.stmt(post, at_head.clone());
                Some(at_head)
            }
            ("go.block", &[_, body]) => {
                self.stmt(body, facts.clone());
                Some(self.forget(id, facts))
            }
            ("go.break" | "go.continue" | "go.return" | "go.dreturn", _) => {
                self.operands(id, c, facts);
                None
            }
            ("local.set" | "local.tee", &[local, value]) => {
                let known = self.value(value, &facts);
                let mut facts = self.stmt(value, facts)?;
                let Some(local) = self.num(local) else {
                    return Some(Vec::new());
                };
                facts.retain(|f| !f.mentions(local));
                if let Some(v) = known.filter(|v| *v != Val::Local(local)) {
                    learn(&mut facts, Fact::Holds(local, v));
                }
                Some(facts)
            }
            ("go.boundscheck", &[_, index, len]) => {
                let facts = self.operands(id, c, facts);
                let (index, len) = (self.value(index, &facts), self.value(len, &facts));
                let proven = match (index, len) {
                    (Some(i), Some(n)) => below(&facts, i, n),
                    _ => false,
                };
                *self.verdicts.entry(id).or_insert(true) &= proven;
                let mut facts = facts;
                if let (Some(i), Some(n), false) = (index, len, proven) {
                    learn(&mut facts, Fact::InRange(i, n));
                }
                Some(facts)
            }
            _ => Some(self.operands(id, c, facts)),
        }
    }

    /// The operands of a node the pass does not follow: each is walked
    /// with what holds throughout the node, and nothing learned inside
    /// is kept (an operand may run conditionally).
    fn operands(&mut self, id: Id, children: &[Id], facts: Facts) -> Facts {
        let throughout = self.forget(id, facts);
        for &child in children {
            self.stmt(child, throughout.clone());
        }
        throughout
    }

    /// A `seq`: what holds after it, and what holds when its value is true
    /// if it ends an `&&`: `(local.set v a) (go.if (local.get v) S nop)…
    /// (local.get v)` is true only when every such S ran.
    fn seq(&mut self, items: &[Id], mut facts: Facts) -> (Option<Facts>, Option<Facts>) {
        // (v, what holds if the last test of v found it true)
        let mut chain: Option<(i64, Facts)> = None;
        for (n, &item) in items.iter().enumerate() {
            if let Some((v, then)) = self.if_local(item) {
                let entry = match &chain {
                    Some((w, taken)) if *w == v => taken.clone(),
                    _ => facts.clone(),
                };
                let taken = self.stmt(then, entry);
                facts = meet(taken.clone(), Some(facts)).unwrap_or_default();
                chain = taken.map(|t| (v, t));
                continue;
            }
            if let Some(v) = self.local_get(item).filter(|_| n + 1 == items.len()) {
                let when_true = chain
                    .take()
                    .filter(|(w, _)| *w == v)
                    .map(|(_, taken)| taken);
                return (Some(facts), when_true);
            }
            chain = None;
            facts = match self.stmt(item, facts) {
                Some(f) => f,
                None => return (None, None),
            };
        }
        (Some(facts), None)
    }

    /// A condition: what holds after it, and what holds when it is true.
    fn cond(&mut self, id: Id, facts: Facts) -> (Option<Facts>, Option<Facts>) {
        let (after, taken, value) = match self.op(id) {
            Some(("seq", items)) if !items.is_empty() => {
                let (after, taken) = self.seq(items, facts);
                (after, taken, items[items.len() - 1])
            }
            _ => (self.stmt(id, facts), None, id),
        };
        let Some(after) = after else {
            return (None, None);
        };
        let mut when_true = taken.unwrap_or_else(|| after.clone());
        self.learn_true(value, &mut when_true);
        (Some(after), Some(when_true))
    }

    /// What a comparison's being true says.
    fn learn_true(&self, id: Id, facts: &mut Facts) {
        let Some((op, c)) = self.op(id) else { return };
        if op == "go.andand" {
            c.iter().for_each(|&x| self.learn_true(x, facts));
            return;
        }
        let &[ty, a, b] = c else { return };
        if !self.signed(ty) {
            return;
        }
        let (Some(a), Some(b)) = (self.value(a, facts), self.value(b, facts)) else {
            return;
        };
        match op {
            "go.lt" => learn(facts, Fact::Less(a, b)),
            "go.gt" => learn(facts, Fact::Less(b, a)),
            "go.ge" if b == Val::Const(0) => learn(facts, Fact::NonNeg(a)),
            "go.le" if a == Val::Const(0) => learn(facts, Fact::NonNeg(b)),
            _ => {}
        }
    }

    /// What holds at a loop's head: what holds before it that the loop
    /// does not assign, and that a counted loop's index is not negative.
    fn loop_head(&mut self, id: Id, cond: Id, post: Id, facts: Facts) -> Facts {
        let counted = self.counted_index(cond, post).filter(|&i| {
            self.value_of_local(i, &facts)
                .is_some_and(|v| non_negative(&facts, v))
        });
        let mut at_head = self.forget(id, facts);
        if let Some(i) = counted {
            // Only the post statement assigns i (it is one of the kills).
            if self.assignments(id, i) == 1 {
                learn(&mut at_head, Fact::NonNeg(Val::Local(i)));
            }
        }
        at_head
    }

    /// The index of `for ; i < n; i++` (signed), from its condition and
    /// post statement.
    fn counted_index(&self, cond: Id, post: Id) -> Option<i64> {
        let value = match self.op(cond)? {
            ("seq", items) => *items.last()?,
            _ => cond,
        };
        let ("go.lt", &[ty, index, _]) = self.op(value)? else {
            return None;
        };
        let i = self.local_get(index).filter(|_| self.signed(ty))?;
        let increments = |s: Id| {
            let Some(("local.set", &[l, v])) = self.op(s) else {
                return false;
            };
            let Some(("go.add", &[_, x, one])) = self.op(v) else {
                return false;
            };
            self.num(l) == Some(i)
                && self.local_get(x) == Some(i)
                && matches!(self.op(one), Some(("go.const", &[_, k])) if self.num(k) == Some(1))
        };
        let post_increments = match self.op(post)? {
            ("seq", items) => items.iter().any(|&s| increments(s)),
            _ => increments(post),
        };
        post_increments.then_some(i)
    }

    /// How many times the subterm assigns the local.
    fn assignments(&self, id: Id, local: i64) -> usize {
        if !self.interesting[usize::from(id)] {
            return 0;
        }
        let Some((op, c)) = self.op(id) else { return 0 };
        let own = matches!(op, "local.set" | "local.tee" | "pop-to")
            && c.first().and_then(|&l| self.num(l)) == Some(local);
        usize::from(own) + c.iter().map(|&x| self.assignments(x, local)).sum::<usize>()
    }

    /// `facts` without what mentions a local the node assigns.
    fn forget(&mut self, id: Id, mut facts: Facts) -> Facts {
        let kills = self.kills(id);
        if !kills.is_empty() {
            facts.retain(|f| !kills.iter().any(|&l| f.mentions(l)));
        }
        facts
    }

    fn kills(&mut self, id: Id) -> Rc<Vec<i64>> {
        if !self.interesting[usize::from(id)] {
            return Rc::default();
        }
        if let Some(k) = self.kills.get(&id) {
            return k.clone();
        }
        let (op, c) = self.op(id).unwrap_or(("", &[]));
        let mut all: Vec<i64> = Vec::new();
        if matches!(op, "local.set" | "local.tee" | "pop-to") {
            all.extend(c.first().and_then(|&l| self.num(l)));
        }
        for &child in c {
            all.extend(self.kills(child).iter());
        }
        all.sort_unstable();
        all.dedup();
        let all = Rc::new(all);
        self.kills.insert(id, all.clone());
        all
    }

    /// The value a simple term has, as the pass compares values.
    fn value(&self, id: Id, facts: &Facts) -> Option<Val> {
        if let Some(l) = self.local_get(id) {
            return self.value_of_local(l, facts);
        }
        match self.op(id)? {
            ("go.const", &[ty, k]) if self.integer(ty) => self.num(k).map(Val::Const),
            ("go.slicelen", &[s]) => match self.op(s)? {
                ("go.slice", &[_, len, _]) => self.value(len, facts),
                _ => None,
            },
            ("go.strlen", &[s]) => match self.op(s)? {
                ("go.str", &[_, len]) => self.value(len, facts),
                _ => None,
            },
            _ => None,
        }
    }

    fn value_of_local(&self, local: i64, facts: &Facts) -> Option<Val> {
        let held = facts.iter().find_map(|f| match f {
            Fact::Holds(l, v) if *l == local => Some(*v),
            _ => None,
        });
        Some(held.unwrap_or(Val::Local(local)))
    }

    fn local_get(&self, id: Id) -> Option<i64> {
        match self.op(id)? {
            ("local.get", &[l]) => self.num(l),
            _ => None,
        }
    }

    /// `(go.if (local.get v) THEN nop)`: v and THEN.
    fn if_local(&self, id: Id) -> Option<(i64, Id)> {
        let ("go.if", &[cond, then, els]) = self.op(id)? else {
            return None;
        };
        let v = self.local_get(cond)?;
        matches!(self.op(els), Some(("nop", []))).then_some((v, then))
    }

    fn signed(&self, ty: Id) -> bool {
        matches!(
            self.op(ty),
            Some(("int" | "int8" | "int16" | "int32" | "int64", []))
        )
    }

    fn integer(&self, ty: Id) -> bool {
        self.signed(ty)
            || matches!(
                self.op(ty),
                Some((
                    "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr",
                    []
                ))
            )
    }
}

/// Whether 0 <= i < n follows from `facts`.
fn below(facts: &Facts, i: Val, n: Val) -> bool {
    if let (Val::Const(i), Val::Const(n)) = (i, n) {
        return 0 <= i && i < n;
    }
    let at_most = |m: &Val| m == &n || matches!((m, n), (Val::Const(m), Val::Const(n)) if *m <= n);
    facts.iter().any(|f| match f {
        Fact::InRange(j, m) => *j == i && at_most(m),
        Fact::Less(j, m) => *j == i && at_most(m) && non_negative(facts, i),
        _ => false,
    })
}

fn non_negative(facts: &Facts, v: Val) -> bool {
    if let Val::Const(k) = v {
        return k >= 0;
    }
    facts.iter().any(|f| match f {
        Fact::NonNeg(a) | Fact::InRange(a, _) => *a == v,
        _ => false,
    })
}

fn learn(facts: &mut Facts, fact: Fact) {
    if facts.contains(&fact) {
        return;
    }
    if facts.len() >= MOST_FACTS {
        facts.remove(0);
    }
    facts.push(fact);
}

/// What holds after either of two paths (`None`: a path that does not
/// arrive).
fn meet(a: Option<Facts>, b: Option<Facts>) -> Option<Facts> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.into_iter().filter(|f| b.contains(f)).collect()),
        (a, None) => a,
        (None, b) => b,
    }
}
