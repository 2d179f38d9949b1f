//! Turning rule files into a [`RuleSet`], with every load-time check the
//! rule language promises, all reported together as `file:line:col: message`.
//!
//! The forms (see rules/README.md for the tutorial):
//!
//! ```text
//! (decl NAME ARITY "what it means")                  an intermediate operator
//! (atom NAME "what it means")                        a constant that terms carry (a tag)
//! (rule NAME [:priority N] LHS => RHS [:when (PRED ARG…)…])
//! (fail NAME LHS "message with {?var}")              what to say when LHS stays unlowered
//! ```

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;
use std::str::FromStr;

use egg::{ENodeOrVar, Id, Language as _, Pattern, PatternAst, RecExpr, Rewrite, Var};

use super::predicates::{self, Arg};
use super::sexp::{self, Pos, Sexp};
use crate::ir::lang::{Discriminant, Fold, Node, Sym};
use crate::ir::ops::{self, Arity, Category};

/// One rule file's text and the path to show in messages.
#[derive(Clone, Debug)]
pub struct RuleFile {
    pub path: String,
    pub text: String,
}

/// A problem in a rule file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct RuleError {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

/// Everything wrong with a rule set, in file and position order.
#[derive(Debug, Clone, thiserror::Error)]
pub struct LoadErrors(pub Vec<RuleError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Where a rule was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

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
        (self.predicate.check)(g, &args)
    }
}

pub struct Rule {
    pub name: String,
    pub origin: Origin,
    pub priority: i32,
    pub rewrite: Rewrite<Node, Fold>,
    pub lhs: Pattern<Node>,
    pub rhs: Pattern<Node>,
    pub conditions: Vec<Condition>,
}

pub struct FailRule {
    pub name: String,
    pub origin: Origin,
    pub pattern: Pattern<Node>,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Decl {
    pub arity: Arity,
    pub origin: Origin,
    pub doc: String,
    /// Declared with `atom`: data, not a step to rewrite away.
    pub atom: bool,
}

pub struct RuleSet {
    /// What the user chose (`go`, `seed`, a path), for messages.
    pub name: String,
    /// Rules, highest priority first, then in file order.
    pub rules: Vec<Rule>,
    pub fails: Vec<FailRule>,
    pub decls: HashMap<&'static str, Decl>,
    /// The rules whose left-hand side has a given root, in `rules` order:
    /// a round searches only the rules whose root, and every one of whose
    /// `needs`, is in the e-graph.
    pub by_root: HashMap<Discriminant, Vec<usize>>,
    /// For each rule, the other operators, numbers and names its left-hand
    /// side spells out: it cannot match an e-graph that lacks one of them.
    pub needs: Vec<Vec<Discriminant>>,
    /// Every name (`$x`) a rule or fail pattern spells out: the only names
    /// whose text can change what the rules do.
    pub literal_names: HashSet<Sym>,
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
        self.rules.iter().find(|r| r.name == name)
    }
}

struct Loader {
    errors: Vec<RuleError>,
    decls: HashMap<&'static str, Decl>,
    file: String,
}

/// A rule before egg sees it.
struct RawRule {
    name: String,
    origin: Origin,
    priority: i32,
    lhs: Sexp,
    rhs: Sexp,
    when: Vec<Sexp>,
}

struct RawFail {
    name: String,
    origin: Origin,
    lhs: Sexp,
    message: String,
    message_pos: Pos,
}

