//! Stage 3: names and operators. Builds the table of declared operators,
//! then compiles each rule's sides and conditions into egg patterns against
//! it: every operator known and given its arity, every variable bound.
//! A set sees the declarations of the sets that always run with it (see
//! [`Group::sees`]).

use rustc_hash::FxHashMap as HashMap;
use std::str::FromStr;
use std::sync::Arc;

use egg::{ENodeOrVar, Id, PatternAst, RecExpr, Var};

use super::expand::Expanded;
use super::parse::{DeclForm, RawFail, RawRule};
use super::{Errors, Origin, message_vars};
use crate::ir::lang::{Node, Sym};
use crate::ir::ops::{self, Arity, Category};
use crate::rewrite::pattern::LazyPattern;
use crate::rewrite::predicates::{self, Arg};
use crate::rewrite::schedule::Group;
use crate::rewrite::sexp::{Pos, Sexp};

#[derive(Clone, Debug)]
pub enum CondArg {
    Var(Var),
    Num(i64),
    Op(&'static str),
}

#[derive(Clone)]
pub struct Condition {
    pub predicate: &'static predicates::Predicate,
    pub args: Vec<CondArg>,
}

impl Condition {
    pub fn holds(&self, g: &crate::ir::lang::Graph, subst: &egg::Subst) -> bool {
        let args: Vec<Arg> = self
            .args
            .iter()
            .map(|a| match a {
                CondArg::Var(v) => Arg::Class(subst[*v]),
                CondArg::Num(n) => Arg::Num(*n),
                CondArg::Op(o) => Arg::Op(o),
            })
            .collect();
        self.predicate.holds(g, &args)
    }
}

#[derive(Clone)]
pub struct Rule {
    pub name: String,
    pub group: Group,
    pub origin: Origin,
    pub priority: i32,
    pub lhs: LazyPattern,
    pub rhs: PatternAst<Node>,
    pub conditions: Vec<Condition>,
}

#[derive(Clone)]
pub struct FailRule {
    pub name: String,
    pub group: Group,
    pub origin: Origin,
    pub pattern: LazyPattern,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Decl {
    pub group: Group,
    pub arity: Arity,
    pub origin: Origin,
    pub doc: String,
    /// Declared with `atom`: data, not a step to rewrite away.
    pub atom: bool,
}

/// The compiled rules and fail rules of every set, in file order, and the
/// declared operators.
pub(super) struct Resolved {
    pub decls: HashMap<&'static str, Decl>,
    /// Shared by every schedule that runs them.
    pub rules: Vec<Arc<Rule>>,
    pub fails: Vec<Arc<FailRule>>,
}

pub(super) fn resolve(expanded: Expanded, errors: &mut Errors) -> Resolved {
    let mut resolver = Resolver {
        errors,
        decls: HashMap::default(),
        group: Group::Abi,
    };
    for d in expanded.decls {
        resolver.declare(d);
    }
    let rules = expanded
        .rules
        .iter()
        .filter_map(|r| resolver.rule(r).map(Arc::new))
        .collect();
    let fails = expanded
        .fails
        .iter()
        .filter_map(|f| resolver.fail(f).map(Arc::new))
        .collect();
    Resolved {
        decls: resolver.decls,
        rules,
        fails,
    }
}

struct Resolver<'e> {
    errors: &'e mut Errors,
    decls: HashMap<&'static str, Decl>,
    /// The set of the rule being compiled: which declarations it sees.
    group: Group,
}

impl Resolver<'_> {
    fn declare(&mut self, d: DeclForm) {
        let name = &d.name;
        if !valid_op_name(name) {
            self.errors.error_at(
                &d.origin,
                format!("`{name}` is not a valid operator name (letters, digits, `-`, `.`, `_`)"),
            );
            return;
        }
        if ops::builtin(name).is_some() {
            self.errors.error_at(
                &d.origin,
                format!("`{name}` is a built-in operator and cannot be declared again"),
            );
            return;
        }
        let key = Sym::new(name).as_str();
        if let Some(prev) = self.decls.get(key) {
            let prev = prev.origin.clone();
            self.errors.error_at(
                &d.origin,
                format!("operator `{name}` is declared twice (first at {prev})"),
            );
            return;
        }
        self.decls.insert(
            key,
            Decl {
                group: d.group,
                arity: d.arity,
                origin: d.origin,
                doc: d.doc,
                atom: d.atom,
            },
        );
    }

