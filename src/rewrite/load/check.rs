//! Stage 4: rules that can never fire. A left-hand side that needs an
//! operator no rule of its schedule produces, or a fail rule for such an
//! operator, is dead text: a warning. A rule that a stronger unconditional
//! rule always takes contradicts the priorities: an error.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::{ENodeOrVar, Id, Language as _, PatternAst, Var};

use super::Errors;
use super::resolve::{FailRule, Resolved, Rule};
use crate::ir::lang::{Discriminant, Node};
use crate::ir::ops::{self, Category};
use crate::rewrite::schedule::{SCHEDULES, Schedule};

pub(super) fn never_fire(resolved: &Resolved, errors: &mut Errors) {
    unproduced(&resolved.rules, &resolved.fails, errors);
    shadowed(&resolved.rules, errors);
}

/// Rules and fail rules whose operator no term of a schedule that runs them
/// can hold; each reported once, for the first such schedule.
fn unproduced(rules: &[Arc<Rule>], fails: &[Arc<FailRule>], errors: &mut Errors) {
    let produced: Vec<(Schedule, HashSet<&'static str>)> = SCHEDULES
        .iter()
        .map(|(s, _)| {
            (
                *s,
                produced(rules.iter().map(Arc::as_ref).filter(|r| s.runs(r.group))),
            )
        })
        .collect();
    for r in rules {
        let missing = produced
            .iter()
            .filter(|(s, _)| s.runs(r.group))
            .find_map(|(_, p)| {
                r.lhs.ast.iter().find_map(|n| match n {
                    ENodeOrVar::ENode(Node::Op(op, _)) if !p.contains(op.as_str()) => Some(*op),
                    _ => None,
                })
            });
        if let Some(op) = missing {
            errors.warn_at(
                &r.origin,
                format!("rule `{}` can never fire: no rule produces `{op}`, which its left-hand side needs", r.name),
            );
        }
    }
    for f in fails {
        let Some(ENodeOrVar::ENode(Node::Op(op, _))) = f.pattern.ast.as_ref().last() else {
            continue;
        };
        if produced
            .iter()
            .any(|(s, p)| s.runs(f.group) && !p.contains(op.as_str()))
        {
            errors.warn_at(
                &f.origin,
                format!(
                    "fail rule `{}` can never apply: no rule produces `{op}`",
                    f.name
                ),
            );
        }
    }
}

/// Operators that exist in some term: what the front end builds, plus
/// everything a right-hand side of `rules` can build.
fn produced<'r>(rules: impl Iterator<Item = &'r Rule>) -> HashSet<&'static str> {
    let mut produced: HashSet<&'static str> = ops::BUILTIN
        .iter()
        .filter(|o| matches!(o.category, Category::Input | Category::Data))
        .map(|o| o.name)
        .collect();
    for r in rules {
        for n in r.rhs.iter() {
            if let ENodeOrVar::ENode(Node::Op(op, _)) = n {
                produced.insert(op.as_str());
            }
        }
    }
    produced
}

/// Rules that an unconditional rule of higher priority, run with them,
/// matches wherever they match; and rules written twice.
fn shadowed(rules: &[Arc<Rule>], errors: &mut Errors) {
    // A pattern rooted at an operator matches only terms rooted there:
    // comparing each rule with those of its root alone keeps a load of a few
    // hundred rules from trying every pair.
    let mut by_root: HashMap<Discriminant, Vec<usize>> = HashMap::default();
    for (j, b) in rules.iter().enumerate() {
        if let Some(root) = root_of(&b.lhs.ast) {
            by_root.entry(root).or_default().push(j);
        }
    }
    let everything: Vec<usize> = (0..rules.len()).collect();
    for (i, a) in rules.iter().enumerate() {
        if !a.conditions.is_empty() {
            continue;
        }
        let candidates = match root_of(&a.lhs.ast) {
            Some(root) => by_root.get(&root).map_or(&[][..], |c| &c[..]),
            None => &everything[..],
        };
        for &j in candidates {
            let b = &rules[j];
            if i == j || !a.group.meets(b.group) || !subsumes(&a.lhs.ast, &b.lhs.ast) {
                continue;
            }
            let same = subsumes(&b.lhs.ast, &a.lhs.ast);
            if a.priority > b.priority {
                errors.error_at(
                    &b.origin,
                    format!(
                        "rule `{}` can never fire: rule `{}` ({}, priority {}) matches every term it matches and always wins",
                        b.name, a.name, a.origin, a.priority
                    ),
                );
            } else if same && a.priority == b.priority && i < j && a.rhs.as_ref() == b.rhs.as_ref()
            {
                errors.error_at(
                    &b.origin,
                    format!("rule `{}` repeats rule `{}` ({})", b.name, a.name, a.origin),
                );
            }
        }
    }
}

/// What a pattern's root node must be, or `None` when it is a variable.
fn root_of(p: &PatternAst<Node>) -> Option<Discriminant> {
    match p.as_ref().last()? {
        ENodeOrVar::ENode(n) => Some(n.discriminant()),
        ENodeOrVar::Var(_) => None,
    }
}

/// Whether pattern `general` matches every term `specific` matches.
fn subsumes(general: &PatternAst<Node>, specific: &PatternAst<Node>) -> bool {
    let mut binding: HashMap<Var, Id> = HashMap::default();
    fn go(
        g: &PatternAst<Node>,
        gi: Id,
        s: &PatternAst<Node>,
        si: Id,
        binding: &mut HashMap<Var, Id>,
    ) -> bool {
        match &g[gi] {
            ENodeOrVar::Var(v) => match binding.get(v) {
                Some(prev) => same_subpattern(s, *prev, si),
                None => {
                    binding.insert(*v, si);
                    true
                }
            },
            ENodeOrVar::ENode(gn) => match &s[si] {
                ENodeOrVar::Var(_) => false,
                ENodeOrVar::ENode(sn) => {
                    gn.matches(sn)
                        && egg::Language::children(gn)
                            .iter()
                            .zip(egg::Language::children(sn))
                            .all(|(a, b)| go(g, *a, s, *b, binding))
                }
            },
        }
    }
    let (Some(groot), Some(sroot)) = (last_id(general), last_id(specific)) else {
        return false;
    };
    go(general, groot, specific, sroot, &mut binding)
}

fn last_id(p: &PatternAst<Node>) -> Option<Id> {
    if p.as_ref().is_empty() {
        None
    } else {
        Some(Id::from(p.as_ref().len() - 1))
    }
}

fn same_subpattern(p: &PatternAst<Node>, a: Id, b: Id) -> bool {
    match (&p[a], &p[b]) {
        (ENodeOrVar::Var(x), ENodeOrVar::Var(y)) => x == y,
        (ENodeOrVar::ENode(x), ENodeOrVar::ENode(y)) => {
            x.matches(y)
                && egg::Language::children(x)
                    .iter()
                    .zip(egg::Language::children(y))
                    .all(|(c, d)| same_subpattern(p, *c, *d))
        }
        _ => false,
    }
}
