//! Stage 1: files to forms. Reads each file's s-expressions and each
//! top-level form's shape (`decl`, `atom`, `rule`, `fail`), leaving the
//! operators inside for later stages.

use super::{Errors, Origin, RuleFile};
use crate::ir::ops::Arity;
use crate::rewrite::schedule::Group;
use crate::rewrite::sexp::{self, Pos, Sexp};

/// The forms of every file, in file order.
pub(super) struct Forms {
    pub decls: Vec<DeclForm>,
    /// Rules and fail rules as written, in file order (names must be unique
    /// across both).
    pub items: Vec<Form>,
}

pub(super) enum Form {
    Rule(RawRule),
    Fail(RawFail),
}

/// `(decl NAME ARITY "doc")` or `(atom NAME "doc")`, not yet checked
/// against the other declarations.
pub(super) struct DeclForm {
    pub group: Group,
    pub name: String,
    /// Where its name is written.
    pub origin: Origin,
    pub arity: Arity,
    pub doc: String,
    /// Declared with `atom`: data, not a step to rewrite away.
    pub atom: bool,
}

/// A rule before its patterns are compiled.
pub(super) struct RawRule {
    pub group: Group,
    pub name: String,
    pub origin: Origin,
    pub priority: i32,
    pub lhs: Sexp,
    pub rhs: Sexp,
    pub when: Vec<Sexp>,
}

pub(super) struct RawFail {
    pub group: Group,
    pub name: String,
    pub origin: Origin,
    pub lhs: Sexp,
    pub message: String,
    pub message_pos: Pos,
}

/// Reads every file of every set: syntax errors first, then the forms.
pub(super) fn parse(groups: &[(Group, &[RuleFile])], errors: &mut Errors) -> Forms {
    let mut parsed = Vec::new();
    for (group, files) in groups {
        for f in *files {
            errors.file = f.path.clone();
            let (items, error) = sexp::parse(&f.text);
            if let Some(e) = error {
                errors.error(e.pos, e.message);
            }
            parsed.push((*group, &f.path, items));
        }
    }
    let mut forms = Forms {
        decls: Vec::new(),
        items: Vec::new(),
    };
    for (group, path, items) in &parsed {
        errors.file = path.to_string();
        for item in items {
            form(*group, item, errors, &mut forms);
        }
    }
    forms
}

fn form(group: Group, item: &Sexp, errors: &mut Errors, forms: &mut Forms) {
    let Some((kind, rest, pos)) = head(item) else {
        errors.error(
            item.pos(),
            "expected (decl …), (rule …) or (fail …)".to_string(),
        );
        return;
    };
    match kind {
        "decl" => forms.decls.extend(decl(group, rest, pos, false, errors)),
        "atom" => forms.decls.extend(atom(group, rest, pos, errors)),
        "rule" => forms
            .items
            .extend(raw_rule(group, rest, pos, errors).map(Form::Rule)),
        "fail" => forms
            .items
            .extend(raw_fail(group, rest, pos, errors).map(Form::Fail)),
        other => errors.error(
            pos,
            format!("unknown form `{other}`: expected decl, rule or fail"),
        ),
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

/// `(atom NAME "doc")`: `(decl NAME 0 "doc")` for a constant that stays in terms.
fn atom(group: Group, rest: &[Sexp], pos: Pos, errors: &mut Errors) -> Option<DeclForm> {
    let mut items = rest.to_vec();
    if let Some(name) = items.first().cloned() {
        items.insert(1, Sexp::Atom("0".to_string(), name.pos()));
    }
    decl(group, &items, pos, true, errors)
}

fn decl(
    group: Group,
    rest: &[Sexp],
    pos: Pos,
    atom: bool,
    errors: &mut Errors,
) -> Option<DeclForm> {
    let (Some(Sexp::Atom(name, npos)), Some(Sexp::Atom(arity, apos))) = (rest.first(), rest.get(1))
    else {
        errors.error(
            pos,
            "expected (decl NAME ARITY \"what it means\")".to_string(),
        );
        return None;
    };
    let arity = match arity.as_str() {
        "*" => Arity::Any,
        a => match a.parse::<usize>() {
            Ok(n) => Arity::Fixed(n),
            Err(_) => {
                errors.error(*apos, format!("arity must be a number or *, not `{a}`"));
                return None;
            }
        },
    };
    let doc = match rest.get(2) {
        Some(Sexp::Str(s, _)) => s.clone(),
        _ => String::new(),
    };
    Some(DeclForm {
        group,
        name: name.clone(),
        origin: errors.origin(*npos),
        arity,
        doc,
        atom,
    })
}

fn raw_rule(group: Group, rest: &[Sexp], pos: Pos, errors: &mut Errors) -> Option<RawRule> {
    let Some(Sexp::Atom(name, npos)) = rest.first() else {
        errors.error(pos, "expected (rule NAME LHS => RHS)".to_string());
        return None;
    };
    if !valid_rule_name(name) {
        errors.error(
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
                Err(_) => errors.error(*ppos, format!("priority must be an integer, not `{p}`")),
            },
            _ => errors.error(pos, ":priority needs a number".to_string()),
        }
        i += 2;
    }
    let (Some(lhs), Some(arrow), Some(rhs)) = (rest.get(i), rest.get(i + 1), rest.get(i + 2))
    else {
        errors.error(
            pos,
            format!("rule `{name}` should read (rule {name} LHS => RHS)"),
        );
        return None;
    };
    if arrow.atom() != Some("=>") {
        errors.error(
            arrow.pos(),
            format!("expected `=>` between the two sides of rule `{name}`, found `{arrow}`"),
        );
        return None;
    }
    let mut when = Vec::new();
    let mut j = i + 3;
    if j < rest.len() {
        if rest[j].atom() != Some(":when") {
            errors.error(
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
            errors.error(
                rest[j - 1].pos(),
                ":when needs at least one condition".to_string(),
            );
        }
        when.extend(rest[j..].iter().cloned());
    }
    Some(RawRule {
        group,
        name: name.clone(),
        origin: errors.origin(*npos),
        priority,
        lhs: lhs.clone(),
        rhs: rhs.clone(),
        when,
    })
}

fn raw_fail(group: Group, rest: &[Sexp], pos: Pos, errors: &mut Errors) -> Option<RawFail> {
    let (Some(Sexp::Atom(name, npos)), Some(lhs), Some(Sexp::Str(message, mpos))) =
        (rest.first(), rest.get(1), rest.get(2))
    else {
        errors.error(pos, "expected (fail NAME PATTERN \"message\")".to_string());
        return None;
    };
    if rest.len() > 3 {
        errors.error(
            rest[3].pos(),
            "a fail rule takes a name, a pattern and a message".to_string(),
        );
    }
    Some(RawFail {
        group,
        name: name.clone(),
        origin: errors.origin(*npos),
        lhs: lhs.clone(),
        message: message.clone(),
        message_pos: *mpos,
    })
}

fn valid_rule_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
