//! Bounds checks that the code before them already proves. The builder
//! writes Go's check at every index; this pass walks a function's term in
//! the order it runs and renames a check `(go.inbounds IT I LEN)` where,
//! on every path to it, the index is known to lie in `[0, LEN)`, from
//!
//! - an earlier check, neither value assigned since (`for j >= 0 && s[j]
//!   > v { s[j+1] = s[j] }` checks `s[j]` once);
//! - conditions that hold there: of an `if` (or its being false, in the
//!   else and after an `if` whose body returns), of a loop, or the first half
//!   of an `&&` (`i >= 0`, `i < n`, `j <= i`; also through a local that
//!   holds a comparison's result, as the builder makes for `&&`);
//! - a loop's index that only steps by one, once an iteration, after a
//!   condition that keeps the step from wrapping: counting up from
//!   `k >= 0` it is never negative; counting down it stays at or below
//!   where it started, and at -1 or above when the condition is `j >= 0`
//!   (an insertion sort's `j` is below `i`, so `s[j+1]` needs no check);
//! - values one apart (`j := i - 1`, `s[j+1]`), formed only where the
//!   arithmetic cannot have wrapped.
//!
//! A check of values a loop never changes runs once in front of the loop
//! instead (`hoist`): matmul's `a[i][k]` checks i once per row.
//!
//! The same walk marks a signed division by a power of two whose dividend
//! a condition showed a multiple of it (`if n%2 == 0 { n /= 2 }`):
//! `(go.divexact T X C)`, which needs no rounding.
//!
//! Values are compared after following the locals that hold a copy of
//! another local, a constant, a slice's length or one of those plus or
//! minus one (`for i := range s` reads a copy of the index against a copy
//! of the length). What is known dies with any assignment to a local it
//! mentions; at a loop's head, what the loop assigns anywhere is forgotten
//! first, so one walk suffices. A rule decides what becomes of a proven
//! check (rules/lower/memory.rules drops it): this pass only says what
//! holds, as the builder chooses the order of evaluation.

mod facts;
mod hoist;
mod loops;
mod values;

use std::collections::HashMap;
use std::rc::Rc;

use egg::{Id, RecExpr};

use super::lang::{Node, Sym};
use facts::{Fact, Facts, Val};

/// The operator a proven check becomes.
pub const PROVEN: &str = "go.inbounds";
/// The operator an exact division becomes.
pub const EXACT: &str = "go.divexact";

/// Renames the checks in the statement `body` that are proven; the
/// statement to use instead of `body` (with checks copied in front of
/// loops, see `hoist`).
pub fn mark(expr: &mut RecExpr<Node>, body: Id) -> Id {
    let mut prover = Prover::new(expr);
    prover.stmt(body, Facts::default());
    let Prover {
        mut verdicts,
        hoists,
        interesting,
        ..
    } = prover;
    // A hoisted check passed in front of the loop before any iteration.
    for check in hoists.values().flat_map(|h| &h.checks) {
        verdicts.insert(*check, true);
    }
    let proven: Vec<Id> = verdicts
        .into_iter()
        .filter_map(|(id, proven)| proven.then_some(id))
        .collect();
    for id in proven {
        if let Node::Op(op, children) = &expr[id] {
            let new = if op.as_str() == "go.div" {
                EXACT
            } else {
                PROVEN
            };
            let renamed = Node::Op(Sym::new(new), children.clone());
            expr[id] = renamed;
        }
    }
    if hoists.is_empty() {
        return body;
    }
    hoist::rebuild(expr, body, &hoists, &interesting)
}