    fn rule(&mut self, r: &RawRule) -> Option<Rule> {
        self.errors.in_file(&r.origin.file);
        self.group = r.group;
        let mut lhs_vars = Vec::new();
        let lhs = self.pattern(&r.lhs, &mut lhs_vars, true);
        let mut rhs_vars = Vec::new();
        let rhs = self.pattern(&r.rhs, &mut rhs_vars, false);
        if matches!(r.lhs, Sexp::Atom(ref a, _) if a.starts_with('?')) {
            self.errors.error(
                r.lhs.pos(),
                "the left-hand side must be a pattern with an operator, not a lone variable"
                    .to_string(),
            );
            return None;
        }
        for (v, pos) in &rhs_vars {
            if !lhs_vars.iter().any(|(l, _)| l == v) {
                self.errors.error(
                    *pos,
                    format!(
                        "variable {v} is not bound by the left-hand side of rule `{}`",
                        r.name
                    ),
                );
            }
        }
        let conditions = self.conditions(&r.when, &lhs_vars, &r.name);
        let (lhs, rhs, conditions) = (lhs?, rhs?, conditions?);
        Some(Rule {
            name: r.name.clone(),
            group: r.group,
            origin: r.origin.clone(),
            priority: r.priority,
            lhs: LazyPattern::new(lhs),
            rhs,
            conditions,
        })
    }

    fn fail(&mut self, f: &RawFail) -> Option<FailRule> {
        self.errors.in_file(&f.origin.file);
        self.group = f.group;
        let mut vars = Vec::new();
        let lhs = self.pattern(&f.lhs, &mut vars, true)?;
        for v in message_vars(&f.message) {
            if !vars.iter().any(|(x, _)| x.to_string() == v) {
                self.errors.error(
                    f.message_pos,
                    format!(
                        "{v} in the message is not bound by the pattern of `{}`",
                        f.name
                    ),
                );
            }
        }
        Some(FailRule {
            name: f.name.clone(),
            group: f.group,
            origin: f.origin.clone(),
            pattern: LazyPattern::new(lhs),
            message: f.message.clone(),
        })
    }

    /// The arity of an operator the current set may use.
    fn arity_of(&self, op: &str) -> Option<Arity> {
        if let Some(info) = ops::builtin(op) {
            return Some(info.arity);
        }
        self.visible(op).map(|d| d.arity)
    }

    fn visible(&self, op: &str) -> Option<&Decl> {
        self.decls.get(op).filter(|d| self.group.sees(d.group))
    }

    /// Compiles one side of a rule; records variables with their positions.
    fn pattern(
        &mut self,
        s: &Sexp,
        vars: &mut Vec<(Var, Pos)>,
        lhs: bool,
    ) -> Option<PatternAst<Node>> {
        let mut ast = RecExpr::default();
        let ok = self.pattern_into(s, vars, lhs, &mut ast).is_some();
        ok.then_some(ast)
    }

    fn pattern_into(
        &mut self,
        s: &Sexp,
        vars: &mut Vec<(Var, Pos)>,
        lhs: bool,
        ast: &mut PatternAst<Node>,
    ) -> Option<Id> {
        match s {
            Sexp::Atom(a, pos) => {
                if a.starts_with('?') {
                    let Ok(v) = Var::from_str(a) else {
                        self.errors
                            .error(*pos, format!("`{a}` is not a valid variable"));
                        return None;
                    };
                    vars.push((v, *pos));
                    return Some(ast.add(ENodeOrVar::Var(v)));
                }
                if let Some(name) = a.strip_prefix('$') {
                    return Some(ast.add(ENodeOrVar::ENode(Node::name(name))));
                }
                if let Some(n) = parse_number(a) {
                    return Some(ast.add(ENodeOrVar::ENode(Node::Num(n))));
                }
                self.check_op(a, 0, *pos)?;
                Some(ast.add(ENodeOrVar::ENode(Node::op(a, vec![]))))
            }
            Sexp::Str(_, pos) => {
                self.errors.error(
                    *pos,
                    "strings are only allowed as messages; names are written $name".to_string(),
                );
                None
            }
            Sexp::List(items, pos) => {
                let Some(Sexp::Atom(op, opos)) = items.first() else {
                    self.errors
                        .error(*pos, "a term starts with an operator name".to_string());
                    return None;
                };
                if op.starts_with('?') || op.starts_with('$') {
                    self.errors
                        .error(*opos, format!("`{op}` cannot be an operator"));
                    return None;
                }
                let checked = self.check_op(op, items.len() - 1, *opos);
                let mut children = Vec::new();
                let mut ok = true;
                for c in &items[1..] {
                    match self.pattern_into(c, vars, lhs, ast) {
                        Some(id) => children.push(id),
                        None => ok = false,
                    }
                }
                if lhs
                    && let Some(info) = ops::builtin(op)
                    && info.category == Category::Compute
                {
                    self.errors.error(*opos, format!("`{op}` is computed before rules look at terms; it cannot appear on a left-hand side"));
                    return None;
                }
                (checked.is_some() && ok)
                    .then(|| ast.add(ENodeOrVar::ENode(Node::op(op, children))))
            }
        }
    }

    fn check_op(&mut self, op: &str, n: usize, pos: Pos) -> Option<()> {
        match self.arity_of(op) {
            None => {
                let hint = self
                    .suggest(op)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                self.errors.error(
                    pos,
                    format!("unknown operator `{op}`{hint}; declare it with (decl {op} ARITY)"),
                );
                None
            }
            Some(arity) if !arity.accepts(n) => {
                self.errors
                    .error(pos, format!("`{op}` takes {arity}, but is given {n}"));
                None
            }
            Some(_) => Some(()),
        }
    }

