//! What a loop keeps true everywhere in it: the indexes that step by one,
//! once an iteration, and the bounds the stepping cannot pass.

use std::collections::HashMap;

use egg::Id;

use super::Prover;
use super::facts::{Fact, Facts, Val};

impl Prover<'_> {
    /// What holds at a loop's head, and so everywhere in it: what holds
    /// before it that the loop does not assign, and what its stepping
    /// indexes keep.
    pub(super) fn loop_head(
        &mut self,
        id: Id,
        cond: Id,
        body: Id,
        post: Id,
        before: Facts,
    ) -> Facts {
        let mut at_head = self.forget(id, before.clone());
        let kills = self.kills(id);
        if kills.is_empty() {
            return at_head;
        }
        let mut steppers = Vec::new();
        self.steps(body, &mut steppers);
        self.steps(post, &mut steppers);
        if steppers.is_empty() {
            return at_head;
        }
        let mut counts = HashMap::new();
        self.count_assignments(id, &mut counts);
        // What the condition says each time the body runs, before the
        // step: it keeps the step from wrapping.
        self.probing += 1;
        let (_, probed) = self.cond(cond, at_head.clone());
        self.probing -= 1;
        let probed = probed.unwrap_or_default();
        for (j, step, max) in steppers {
            if counts.get(&j) != Some(&1) {
                continue;
            }
            let entry = self.value_of_local(j, &before);
            let index = Val::local(j);
            let kept = entry.local.is_none_or(|l| !kills.contains(&l));
            if step == 1 && probed.below_max(index, max) {
                // j only grows, from entry.
                if kept {
                    at_head.learn_at_most(entry, index);
                }
                if before.non_negative(entry) {
                    at_head.learn(Fact::NonNeg(index));
                }
            } else if step == -1 && probed.non_negative(index) {
                // j only shrinks, from entry, and only while j >= 0.
                if kept {
                    at_head.learn_at_most(index, entry);
                }
                if entry.plus(1).is_some_and(|e| before.non_negative(e))
                    && let Some(v) = index.plus(1)
                {
                    at_head.learn(Fact::NonNeg(v));
                }
            }
        }
        at_head
    }

    /// The statements `j = j ± 1` (signed j) that run at most once an
    /// iteration: not inside a nested loop. (local, step, type's maximum)
    pub(super) fn steps(&self, id: Id, out: &mut Vec<(i64, i64, i64)>) {
        if !self.interesting[usize::from(id)] {
            return;
        }
        let Some((op, c)) = self.op(id) else { return };
        match (op, c) {
            ("go.loop", _) => {}
            ("local.set", &[l, v]) => {
                let Some(j) = self.num(l) else { return };
                if let Some((x, step, max)) = self.step(v)
                    && self.local_get(x) == Some(j)
                {
                    out.push((j, step, max));
                }
            }
            _ => c.iter().for_each(|&x| self.steps(x, out)),
        }
    }

    /// `x + 1`, `x - 1`, `x + -1` of a signed type: x, the step and the
    /// type's maximum.
    pub(super) fn step(&self, id: Id) -> Option<(Id, i64, i64)> {
        let (op, &[ty, a, b]) = self.op(id)? else {
            return None;
        };
        let max = self.max_of(ty)?;
        let k = match self.op(b)? {
            ("go.const", &[_, k]) => self.num(k)?,
            _ => return None,
        };
        let step = match op {
            "go.add" => k,
            "go.sub" => k.checked_neg()?,
            _ => return None,
        };
        matches!(step, 1 | -1).then_some((a, step, max))
    }

    pub(super) fn count_assignments(&self, id: Id, counts: &mut HashMap<i64, usize>) {
        if !self.interesting[usize::from(id)] {
            return;
        }
        let Some((op, c)) = self.op(id) else { return };
        if matches!(op, "local.set" | "local.tee" | "pop-to")
            && let Some(l) = c.first().and_then(|&l| self.num(l))
        {
            *counts.entry(l).or_default() += 1;
        }
        c.iter().for_each(|&x| self.count_assignments(x, counts));
    }
}