struct Prover<'a> {
    expr: &'a RecExpr<Node>,
    /// Whether a node holds anything the walk looks at: checks,
    /// assignments, control. Other subterms are skipped.
    interesting: Vec<bool>,
    /// The locals each node assigns, for the nodes asked about.
    kills: HashMap<Id, Rc<Vec<i64>>>,
    /// For each check (and division), whether every visit found it proven
    /// (exact).
    verdicts: HashMap<Id, bool>,
    /// Above 0 while a loop's condition is walked only to see what it
    /// says: no verdicts then.
    probing: u32,
    /// The loops with checks to make in front of them.
    hoists: HashMap<Id, hoist::Hoist>,
    /// Whether a deferred call may recover a panic here (the body is in
    /// the `unwind` block, see src/check/defer.rs).
    recovers: bool,
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
                        | "go.div"
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
            probing: 0,
            hoists: HashMap::new(),
            recovers: expr
                .as_ref()
                .iter()
                .any(|n| matches!(n, Node::Name(name) if name.as_str() == "unwind")),
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
                let when_false = self.when_false(cond, after);
                let else_out = self.stmt(els, when_false);
                Facts::meet(then_out, else_out)
            }
            ("go.loop", &[_, _, _, cond, body, post]) => {
                if self.probing == 0 {
                    let checks = self.hoistable(id, cond, body, &facts);
                    if !checks.is_empty() {
                        self.hoists.insert(id, hoist::Hoist { cond, checks });
                    }
                }
                let at_head = self.loop_head(id, cond, body, post, facts);
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
            ("local.set" | "local.tee", &[local, value]) => self.assign(local, value, facts),
            ("go.boundscheck", &[it, index, len]) => {
                let facts = self.operands(id, c, facts);
                Some(self.check(id, it, index, len, facts))
            }
            ("go.div", &[ty, x, divisor]) => {
                let facts = self.operands(id, c, facts);
                let exact = self.max_of(ty).is_some() && self.divides_exactly(x, divisor, &facts);
                self.judge(id, exact);
                Some(facts)
            }
            _ => Some(self.operands(id, c, facts)),
        }
    }

    /// A bounds check: whether it is proven; after it, the index is in
    /// range.
    fn check(&mut self, id: Id, it: Id, index: Id, len: Id, mut facts: Facts) -> Facts {
        let (index, len) = (self.value(index, &facts), self.value(len, &facts));
        let (Some(i), Some(n)) = (index, len) else {
            self.judge(id, false);
            return facts;
        };
        self.judge(id, facts.in_range(i, n));
        // A length is an int: below it, an int index has room.
        let fits = self.max_of(it) == Some(i64::MAX);
        facts.learn_in_range(i, n, fits);
        facts
    }

    /// Whether x / divisor needs no rounding: the divisor a power of two
    /// of which x is known to be a multiple.
    fn divides_exactly(&self, x: Id, divisor: Id, facts: &Facts) -> bool {
        let Some(d) = self.value(divisor, facts) else {
            return false;
        };
        d.local.is_none()
            && facts::power_of_two(d.off)
            && self
                .value(x, facts)
                .is_some_and(|x| facts.multiple_of(x, d.off))
    }

    /// Records what this visit found of a node; it is renamed only if
    /// every visit (outside a probe) agrees.
    fn judge(&mut self, id: Id, proven: bool) {
        if self.probing == 0 {
            *self.verdicts.entry(id).or_insert(true) &= proven;
        }
    }

    /// `(local.set L V)`: what V is, and what V's being true says, now
    /// belong to L.
    fn assign(&mut self, local: Id, value: Id, facts: Facts) -> Option<Facts> {
        let known = self.value(value, &facts);
        let implied = if self.is_test(value) {
            let mut if_true = facts.clone();
            self.learn_true(value, &mut if_true);
            if_true.added_since(&facts)
        } else {
            Vec::new()
        };
        let mut facts = self.stmt(value, facts)?;
        let Some(local) = self.num(local) else {
            return Some(Facts::default());
        };
        facts.forget(local);
        if let Some(v) = known.filter(|v| v.local.is_none_or(|l| l != local)) {
            facts.learn(Fact::Holds(local, v));
        }
        if matches!(
            self.op(value),
            Some(("go.slicelen" | "go.slicecap" | "go.strlen", _))
        ) {
            // A length: what holds it, or the local, is not negative.
            facts.learn(Fact::NonNeg(known.unwrap_or(Val::local(local))));
        }
        if !implied.is_empty() && !implied.iter().any(|f| f.mentions(local)) {
            facts.learn(Fact::When(local, implied));
        }
        Some(facts)
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
            if let Some((v, cond, then)) = self.if_local(item) {
                let mut entry = match &chain {
                    Some((w, taken)) if *w == v => taken.clone(),
                    _ => facts.clone(),
                };
                self.learn_true(cond, &mut entry);
                let taken = self.stmt(then, entry);
                facts = Facts::meet(taken.clone(), Some(facts)).unwrap_or_default();
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

    /// `after` (what holds once the condition `id` ran) with what its
    /// being false says: after `if len(a) != len(b) { return }`, the
    /// lengths are equal.
    fn when_false(&self, id: Id, mut after: Facts) -> Facts {
        let value = match self.op(id) {
            Some(("seq", items)) if !items.is_empty() => items[items.len() - 1],
            _ => id,
        };
        self.learn_false(value, &mut after);
        after
    }

    /// `facts` without what mentions a local the node assigns.
    fn forget(&mut self, id: Id, mut facts: Facts) -> Facts {
        facts.forget_all(&self.kills(id));
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
}
