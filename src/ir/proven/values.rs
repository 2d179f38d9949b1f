//! What the terms say: the value of a simple term (a local, a constant, a
//! slice's length, one of those plus or minus one), what a condition's
//! being true says, and the reading of terms the walk needs.

use egg::Id;

use super::Prover;
use super::facts::{Fact, Facts, Val, power_of_two};
use crate::ir::lang::Node;

impl<'a> Prover<'a> {
    /// What a condition's being true says.
    pub(super) fn learn_true(&self, id: Id, facts: &mut Facts) {
        if let Some(v) = self.local_get(id) {
            if let Some(implied) = facts.when_true(v).map(<[Fact]>::to_vec) {
                implied.into_iter().for_each(|f| facts.learn(f));
            }
            return;
        }
        let Some((op, c)) = self.op(id) else { return };
        if op == "go.andand" {
            c.iter().for_each(|&x| self.learn_true(x, facts));
            return;
        }
        let &[ty, a, b] = c else { return };
        if self.max_of(ty).is_none() {
            return;
        }
        if op == "go.eq" {
            self.learn_multiple(a, b, facts);
            return;
        }
        let (Some(a), Some(b)) = (self.value(a, facts), self.value(b, facts)) else {
            return;
        };
        match op {
            "go.lt" => facts.learn_less(a, b),
            "go.gt" => facts.learn_less(b, a),
            "go.le" => facts.learn_at_most(a, b),
            "go.ge" => facts.learn_at_most(b, a),
            _ => {}
        }
    }

    /// What a comparison's being false says (`a != b` false: they are
    /// equal, each at most the other).
    pub(super) fn learn_false(&self, id: Id, facts: &mut Facts) {
        let Some((op, &[ty, a, b])) = self.op(id) else {
            return;
        };
        if self.max_of(ty).is_none() {
            return;
        }
        let (Some(a), Some(b)) = (self.value(a, facts), self.value(b, facts)) else {
            return;
        };
        match op {
            "go.ne" => {
                facts.learn_at_most(a, b);
                facts.learn_at_most(b, a);
            }
            "go.lt" => facts.learn_at_most(b, a),
            "go.gt" => facts.learn_at_most(a, b),
            "go.le" => facts.learn_less(b, a),
            "go.ge" => facts.learn_less(a, b),
            _ => {}
        }
    }

    /// `x % m == 0` or `x & (m-1) == 0`, m a power of two: x is a
    /// multiple of m.
    pub(super) fn learn_multiple(&self, lhs: Id, zero: Id, facts: &mut Facts) {
        if self.value(zero, facts) != Some(Val::constant(0)) {
            return;
        }
        let Some((op, &[_, x, k])) = self.op(lhs) else {
            return;
        };
        let (Some(x), Some(k)) = (self.value(x, facts), self.value(k, facts)) else {
            return;
        };
        let m = match op {
            "go.rem" => k.off,
            "go.and" => k.off.wrapping_add(1),
            _ => return,
        };
        if k.local.is_none() && power_of_two(m) {
            facts.learn(Fact::Multiple(x, m));
        }
    }

    /// Whether the value is a test whose truth `learn_true` reads.
    pub(super) fn is_test(&self, id: Id) -> bool {
        matches!(
            self.op(id),
            Some((
                "go.lt" | "go.gt" | "go.le" | "go.ge" | "go.eq" | "go.andand" | "local.get",
                _
            ))
        )
    }

    /// The value a simple term has, as the pass compares values.
    pub(super) fn value(&self, id: Id, facts: &Facts) -> Option<Val> {
        if let Some(l) = self.local_get(id) {
            return Some(self.value_of_local(l, facts));
        }
        if let Some((x, step, max)) = self.step(id) {
            let x = self.value(x, facts)?;
            let safe = match step {
                1 => facts.below_max(x, max),
                _ => facts.non_negative(x),
            };
            return x.plus(step).filter(|_| safe);
        }
        match self.op(id)? {
            ("go.const", &[ty, k]) if self.integer(ty) => self.num(k).map(Val::constant),
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

    pub(super) fn value_of_local(&self, local: i64, facts: &Facts) -> Val {
        facts.held(local).unwrap_or(Val::local(local))
    }

    pub(super) fn op(&self, id: Id) -> Option<(&'static str, &'a [Id])> {
        match &self.expr[id] {
            Node::Op(name, children) => Some((name.as_str(), children)),
            _ => None,
        }
    }

    pub(super) fn num(&self, id: Id) -> Option<i64> {
        match self.expr[id] {
            Node::Num(n) => Some(n),
            _ => None,
        }
    }

    pub(super) fn local_get(&self, id: Id) -> Option<i64> {
        match self.op(id)? {
            ("local.get", &[l]) => self.num(l),
            _ => None,
        }
    }

    /// `(go.if (local.get v) THEN nop)`: v, the condition and THEN.
    pub(super) fn if_local(&self, id: Id) -> Option<(i64, Id, Id)> {
        let ("go.if", &[cond, then, els]) = self.op(id)? else {
            return None;
        };
        let v = self.local_get(cond)?;
        matches!(self.op(els), Some(("nop", []))).then_some((v, cond, then))
    }

    /// The largest value of a signed integer type.
    pub(super) fn max_of(&self, ty: Id) -> Option<i64> {
        Some(match self.op(ty)? {
            ("int" | "int64", []) => i64::MAX,
            ("int32", []) => i32::MAX.into(),
            ("int16", []) => i16::MAX.into(),
            ("int8", []) => i8::MAX.into(),
            _ => return None,
        })
    }

    pub(super) fn integer(&self, ty: Id) -> bool {
        self.max_of(ty).is_some()
            || matches!(
                self.op(ty),
                Some((
                    "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr",
                    []
                ))
            )
    }
}