/// Loads a rule set from its files (in the order given; order never decides
/// which rule wins — priorities do).
pub fn load(name: &str, files: &[RuleFile]) -> Result<RuleSet, LoadErrors> {
    let mut loader = Loader {
        errors: Vec::new(),
        decls: HashMap::default(),
        file: String::new(),
    };
    let mut raw_rules = Vec::new();
    let mut raw_fails = Vec::new();
    let mut names: HashMap<String, Origin> = HashMap::default();

    // First pass: syntax and declarations, so rules may use operators
    // declared in any file.
    let mut parsed = Vec::new();
    for f in files {
        loader.file = f.path.clone();
        let (items, error) = sexp::parse(&f.text);
        if let Some(e) = error {
            loader.error(e.pos, e.message);
        }
        parsed.push((f.path.clone(), items));
    }
    for (path, items) in &parsed {
        loader.file = path.clone();
        for item in items {
            match head(item) {
                Some(("decl", rest, pos)) => loader.decl(rest, pos, false),
                Some(("atom", rest, pos)) => loader.atom(rest, pos),
                _ => {}
            }
        }
    }
    for (path, items) in &parsed {
        loader.file = path.clone();
        for item in items {
            let Some((kind, rest, pos)) = head(item) else {
                loader.error(
                    item.pos(),
                    "expected (decl …), (rule …) or (fail …)".to_string(),
                );
                continue;
            };
            let named = match kind {
                "decl" | "atom" => None,
                "rule" => loader.raw_rule(rest, pos).and_then(|r| {
                    let n = (r.name.clone(), r.origin.clone());
                    for expanded in loader.expand(r) {
                        if let Some(prev) = names.get(&expanded.name) {
                            loader.error_at(
                                &expanded.origin,
                                format!(
                                    "duplicate rule name `{}` (first defined at {prev})",
                                    expanded.name
                                ),
                            );
                        } else {
                            names.insert(expanded.name.clone(), expanded.origin.clone());
                        }
                        raw_rules.push(expanded);
                    }
                    let _ = n;
                    None
                }),
                "fail" => loader.raw_fail(rest, pos).map(|r| {
                    let n = (r.name.clone(), r.origin.clone());
                    raw_fails.push(r);
                    n
                }),
                other => {
                    loader.error(
                        pos,
                        format!("unknown form `{other}`: expected decl, rule or fail"),
                    );
                    None
                }
            };
            if let Some((n, origin)) = named {
                if let Some(prev) = names.get(&n) {
                    loader.error_at(
                        &origin,
                        format!("duplicate rule name `{n}` (first defined at {prev})"),
                    );
                } else {
                    names.insert(n, origin);
                }
            }
        }
    }

    // Compile patterns.
    let mut rules = Vec::new();
    for r in &raw_rules {
        loader.file = r.origin.file.clone();
        let mut lhs_vars = Vec::new();
        let lhs = loader.pattern(&r.lhs, &mut lhs_vars, true);
        let mut rhs_vars = Vec::new();
        let rhs = loader.pattern(&r.rhs, &mut rhs_vars, false);
        if matches!(r.lhs, Sexp::Atom(ref a, _) if a.starts_with('?')) {
            loader.error(
                r.lhs.pos(),
                "the left-hand side must be a pattern with an operator, not a lone variable"
                    .to_string(),
            );
            continue;
        }
        for (v, pos) in &rhs_vars {
            if !lhs_vars.iter().any(|(l, _)| l == v) {
                loader.error(
                    *pos,
                    format!(
                        "variable {v} is not bound by the left-hand side of rule `{}`",
                        r.name
                    ),
                );
            }
        }
        let conditions = loader.conditions(&r.when, &lhs_vars, &r.name);
        let (Some(lhs), Some(rhs), Some(conditions)) = (lhs, rhs, conditions) else {
            continue;
        };
        let lhs_p = Pattern::new(lhs);
        let rhs_p = Pattern::new(rhs);
        match Rewrite::new(r.name.clone(), lhs_p.clone(), rhs_p.clone()) {
            Ok(rewrite) => rules.push(Rule {
                name: r.name.clone(),
                origin: r.origin.clone(),
                priority: r.priority,
                rewrite,
                lhs: lhs_p,
                rhs: rhs_p,
                conditions,
            }),
            Err(e) => loader.error_at(&r.origin, format!("rule `{}`: {e}", r.name)),
        }
    }
    let mut fails = Vec::new();
    for f in &raw_fails {
        loader.file = f.origin.file.clone();
        let mut vars = Vec::new();
        let Some(lhs) = loader.pattern(&f.lhs, &mut vars, true) else {
            continue;
        };
        for v in message_vars(&f.message) {
            if !vars.iter().any(|(x, _)| x.to_string() == v) {
                loader.error(
                    f.message_pos,
                    format!(
                        "{v} in the message is not bound by the pattern of `{}`",
                        f.name
                    ),
                );
            }
        }
        fails.push(FailRule {
            name: f.name.clone(),
            origin: f.origin.clone(),
            pattern: Pattern::new(lhs),
            message: f.message.clone(),
        });
    }

    check_reachability(&mut loader, &raw_rules, &rules, &fails);

    if !loader.errors.is_empty() {
        loader
            .errors
            .sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
        loader.errors.dedup();
        return Err(LoadErrors(loader.errors));
    }
    // Which rule wins is decided by priority; file order only breaks the
    // tie in the order rules are tried, which cannot change the result.
    let mut order: Vec<usize> = (0..rules.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(rules[i].priority));
    let mut slots: Vec<Option<Rule>> = rules.into_iter().map(Some).collect();
    let rules: Vec<Rule> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    let mut by_root: HashMap<Discriminant, Vec<usize>> = HashMap::default();
    for (i, rule) in rules.iter().enumerate() {
        if let Some(egg::ENodeOrVar::ENode(root)) = rule.lhs.ast.as_ref().last() {
            by_root.entry(root.discriminant()).or_default().push(i);
        }
    }
    let needs = rules
        .iter()
        .map(|rule| {
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
        })
        .collect();
    let patterns = rules
        .iter()
        .flat_map(|r| [&r.lhs, &r.rhs])
        .chain(fails.iter().map(|f| &f.pattern));
    let literal_names = patterns
        .flat_map(|p| p.ast.as_ref().iter())
        .filter_map(|n| match n {
            ENodeOrVar::ENode(Node::Name(s)) => Some(*s),
            _ => None,
        })
        .collect();
    Ok(RuleSet {
        name: name.to_string(),
        rules,
        fails,
        decls: loader.decls,
        by_root,
        needs,
        literal_names,
    })
}

