//! Running a rule set on one e-graph until nothing changes.
//!
//! Every round searches all rules, keeps, for each e-class, only the matches
//! of the highest-priority rules that match there (conditions included), and
//! applies them. So a `:priority 1` rule for `(prologue 0)` keeps the general
//! `(prologue ?n)` rule from touching frameless functions, whatever the order
//! of the files.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::{ENodeOrVar, Id, Language, RecExpr, SearchMatches, Subst};

use super::frontier::{Dirty, Frontier};
use super::load::{Rule, RuleSet};
use super::pattern;
use crate::ir::lang::{Discriminant, Graph, Node};

/// When to stop rewriting.
///
/// All three grow with the input, so that no program reaches the hard ones
/// under rules that terminate: the shipped rules finish within a few rounds
/// more than the term's height (a list is rewritten one element per round)
/// and lower to an e-graph under three times the input. A rule set that
/// loops outgrows either within a few multiples of that.
///
/// Optimizing rules (the `cleanup` set) can be terminating yet quadratic:
/// folding `((x+1)+1)+1…` gives every level a form for each level below it.
/// Once the e-graph passes `optional_nodes`, or after `optional_rounds`,
/// they stop and the others finish alone; every form in the e-graph is
/// correct, so extraction still picks the cheapest one found. So optional
/// rules never stop a build, and cost at most a few passes over an e-graph
/// a few times the size of the input.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub rounds: usize,
    pub nodes: usize,
    pub optional_rounds: usize,
    pub optional_nodes: usize,
}

impl Limits {
    const BASE_ROUNDS: usize = 64;
    const ROUNDS_PER_LEVEL: usize = 2;
    const BASE_NODES: usize = 200_000;
    const NODES_PER_INPUT_NODE: usize = 16;
    const OPTIONAL_ROUNDS: usize = 32;
    const BASE_OPTIONAL_NODES: usize = 20_000;
    const OPTIONAL_NODES_PER_INPUT_NODE: usize = 8;

    pub fn for_input(term: &RecExpr<Node>) -> Limits {
        let size = term.as_ref().len();
        Limits {
            rounds: Self::BASE_ROUNDS + Self::ROUNDS_PER_LEVEL * height(term),
            nodes: Self::BASE_NODES + Self::NODES_PER_INPUT_NODE * size,
            optional_rounds: Self::OPTIONAL_ROUNDS,
            optional_nodes: Self::BASE_OPTIONAL_NODES + Self::OPTIONAL_NODES_PER_INPUT_NODE * size,
        }
    }
}

/// The number of nodes on the longest path from the root to a leaf.
fn height(term: &RecExpr<Node>) -> usize {
    let mut heights: Vec<usize> = Vec::with_capacity(term.as_ref().len());
    for node in term.as_ref() {
        let below = node
            .children()
            .iter()
            .map(|c| heights[usize::from(*c)])
            .max();
        heights.push(1 + below.unwrap_or(0));
    }
    heights.last().copied().unwrap_or(0)
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
    #[error(
        "the rules made {a} and {b} one value (rules that fired in that round: {suspects}); a rule equates terms that differ"
    )]
    Contradiction { a: i64, b: i64, suspects: String },
}

pub fn run(
    g: &mut Graph,
    rules: &RuleSet,
    limits: Limits,
    record: bool,
) -> Result<Report, RunError> {
    let mut report = Report::default();
    g.rebuild();
    let mut candidates = Candidates::default();
    // The first round searches every class; later ones only where the
    // previous round changed something.
    let mut searched: Option<Frontier> = None;
    for round in 0..limits.rounds {
        report.rounds = round + 1;
        let optional = g.total_size() <= limits.optional_nodes && round < limits.optional_rounds;
        let to_search = candidates.update(g, rules, optional);
        let dirty = searched.as_ref().map(|f| f.dirty(g, rules.max_reach));
        let found = search(g, rules, to_search, dirty);
        searched = Some(Frontier::searched(g));
        let fired = apply(g, rules, found, (round, record), &mut report);
        g.rebuild();
        if let Some((a, b)) = g.analysis.contradiction {
            return Err(RunError::Contradiction {
                a,
                b,
                suspects: busiest(rules, &fired, usize::MAX),
            });
        }
        if fired.is_empty() {
            return Ok(report);
        }
        if g.total_size() > limits.nodes {
            return Err(RunError::TooBig {
                nodes: limits.nodes,
                busiest: busiest(rules, &report.fired, 3),
            });
        }
    }
    Err(RunError::TooManyRounds {
        rounds: limits.rounds,
        busiest: busiest(rules, &report.fired, 3),
    })
}

/// The operators in the e-graph, and the rules that can match them. An
/// e-graph only gains nodes, so both are brought up to date from the nodes
/// added since the last round.
#[derive(Default)]
struct Candidates {
    present: HashSet<Discriminant>,
    read: usize,
    rules: Vec<usize>,
    /// Whether `rules` is up to date, and with the optional rules or not.
    computed: Option<bool>,
}

