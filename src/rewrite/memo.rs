//! Lowering a unit once per shape.
//!
//! Many units differ only in their names: the wrappers of two exports with
//! one signature, or two functions with the same body. Rules never look at
//! a name's text unless a rule file spells that name out, so a unit whose
//! other names are replaced by placeholders (consistently, in order of
//! their text) lowers to the same term up to the same renaming. The cache
//! keys on the renamed input and keeps the renamed output, which every unit
//! of the shape shares: a [`LoweredTerm`] reads its names through its own
//! renaming rather than copying the shape.

use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use egg::RecExpr;

use super::lowered::{LoweredTerm, placeholder};
use super::{LowerError, RuleSet};
use crate::ir::lang::{Node, Sym};

/// Lowered shapes by the hash of their renamed input; a bucket holds the
/// renamed inputs that share a hash, with what each lowered to.
type Shapes = HashMap<u64, Vec<(Vec<Node>, Arc<RecExpr<Node>>)>>;

#[derive(Default)]
pub struct Memo {
    lowered: Mutex<Shapes>,
}

impl Memo {
    /// `rewrite::lower(term, rules, false)`, shared between units of the
    /// same shape. Failures are recomputed on the unit itself, so that
    /// messages name its own names.
    pub fn lower(&self, term: &RecExpr<Node>, rules: &RuleSet) -> Result<LoweredTerm, LowerError> {
        let renaming = Renaming::of(term, rules);
        // Looked up without building the renamed term: most units hit.
        let hash = renaming.hash(term);
        let cached = self.lock().get(&hash).and_then(|bucket| {
            bucket
                .iter()
                .find(|(key, _)| renaming.same(term, key))
                .map(|(_, out)| Arc::clone(out))
        });
        let shaped = match cached {
            Some(t) => t,
            None => {
                let key: Vec<Node> = term.as_ref().iter().map(|n| renaming.forward(n)).collect();
                match super::lower(&RecExpr::from(key.clone()), rules, false) {
                    Ok(l) => {
                        let out = Arc::new(l.term);
                        self.lock()
                            .entry(hash)
                            .or_default()
                            .push((key, Arc::clone(&out)));
                        out
                    }
                    Err(_) => {
                        return super::lower(term, rules, false).map(|l| LoweredTerm::new(l.term));
                    }
                }
            }
        };
        Ok(LoweredTerm::shared(
            shaped,
            renaming.from_placeholder.into_boxed_slice(),
        ))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shapes> {
        self.lowered.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Names the rules do not spell out, to placeholders and back.
struct Renaming {
    to_placeholder: HashMap<Sym, Sym>,
    /// (placeholder, name) pairs.
    from_placeholder: Vec<(Sym, Sym)>,
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
        let mut from_placeholder = Vec::with_capacity(names.len());
        for (i, name) in names.into_iter().enumerate() {
            let placeholder = placeholder(i);
            to_placeholder.insert(name, placeholder);
            from_placeholder.push((placeholder, name));
        }
        Renaming {
            to_placeholder,
            from_placeholder,
        }
    }

    /// The hash of the renamed term, consistent with [`Renaming::same`].
    fn hash(&self, term: &RecExpr<Node>) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        for n in term.as_ref() {
            match n {
                Node::Name(s) => (0u8, self.to_placeholder.get(s).unwrap_or(s)).hash(&mut h),
                other => (1u8, other).hash(&mut h),
            }
        }
        h.finish()
    }

    /// Whether `term` renamed is `key`.
    fn same(&self, term: &RecExpr<Node>, key: &[Node]) -> bool {
        term.as_ref().len() == key.len()
            && term.as_ref().iter().zip(key).all(|(n, k)| match (n, k) {
                (Node::Name(a), Node::Name(b)) => self.to_placeholder.get(a).unwrap_or(a) == b,
                _ => n == k,
            })
    }

    fn forward(&self, n: &Node) -> Node {
        match n {
            Node::Name(s) => Node::Name(*self.to_placeholder.get(s).unwrap_or(s)),
            other => other.clone(),
        }
    }
}
