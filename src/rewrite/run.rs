//! Running a rule set on one e-graph until nothing changes.
//!
//! Every round searches all rules, keeps, for each e-class, only the matches
//! of the highest-priority rules that match there (conditions included), and
//! applies them. So a `:priority 1` rule for `(prologue 0)` keeps the general
//! `(prologue ?n)` rule from touching frameless functions, whatever the order
//! of the files.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::{Id, Language, SearchMatches, Subst};

use super::load::RuleSet;
use crate::ir::lang::{Discriminant, Graph, Node};

/// When to give up on a rule set that keeps rewriting.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub rounds: usize,
    pub nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rounds: 64,
            nodes: 200_000,
        }
    }
}

/// One rule application that changed the e-graph.
#[derive(Clone, Debug)]
pub struct Application {
    pub round: usize,
    pub rule: usize,
    pub class: Id,
    pub subst: Subst,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub rounds: usize,
    pub applications: Vec<Application>,
    /// How often each rule changed something.
    pub fired: HashMap<usize, usize>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum RunError {
    #[error(
        "the rules did not finish: after {rounds} rounds they still rewrite (most active: {busiest}); a rule probably rewrites its own output forever"
    )]
    TooManyRounds { rounds: usize, busiest: String },
    #[error(
        "the e-graph grew past {nodes} nodes (most active rule: {busiest}); a rule probably keeps building bigger terms"
    )]
    TooBig { nodes: usize, busiest: String },
}

pub fn run(
    g: &mut Graph,
    rules: &RuleSet,
    limits: Limits,
    record: bool,
) -> Result<Report, RunError> {
    let mut report = Report::default();
    g.rebuild();
    // The operators in the e-graph, and the rules that can match them. An
    // e-graph only gains nodes, so both are brought up to date from the
    // nodes added since the last round.
    let mut present: HashSet<Discriminant> = HashSet::default();
    let mut read = 0;
    let mut rules_to_search: Vec<usize> = Vec::new();
    for round in 0..limits.rounds {
        report.rounds = round + 1;
        let known = present.len();
        present.extend(g.nodes()[read..].iter().map(|n| n.discriminant()));
        read = g.nodes().len();
        if round == 0 || present.len() != known {
            rules_to_search = candidates(&present, rules);
        }
        let mut found: Vec<(usize, SearchMatches<'_, Node>)> = Vec::new();
        for &i in &rules_to_search {
            let rule = &rules.rules[i];
            for mut m in rule.rewrite.search(g) {
                if !rule.conditions.is_empty() {
                    m.substs
                        .retain(|s| rule.conditions.iter().all(|c| c.holds(g, s)));
                    if m.substs.is_empty() {
                        continue;
                    }
                }
                found.push((i, m));
            }
        }
        // Classes as they were when searched: applying rules merges classes.
        let keyed: Vec<(usize, Id, SearchMatches<'_, Node>)> = found
            .into_iter()
            .map(|(i, m)| (i, g.find(m.eclass), m))
            .collect();
        let mut best: HashMap<Id, i32> = HashMap::default();
        for (i, class, _) in &keyed {
            let p = rules.rules[*i].priority;
            let e = best.entry(*class).or_insert(p);
            *e = (*e).max(p);
        }
        let mut changed = false;
        for (i, class, m) in keyed {
            let rule = &rules.rules[i];
            if rule.priority < best[&class] {
                continue;
            }
            let substs = if record { m.substs.clone() } else { Vec::new() };
            let ids = rule.rewrite.apply(g, std::slice::from_ref(&m));
            if !ids.is_empty() {
                changed = true;
                *report.fired.entry(i).or_default() += ids.len();
                if record {
                    for subst in substs {
                        report.applications.push(Application {
                            round,
                            rule: i,
                            class,
                            subst,
                        });
                    }
                }
            }
        }
        g.rebuild();
        if !changed {
            return Ok(report);
        }
        if g.total_size() > limits.nodes {
            return Err(RunError::TooBig {
                nodes: limits.nodes,
                busiest: busiest(rules, &report),
            });
        }
    }
    Err(RunError::TooManyRounds {
        rounds: limits.rounds,
        busiest: busiest(rules, &report),
    })
}

/// The rules whose left-hand side's root and other operators all occur in
/// the e-graph (`present`), in rule order: any other rule cannot match, and
/// with hundreds of rules and a few dozen operators per function, skipping
/// them is most of the speed.
fn candidates(present: &HashSet<Discriminant>, rules: &RuleSet) -> Vec<usize> {
    let mut out: Vec<usize> = present
        .iter()
        .filter_map(|d| rules.by_root.get(d))
        .flatten()
        .copied()
        .filter(|&i| rules.needs[i].iter().all(|d| present.contains(d)))
        .collect();
    out.sort_unstable();
    out
}

fn busiest(rules: &RuleSet, report: &Report) -> String {
    let mut v: Vec<(&usize, &usize)> = report.fired.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter()
        .take(3)
        .map(|(i, n)| {
            format!(
                "{} ({}) ×{n}",
                rules.rules[**i].name, rules.rules[**i].origin
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
