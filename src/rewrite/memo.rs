//! Lowering a unit once per shape.
//!
//! Many units differ only in their names: the wrappers of two exports with
//! one signature, or two functions with the same body. Rules never look at
//! a name's text unless a rule file spells that name out, so a unit whose
//! other names are replaced by placeholders (consistently, in order of
//! their text) lowers to the same term up to the same renaming. The cache
//! keys on the renamed input and keeps the renamed output.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Mutex;

use egg::RecExpr;

use super::{LowerError, RuleSet};
use crate::ir::lang::{Node, Sym};

#[derive(Default)]
pub struct Memo {
    lowered: Mutex<HashMap<Vec<Node>, RecExpr<Node>>>,
}

impl Memo {
    /// `rewrite::lower(term, rules, false)`, shared between units of the
    /// same shape. Failures are recomputed on the unit itself, so that
    /// messages name its own names.
    pub fn lower(
        &self,
        term: &RecExpr<Node>,
        rules: &RuleSet,
    ) -> Result<RecExpr<Node>, LowerError> {
        let renaming = Renaming::of(term, rules);
        let key: Vec<Node> = term.as_ref().iter().map(|n| renaming.forward(n)).collect();
        let cached = self.lock().get(&key).cloned();
        let shaped = match cached {
            Some(t) => t,
            None => match super::lower(&RecExpr::from(key.clone()), rules, false) {
                Ok(l) => {
                    self.lock().insert(key, l.term.clone());
                    l.term
                }
                Err(_) => return super::lower(term, rules, false).map(|l| l.term),
            },
        };
        Ok(shaped
            .as_ref()
            .iter()
            .map(|n| renaming.back(n))
            .collect::<Vec<_>>()
            .into())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Vec<Node>, RecExpr<Node>>> {
        self.lowered.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The i-th placeholder name, interned once for the whole process.
fn placeholder(i: usize) -> Sym {
    static MADE: Mutex<Vec<Sym>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    while made.len() <= i {
        let next = Sym::new(&format!("\u{1}{:08}", made.len()));
        made.push(next);
    }
    made[i]
}

/// Names the rules do not spell out, to placeholders and back.
struct Renaming {
    to_placeholder: HashMap<Sym, Sym>,
    from_placeholder: HashMap<Sym, Sym>,
}

impl Renaming {
    fn of(term: &RecExpr<Node>, rules: &RuleSet) -> Renaming {
        let mut names: Vec<Sym> = term
            .as_ref()
            .iter()
            .filter_map(|n| match n {
                Node::Name(s) if !rules.literal_names.contains(s) => Some(*s),
                _ => None,
            })
            .collect();
        // In text order, so that placeholders sort as the names did.
        names.sort();
        names.dedup();
        let mut to_placeholder = HashMap::default();
        let mut from_placeholder = HashMap::default();
        for (i, name) in names.into_iter().enumerate() {
            let placeholder = placeholder(i);
            to_placeholder.insert(name, placeholder);
            from_placeholder.insert(placeholder, name);
        }
        Renaming {
            to_placeholder,
            from_placeholder,
        }
    }

    fn forward(&self, n: &Node) -> Node {
        match n {
            Node::Name(s) => Node::Name(*self.to_placeholder.get(s).unwrap_or(s)),
            other => other.clone(),
        }
    }

    fn back(&self, n: &Node) -> Node {
        match n {
            Node::Name(s) => Node::Name(*self.from_placeholder.get(s).unwrap_or(s)),
            other => other.clone(),
        }
    }
}