    fn suggest(&self, op: &str) -> Option<String> {
        const AT_MOST: usize = 2;
        let candidates = ops::BUILTIN.iter().map(|o| o.name).chain(
            self.decls
                .iter()
                .filter(|(_, d)| self.group.sees(d.group))
                .map(|(name, _)| *name),
        );
        candidates
            .filter_map(|c| Some((edit_distance_within(op, c, AT_MOST)?, c)))
            .min()
            .map(|(_, c)| c.to_string())
    }

    fn conditions(
        &mut self,
        when: &[Sexp],
        bound: &[(Var, Pos)],
        rule: &str,
    ) -> Option<Vec<Condition>> {
        let mut out = Vec::new();
        let mut ok = true;
        for c in when {
            let Sexp::List(items, pos) = c else {
                self.errors.error(
                    c.pos(),
                    format!("a condition is written (PREDICATE ARG…), not `{c}`"),
                );
                ok = false;
                continue;
            };
            let Some(Sexp::Atom(pname, ppos)) = items.first() else {
                self.errors
                    .error(*pos, "a condition starts with a predicate name".to_string());
                ok = false;
                continue;
            };
            let Some(pred) = predicates::lookup(pname) else {
                let known: Vec<&str> = predicates::PREDICATES.iter().map(|p| p.name).collect();
                self.errors.error(
                    *ppos,
                    format!("unknown predicate `{pname}` (known: {})", known.join(", ")),
                );
                ok = false;
                continue;
            };
            if items.len() - 1 != pred.arity {
                self.errors.error(
                    *ppos,
                    format!(
                        "predicate `{pname}` takes {} argument(s), but is given {}",
                        pred.arity,
                        items.len() - 1
                    ),
                );
                ok = false;
                continue;
            }
            let mut args = Vec::new();
            for a in &items[1..] {
                match a {
                    Sexp::Atom(t, tpos) if t.starts_with('?') => match Var::from_str(t) {
                        Ok(v) if bound.iter().any(|(b, _)| *b == v) => args.push(CondArg::Var(v)),
                        _ => {
                            self.errors.error(*tpos, format!("variable {t} in a condition of `{rule}` is not bound by the left-hand side"));
                            ok = false;
                        }
                    },
                    Sexp::Atom(t, tpos) => match parse_number(t) {
                        Some(n) => args.push(CondArg::Num(n)),
                        None if self.arity_of(t).is_some() => {
                            args.push(CondArg::Op(Sym::new(t).as_str()))
                        }
                        None => {
                            self.errors.error(
                                *tpos,
                                format!("`{t}` is neither a variable, a number nor an operator"),
                            );
                            ok = false;
                        }
                    },
                    other => {
                        self.errors.error(
                            other.pos(),
                            "predicate arguments are variables, numbers or operator names"
                                .to_string(),
                        );
                        ok = false;
                    }
                }
            }
            out.push(Condition {
                predicate: pred,
                args,
            });
        }
        ok.then_some(out)
    }
}

fn parse_number(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let v = if let Some(hex) = digits.strip_prefix("0x") {
        u64::from_str_radix(hex, 16).ok()? as i64
    } else {
        if !digits.chars().next()?.is_ascii_digit() {
            return None;
        }
        digits.parse::<i64>().ok()?
    };
    Some(if neg { v.wrapping_neg() } else { v })
}

fn valid_op_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

/// The edit distance between `a` and `b` when it is at most `limit`.
/// A rule file full of unknown operators asks this of every known one for
/// each: words of too different lengths are not compared, and a comparison
/// stops as soon as every prefix is further apart than the limit.
fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = Vec::with_capacity(b.len() + 1);
    for (i, ca) in a.iter().enumerate() {
        cur.clear();
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        if cur.iter().all(|&d| d > limit) {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::edit_distance_within;

    #[test]
    fn edit_distance_within_a_limit() {
        assert_eq!(edit_distance_within("i32.add", "i32.add", 2), Some(0));
        assert_eq!(edit_distance_within("i32.ad", "i32.add", 2), Some(1));
        assert_eq!(edit_distance_within("i64.sub", "i32.add", 2), None);
        assert_eq!(edit_distance_within("go.lodd", "go.load", 2), Some(1));
        assert_eq!(edit_distance_within("ab", "ba", 2), Some(2));
        assert_eq!(edit_distance_within("", "abc", 2), None);
        assert_eq!(edit_distance_within("", "ab", 2), Some(2));
        // Counted in characters, not bytes.
        assert_eq!(edit_distance_within("éé", "ee", 2), Some(2));
        assert_eq!(edit_distance_within("𝔞𝔞x", "aax", 2), Some(2));
    }
}
