//! Stage 2: alternations. Go's rules notation for families of rules:
//! `int32|uint32` in a rule makes one rule per alternative; several
//! alternations in one rule go in step
//! (`(go.add int8|int16 ?a ?b) => (i32.extend8_s|i32.extend16_s …)`).
//! Each rule is named after its alternative (`add-narrow[int8]`), and every
//! name, expanded or not, must be unique.

use rustc_hash::FxHashMap as HashMap;

use super::parse::{DeclForm, Form, Forms, RawFail, RawRule};
use super::{Errors, Origin};
use crate::rewrite::sexp::{Pos, Sexp};

/// The forms with one rule per alternative.
pub(super) struct Expanded {
    pub decls: Vec<DeclForm>,
    pub rules: Vec<RawRule>,
    pub fails: Vec<RawFail>,
}

pub(super) fn expand(forms: Forms, errors: &mut Errors) -> Expanded {
    let mut names: HashMap<String, Origin> = HashMap::default();
    let mut unique = |name: &str, origin: &Origin, errors: &mut Errors| {
        if let Some(prev) = names.get(name) {
            errors.error_at(
                origin,
                format!("duplicate rule name `{name}` (first defined at {prev})"),
            );
        } else {
            names.insert(name.to_string(), origin.clone());
        }
    };
    let mut rules = Vec::new();
    let mut fails = Vec::new();
    for item in forms.items {
        match item {
            Form::Rule(r) => {
                for expanded in alternatives(r, errors) {
                    unique(&expanded.name, &expanded.origin, errors);
                    rules.push(expanded);
                }
            }
            Form::Fail(f) => {
                unique(&f.name, &f.origin, errors);
                fails.push(f);
            }
        }
    }
    Expanded {
        decls: forms.decls,
        rules,
        fails,
    }
}

/// The rules a rule with alternations stands for (itself when it has none).
fn alternatives(r: RawRule, errors: &mut Errors) -> Vec<RawRule> {
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
        errors.in_file(&r.origin.file).error(
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
                group: r.group,
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