fn alternations(s: &Sexp, out: &mut Vec<(usize, Pos)>) {
    match s {
        Sexp::Atom(a, pos) if a.contains('|') => out.push((a.split('|').count(), *pos)),
        Sexp::List(items, _) => items.iter().for_each(|i| alternations(i, out)),
        _ => {}
    }
}

fn choose(s: &Sexp, i: usize) -> Sexp {
    match s {
        Sexp::Atom(a, pos) if a.contains('|') => {
            Sexp::Atom(a.split('|').nth(i).unwrap_or("").to_string(), *pos)
        }
        Sexp::List(items, pos) => Sexp::List(items.iter().map(|x| choose(x, i)).collect(), *pos),
        other => other.clone(),
    }
}

/// The alternatives a left-hand side picks, for the rule's name.
fn lhs_alternatives(s: &Sexp, i: usize, out: &mut Vec<String>) {
    match s {
        Sexp::Atom(a, _) if a.contains('|') => {
            if let Some(x) = a.split('|').nth(i) {
                out.push(x.to_string());
            }
        }
        Sexp::List(items, _) => items.iter().for_each(|x| lhs_alternatives(x, i, out)),
        _ => {}
    }
}

fn head(item: &Sexp) -> Option<(&str, &[Sexp], Pos)> {
    match item {
        Sexp::List(items, pos) => match items.first() {
            Some(Sexp::Atom(a, _)) => Some((a.as_str(), &items[1..], *pos)),
            _ => None,
        },
        _ => None,
    }
}