impl Candidates {
    fn update(&mut self, g: &Graph, rules: &RuleSet, optional: bool) -> &[usize] {
        let known = self.present.len();
        self.present
            .extend(g.nodes()[self.read..].iter().map(|n| n.discriminant()));
        self.read = g.nodes().len();
        if self.computed != Some(optional) || self.present.len() != known {
            self.rules = candidates(&self.present, rules);
            if !optional {
                self.rules.retain(|&i| !rules.rules[i].group.optional());
            }
            self.computed = Some(optional);
        }
        &self.rules
    }
}

/// Applies the matches found, keeping for each e-class only those of the
/// highest-priority rules that match there (listing each application in
/// the report when recording); how often each rule changed the e-graph.
fn apply(
    g: &mut Graph,
    rules: &RuleSet,
    found: Vec<(usize, SearchMatches<'_, Node>)>,
    (round, record): (usize, bool),
    report: &mut Report,
) -> HashMap<usize, usize> {
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
    let mut fired: HashMap<usize, usize> = HashMap::default();
    for (i, class, m) in keyed {
        let rule = &rules.rules[i];
        if rule.priority < best[&class] {
            continue;
        }
        let ids = pattern::apply(&rule.rhs, g, &m);
        if ids.is_empty() {
            continue;
        }
        *report.fired.entry(i).or_default() += ids.len();
        *fired.entry(i).or_default() += ids.len();
        if record {
            report
                .applications
                .extend(m.substs.into_iter().map(|subst| Application {
                    round,
                    rule: i,
                    class,
                    subst,
                }));
        }
    }
    fired
}

/// The matches of the candidate rules whose conditions hold, in rule
/// order, each rule's in the e-graph's order of classes. With `dirty`, a
/// rule is tried only where a change is within its reach, unless its reach
/// has no bound; a class where such a rule matches is tried by all, so that
/// priorities still compare every match there.
fn search<'r>(
    g: &Graph,
    rules: &'r RuleSet,
    candidates: &[usize],
    dirty: Option<Dirty>,
) -> Vec<(usize, SearchMatches<'r, Node>)> {
    let everywhere = |i: usize| dirty.is_none() || rules.reach[i].is_none();
    let mut per_rule: Vec<Option<Vec<SearchMatches<'r, Node>>>> = candidates
        .iter()
        .map(|&i| {
            everywhere(i).then(|| satisfied(g, &rules.rules[i], rules.rules[i].lhs.search(g)))
        })
        .collect();
    if let Some(mut dirty) = dirty {
        for m in per_rule.iter().flatten().flatten() {
            dirty.insert(m.eclass);
        }
        for (slot, &i) in per_rule.iter_mut().zip(candidates) {
            if let (None, Some(reach)) = (&slot, rules.reach[i]) {
                *slot = Some(search_in(g, &rules.rules[i], |c| dirty.within(c, reach)));
            }
        }
    }
    candidates
        .iter()
        .zip(per_rule)
        .flat_map(|(&i, matches)| matches.into_iter().flatten().map(move |m| (i, m)))
        .collect()
}

/// A rule's matches at the classes `wanted` picks, in the order a search
/// of the whole e-graph would find them.
fn search_in<'r>(
    g: &Graph,
    rule: &'r Rule,
    wanted: impl Fn(Id) -> bool,
) -> Vec<SearchMatches<'r, Node>> {
    let Some(ENodeOrVar::ENode(root)) = rule.lhs.ast.as_ref().last() else {
        return Vec::new();
    };
    let Some(classes) = g.classes_for_op(&root.discriminant()) else {
        return Vec::new();
    };
    let matches = classes
        .filter(|c| wanted(*c))
        .filter_map(|c| rule.lhs.search_eclass(g, c))
        .collect();
    satisfied(g, rule, matches)
}

/// The matches whose substitutions meet the rule's conditions.
fn satisfied<'r>(
    g: &Graph,
    rule: &Rule,
    mut matches: Vec<SearchMatches<'r, Node>>,
) -> Vec<SearchMatches<'r, Node>> {
    if !rule.conditions.is_empty() {
        for m in &mut matches {
            m.substs
                .retain(|s| rule.conditions.iter().all(|c| c.holds(g, s)));
        }
        matches.retain(|m| !m.substs.is_empty());
    }
    matches
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

/// The `most` rules that fired most often, with their counts.
fn busiest(rules: &RuleSet, fired: &HashMap<usize, usize>, most: usize) -> String {
    let mut v: Vec<(&usize, &usize)> = fired.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter()
        .take(most)
        .map(|(i, n)| {
            format!(
                "{} ({}) ×{n}",
                rules.rules[**i].name, rules.rules[**i].origin
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
