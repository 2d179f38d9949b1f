//! Stage 5: one [`RuleSet`] per schedule, indexed for the rewriting loop:
//! rules by priority, by the root of their left-hand side, and by the
//! operators they need.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::{ENodeOrVar, Language as _, PatternAst};

use super::resolve::{Decl, FailRule, Resolved, Rule};
use crate::ir::lang::{Discriminant, Node, Sym};
use crate::ir::ops::{self, Category};
use crate::rewrite::schedule::{Rules, SCHEDULES, Schedule};

/// The rules one schedule runs.
pub struct RuleSet {
    /// What the user chose (`go`, `seed`, a path), for messages.
    pub name: String,
    /// Rules, highest priority first, then in file order.
    pub rules: Vec<Arc<Rule>>,
    pub fails: Vec<Arc<FailRule>>,
    pub decls: HashMap<&'static str, Decl>,
    /// The rules whose left-hand side has a given root, in `rules` order:
    /// a round searches only the rules whose root, and every one of whose
    /// `needs`, is in the e-graph.
    pub by_root: HashMap<Discriminant, Vec<usize>>,
    /// For each rule, the other operators, numbers and names its left-hand
    /// side spells out: it cannot match an e-graph that lacks one of them.
    pub needs: Vec<Vec<Discriminant>>,
    /// For each rule, how many levels of classes a match reads: its
    /// left-hand side's height, plus how far below their arguments its
    /// conditions look. A round searches a rule again only that far above
    /// a change (see `frontier`); `None` (a list's length has no bound)
    /// searches it everywhere each round.
    pub reach: Vec<Option<usize>>,
    /// The largest of those.
    pub max_reach: usize,
    /// Every name (`$x`) a rule or fail pattern spells out: the only names
    /// whose text can change what the rules do.
    pub literal_names: HashSet<Sym>,
    /// Every number a rule or fail pattern spells out: the memo never
    /// hides these, since a pattern matches them by value.
    pub literal_numbers: HashSet<i64>,
}

impl RuleSet {
    /// The category of an operator: built in, or declared by a rule file.
    pub fn category(&self, op: &str) -> Option<Category> {
        if let Some(info) = ops::builtin(op) {
            return Some(info.category);
        }
        self.decls.get(op).map(|d| {
            if d.atom {
                Category::Data
            } else {
                Category::Input
            }
        })
    }

    pub fn rule(&self, name: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.name == name).map(Arc::as_ref)
    }
}

pub(super) fn index(name: &str, resolved: &Resolved) -> Rules {
    Rules {
        by_schedule: SCHEDULES
            .iter()
            .map(|(s, _)| (*s, schedule(name, resolved, *s)))
            .collect(),
        warnings: Vec::new(),
        cache_key: None,
    }
}

fn schedule(name: &str, resolved: &Resolved, schedule: Schedule) -> RuleSet {
    let runs = |r: &&Arc<Rule>| schedule.runs(r.group);
    // Which rule wins is decided by priority; file order only breaks the
    // tie in the order rules are tried, which cannot change the result.
    let mut rules: Vec<Arc<Rule>> = resolved.rules.iter().filter(runs).cloned().collect();
    rules.sort_by_key(|r| std::cmp::Reverse(r.priority));
    let fails: Vec<Arc<FailRule>> = resolved
        .fails
        .iter()
        .filter(|f| schedule.runs(f.group))
        .cloned()
        .collect();
    let decls = resolved
        .decls
        .iter()
        .filter(|(_, d)| schedule.runs(d.group))
        .map(|(op, d)| (*op, d.clone()))
        .collect();
    let mut by_root: HashMap<Discriminant, Vec<usize>> = HashMap::default();
    for (i, rule) in rules.iter().enumerate() {
        if let Some(ENodeOrVar::ENode(root)) = rule.lhs.ast.as_ref().last() {
            by_root.entry(root.discriminant()).or_default().push(i);
        }
    }
    let needs = rules.iter().map(|r| needs(r)).collect();
    let literal_names = literal_names(&rules, &fails);
    let literal_numbers = literal_numbers(&rules, &fails);
    let reach: Vec<Option<usize>> = rules.iter().map(|r| reach(r)).collect();
    let max_reach = reach.iter().flatten().copied().max().unwrap_or(1);
    RuleSet {
        name: name.to_string(),
        rules,
        fails,
        decls,
        by_root,
        needs,
        reach,
        max_reach,
        literal_names,
        literal_numbers,
    }
}

/// How many levels of classes a match of the rule reads, `None` if
/// unbounded.
fn reach(rule: &Rule) -> Option<usize> {
    let below = rule
        .conditions
        .iter()
        .map(|c| c.predicate.reach)
        .try_fold(0, |deepest, reach| Some(deepest.max(reach?)))?;
    Some(height(&rule.lhs.ast) + below)
}

/// The number of levels of classes a match reads: a variable reads its own
/// class (a condition may look at its value), a node its class and below.
fn height(pattern: &PatternAst<Node>) -> usize {
    let ast = pattern.as_ref();
    let mut heights: Vec<usize> = Vec::with_capacity(ast.len());
    for n in ast {
        let h = match n {
            ENodeOrVar::Var(_) => 1,
            ENodeOrVar::ENode(node) => {
                1 + node
                    .children()
                    .iter()
                    .map(|c| heights[usize::from(*c)])
                    .max()
                    .unwrap_or(0)
            }
        };
        heights.push(h);
    }
    heights.last().copied().unwrap_or(1)
}

/// The operators, numbers and names below the root of a rule's left-hand side.
fn needs(rule: &Rule) -> Vec<Discriminant> {
    let ast = rule.lhs.ast.as_ref();
    let mut needs: Vec<Discriminant> = Vec::new();
    for n in &ast[..ast.len().saturating_sub(1)] {
        if let ENodeOrVar::ENode(node) = n
            && !needs.contains(&node.discriminant())
        {
            needs.push(node.discriminant());
        }
    }
    needs
}

fn literal_names(rules: &[Arc<Rule>], fails: &[Arc<FailRule>]) -> HashSet<Sym> {
    pattern_nodes(rules, fails)
        .filter_map(|n| match n {
            Node::Name(s) => Some(*s),
            _ => None,
        })
        .collect()
}

/// Numbers on either side of a rule (a number a right-hand side makes
/// could meet a hidden one of the same value, which the analysis would
/// notice, but need not).
fn literal_numbers(rules: &[Arc<Rule>], fails: &[Arc<FailRule>]) -> HashSet<i64> {
    pattern_nodes(rules, fails)
        .filter_map(|n| match n {
            Node::Num(v) => Some(*v),
            _ => None,
        })
        .collect()
}

/// Every node that the rules' and fail rules' patterns spell out.
fn pattern_nodes<'a>(
    rules: &'a [Arc<Rule>],
    fails: &'a [Arc<FailRule>],
) -> impl Iterator<Item = &'a Node> {
    let patterns = rules
        .iter()
        .flat_map(|r| [&r.lhs.ast, &r.rhs])
        .chain(fails.iter().map(|f| &f.pattern.ast));
    patterns
        .flat_map(|p| p.as_ref().iter())
        .filter_map(|n| match n {
            ENodeOrVar::ENode(node) => Some(node),
            ENodeOrVar::Var(_) => None,
        })
}