/// `{?name}` placeholders in a fail message.
pub fn message_vars(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find("{?") {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

impl Loader {
    fn error(&mut self, pos: Pos, message: String) {
        self.errors.push(RuleError {
            file: self.file.clone(),
            line: pos.line,
            col: pos.col,
            message,
        });
    }

    fn error_at(&mut self, origin: &Origin, message: String) {
        self.errors.push(RuleError {
            file: origin.file.clone(),
            line: origin.line,
            col: origin.col,
            message,
        });
    }

    fn origin(&self, pos: Pos) -> Origin {
        Origin {
            file: self.file.clone(),
            line: pos.line,
            col: pos.col,
        }
    }

    /// `(atom NAME "doc")`: `(decl NAME 0 "doc")` for a constant that stays in terms.
    fn atom(&mut self, rest: &[Sexp], pos: Pos) {
        let mut items = rest.to_vec();
        if let Some(name) = items.first().cloned() {
            items.insert(1, Sexp::Atom("0".to_string(), name.pos()));
        }
        self.decl(&items, pos, true);
    }

    fn decl(&mut self, rest: &[Sexp], pos: Pos, atom: bool) {
        let (Some(Sexp::Atom(name, npos)), Some(Sexp::Atom(arity, apos))) =
            (rest.first(), rest.get(1))
        else {
            self.error(
                pos,
                "expected (decl NAME ARITY \"what it means\")".to_string(),
            );
            return;
        };
        let arity = match arity.as_str() {
            "*" => Arity::Any,
            a => match a.parse::<usize>() {
                Ok(n) => Arity::Fixed(n),
                Err(_) => {
                    self.error(*apos, format!("arity must be a number or *, not `{a}`"));
                    return;
                }
            },
        };
        if !valid_op_name(name) {
            self.error(
                *npos,
                format!("`{name}` is not a valid operator name (letters, digits, `-`, `.`, `_`)"),
            );
            return;
        }
        if ops::builtin(name).is_some() {
            self.error(
                *npos,
                format!("`{name}` is a built-in operator and cannot be declared again"),
            );
            return;
        }
        let doc = match rest.get(2) {
            Some(Sexp::Str(s, _)) => s.clone(),
            _ => String::new(),
        };
        let key = Sym::new(name).as_str();
        if let Some(prev) = self.decls.get(key) {
            let prev = prev.origin.clone();
            self.error(
                *npos,
                format!("operator `{name}` is declared twice (first at {prev})"),
            );
            return;
        }
        let origin = self.origin(*npos);
        self.decls.insert(
            key,
            Decl {
                arity,
                origin,
                doc,
                atom,
            },
        );
    }

    fn raw_rule(&mut self, rest: &[Sexp], pos: Pos) -> Option<RawRule> {
        let Some(Sexp::Atom(name, npos)) = rest.first() else {
            self.error(pos, "expected (rule NAME LHS => RHS)".to_string());
            return None;
        };
        if !valid_rule_name(name) {
            self.error(
                *npos,
                format!("rule name `{name}` should be kebab-case words (a-z, 0-9, -)"),
            );
        }
        let mut i = 1;
        let mut priority = 0;
        if rest.get(i).and_then(Sexp::atom) == Some(":priority") {
            match rest.get(i + 1) {
                Some(Sexp::Atom(p, ppos)) => match p.parse::<i32>() {
                    Ok(p) => priority = p,
                    Err(_) => self.error(*ppos, format!("priority must be an integer, not `{p}`")),
                },
                _ => self.error(pos, ":priority needs a number".to_string()),
            }
            i += 2;
        }
        let (Some(lhs), Some(arrow), Some(rhs)) = (rest.get(i), rest.get(i + 1), rest.get(i + 2))
        else {
            self.error(
                pos,
                format!("rule `{name}` should read (rule {name} LHS => RHS)"),
            );
            return None;
        };
        if arrow.atom() != Some("=>") {
            self.error(
                arrow.pos(),
                format!("expected `=>` between the two sides of rule `{name}`, found `{arrow}`"),
            );
            return None;
        }
        let mut when = Vec::new();
        let mut j = i + 3;
        if j < rest.len() {
            if rest[j].atom() != Some(":when") {
                self.error(
                    rest[j].pos(),
                    format!(
                        "unexpected `{}` after the right-hand side (conditions start with :when)",
                        rest[j]
                    ),
                );
                return None;
            }
            j += 1;
            if j >= rest.len() {
                self.error(
                    rest[j - 1].pos(),
                    ":when needs at least one condition".to_string(),
                );
            }
            when.extend(rest[j..].iter().cloned());
        }
        Some(RawRule {
            name: name.clone(),
            origin: self.origin(*npos),
            priority,
            lhs: lhs.clone(),
            rhs: rhs.clone(),
            when,
        })
    }

    /// Go's rules notation for families of rules: `int32|uint32` in a rule
    /// makes one rule per alternative; several alternations in one rule go
    /// in step (`(go.add int8|int16 ?a ?b) => (i32.extend8_s|i32.extend16_s …)`).
    /// Each rule is named after its alternative: `add-narrow[int8]`.
    fn expand(&mut self, r: RawRule) -> Vec<RawRule> {
        let mut counts = Vec::new();
        for s in std::iter::once(&r.lhs)
            .chain(std::iter::once(&r.rhs))
            .chain(r.when.iter())
        {
            alternations(s, &mut counts);
        }
        let Some(&(n, _)) = counts.first() else {
            return vec![r];
        };
        if let Some(&(m, pos)) = counts.iter().find(|(m, _)| *m != n) {
            self.error(
                pos,
                format!(
                    "alternations in rule `{}` must have the same length ({n} and {m})",
                    r.name
                ),
            );
            return vec![];
        }
        (0..n)
            .map(|i| {
                let pick = |s: &Sexp| choose(s, i);
                let mut chosen = Vec::new();
                lhs_alternatives(&r.lhs, i, &mut chosen);
                let first = if chosen.is_empty() {
                    i.to_string()
                } else {
                    chosen.join(",")
                };
                RawRule {
                    name: format!("{}[{first}]", r.name),
                    origin: r.origin.clone(),
                    priority: r.priority,
                    lhs: pick(&r.lhs),
                    rhs: pick(&r.rhs),
                    when: r.when.iter().map(pick).collect(),
                }
            })
            .collect()
    }

    fn raw_fail(&mut self, rest: &[Sexp], pos: Pos) -> Option<RawFail> {
        let (Some(Sexp::Atom(name, npos)), Some(lhs), Some(Sexp::Str(message, mpos))) =
            (rest.first(), rest.get(1), rest.get(2))
        else {
            self.error(pos, "expected (fail NAME PATTERN \"message\")".to_string());
            return None;
        };
        if rest.len() > 3 {
            self.error(
                rest[3].pos(),
                "a fail rule takes a name, a pattern and a message".to_string(),
            );
        }
        Some(RawFail {
            name: name.clone(),
            origin: self.origin(*npos),
            lhs: lhs.clone(),
            message: message.clone(),
            message_pos: *mpos,
        })
    }

    fn arity_of(&self, op: &str) -> Option<Arity> {
        if let Some(info) = ops::builtin(op) {
            return Some(info.arity);
        }
        self.decls.get(op).map(|d| d.arity)
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
                        self.error(*pos, format!("`{a}` is not a valid variable"));
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
                self.error(
                    *pos,
                    "strings are only allowed as messages; names are written $name".to_string(),
                );
                None
            }
            Sexp::List(items, pos) => {
                let Some(Sexp::Atom(op, opos)) = items.first() else {
                    self.error(*pos, "a term starts with an operator name".to_string());
                    return None;
                };
                if op.starts_with('?') || op.starts_with('$') {
                    self.error(*opos, format!("`{op}` cannot be an operator"));
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
                    self.error(*opos, format!("`{op}` is computed before rules look at terms; it cannot appear on a left-hand side"));
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
                self.error(
                    pos,
                    format!("unknown operator `{op}`{hint}; declare it with (decl {op} ARITY)"),
                );
                None
            }
            Some(arity) if !arity.accepts(n) => {
                self.error(pos, format!("`{op}` takes {arity}, but is given {n}"));
                None
            }
            Some(_) => Some(()),
        }
    }

    fn suggest(&self, op: &str) -> Option<String> {
        let candidates = ops::BUILTIN
            .iter()
            .map(|o| o.name)
            .chain(self.decls.keys().copied());
        candidates
            .map(|c| (edit_distance(op, c), c))
            .filter(|(d, _)| *d <= 2)
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
                self.error(
                    c.pos(),
                    format!("a condition is written (PREDICATE ARG…), not `{c}`"),
                );
                ok = false;
                continue;
            };
            let Some(Sexp::Atom(pname, ppos)) = items.first() else {
                self.error(*pos, "a condition starts with a predicate name".to_string());
                ok = false;
                continue;
            };
            let Some(pred) = predicates::lookup(pname) else {
                let known: Vec<&str> = predicates::PREDICATES.iter().map(|p| p.name).collect();
                self.error(
                    *ppos,
                    format!("unknown predicate `{pname}` (known: {})", known.join(", ")),
                );
                ok = false;
                continue;
            };
            if items.len() - 1 != pred.arity {
                self.error(
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
                            self.error(*tpos, format!("variable {t} in a condition of `{rule}` is not bound by the left-hand side"));
                            ok = false;
                        }
                    },
                    Sexp::Atom(t, tpos) => match parse_number(t) {
                        Some(n) => args.push(CondArg::Num(n)),
                        None if self.arity_of(t).is_some() => {
                            args.push(CondArg::Op(Sym::new(t).as_str()))
                        }
                        None => {
                            self.error(
                                *tpos,
                                format!("`{t}` is neither a variable, a number nor an operator"),
                            );
                            ok = false;
                        }
                    },
                    other => {
                        self.error(
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

/// Rules that can never fire: a left-hand side that needs an operator no
/// one produces, or that a stronger unconditional rule always takes.
fn check_reachability(loader: &mut Loader, raw: &[RawRule], rules: &[Rule], fails: &[FailRule]) {
    // Operators that exist in some term: what the front end builds, plus
    // everything a right-hand side can build.
    let mut produced: HashSet<&'static str> = ops::BUILTIN
        .iter()
        .filter(|o| matches!(o.category, Category::Input | Category::Data))
        .map(|o| o.name)
        .collect();
    for r in rules {
        for n in r.rhs.ast.iter() {
            if let ENodeOrVar::ENode(Node::Op(op, _)) = n {
                produced.insert(op.as_str());
            }
        }
    }
    for r in rules {
        for n in r.lhs.ast.iter() {
            if let ENodeOrVar::ENode(Node::Op(op, _)) = n
                && !produced.contains(op.as_str())
            {
                loader.error_at(
                        &r.origin,
                        format!("rule `{}` can never fire: no rule produces `{op}`, which its left-hand side needs", r.name),
                    );
                break;
            }
        }
    }
    for f in fails {
        if let Some(ENodeOrVar::ENode(Node::Op(op, _))) = f.pattern.ast.as_ref().last()
            && !produced.contains(op.as_str())
        {
            loader.error_at(
                &f.origin,
                format!(
                    "fail rule `{}` can never apply: no rule produces `{op}`",
                    f.name
                ),
            );
        }
    }
    // Shadowing.
    for (i, a) in rules.iter().enumerate() {
        if !a.conditions.is_empty() {
            continue;
        }
        for (j, b) in rules.iter().enumerate() {
            if i == j || !subsumes(&a.lhs.ast, &b.lhs.ast) {
                continue;
            }
            let same = subsumes(&b.lhs.ast, &a.lhs.ast);
            if a.priority > b.priority {
                loader.error_at(
                    &b.origin,
                    format!(
                        "rule `{}` can never fire: rule `{}` ({}, priority {}) matches every term it matches and always wins",
                        b.name, a.name, a.origin, a.priority
                    ),
                );
            } else if same
                && a.priority == b.priority
                && i < j
                && a.rhs.ast.as_ref() == b.rhs.ast.as_ref()
            {
                let _ = raw;
                loader.error_at(
                    &b.origin,
                    format!("rule `{}` repeats rule `{}` ({})", b.name, a.name, a.origin),
                );
            }
        }
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

fn valid_rule_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = if ca == *cb { 0 } else { 1 };
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
