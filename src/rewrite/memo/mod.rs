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
//!
//! The program's constants are hidden the same way (one placeholder per
//! value, numbered in order of first appearance), except those a rule
//! spells out: most only pass through the rules, so `x * 3` and `x * 5`
//! share a lowering. Unlike
//! a name, a number's value may matter to a rule; the run notes each
//! decision that depended on one as a fact (`ir::fold`): this placeholder
//! is 8, `pow2` said no of that one. A later unit of the shape takes a
//! lowering whose facts hold for its numbers, and adds its own otherwise.

mod file;

use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use egg::RecExpr;

use super::lowered::{LoweredTerm, placeholder};
use super::{LowerError, RuleSet};
use crate::ir::fold::{Fact, Hidden};
use crate::ir::lang::{Node, Sym};

/// Keys by their hash; a bucket holds the keys that share a hash, with
/// their lowerings.
type Shapes = HashMap<u64, Vec<(Vec<Node>, Lowerings)>>;

#[derive(Default)]
pub struct Memo {
    shapes: Mutex<Shapes>,
    /// Whether this build lowered a shape the memo did not hold.
    added: AtomicBool,
}

impl Memo {
    /// `rewrite::lower(term, rules, false)`, shared between units of the
    /// same shape. Failures are recomputed on the unit itself, so that
    /// messages name its own names.
    pub fn lower(&self, term: &RecExpr<Node>, rules: &RuleSet) -> Result<LoweredTerm, LowerError> {
        let names = Renaming::of(term, rules);
        let numbers = Numbers::of(term, rules);
        let key = Key {
            names: &names,
            numbers: &numbers,
        };
        // Looked up without building the key: most units hit.
        let hash = key.hash(term);
        let found = self.lock().get_mut(&hash).and_then(|bucket| {
            let (_, lowerings) = bucket.iter_mut().find(|(k, _)| key.same(term, k))?;
            let found = lowerings.find(&numbers.values)?;
            lowerings.used = true;
            Some(found)
        });
        if let Some(shape) = found {
            return Ok(numbers.show(shape, &names));
        }
        let keyed: Vec<Node> = term.as_ref().iter().map(|n| key.forward(n)).collect();
        let input = RecExpr::from(keyed.clone());
        let lowered = match numbers.values.is_empty() {
            true => super::lower(&input, rules, false).map(|l| (l.term, Vec::new())),
            false => super::lower_hiding(&input, rules, numbers.hidden()),
        };
        let Ok((shape, facts)) = lowered else {
            // Again on the unit itself, for messages with its names.
            return super::lower(term, rules, false).map(|l| LoweredTerm::new(l.term));
        };
        let shape = Arc::new(shape);
        let mut shapes = self.lock();
        let bucket = shapes.entry(hash).or_default();
        let at = match bucket.iter().position(|(k, _)| *k == keyed) {
            Some(at) => at,
            None => {
                bucket.push((keyed, Lowerings::default()));
                bucket.len() - 1
            }
        };
        bucket[at].1.add(facts, Arc::clone(&shape), &numbers.values);
        drop(shapes);
        self.added.store(true, Ordering::Relaxed);
        Ok(numbers.show(shape, &names))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shapes> {
        self.shapes.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The lowerings of one key, each for the units whose numbers meet its
/// facts; grouped by the placeholders whose very number they need, so that
/// a unit finds its own by hashing its numbers there, however many
/// lowerings the key has.
#[derive(Default)]
struct Lowerings {
    groups: Vec<Group>,
    /// Whether this build looked the key up or added it (what the memo
    /// keeps for the next command, see `file`).
    used: bool,
}

struct Group {
    /// Placeholder indices whose numbers the group's lowerings need.
    exact: Vec<usize>,
    /// By those numbers: the lowerings, each with the predicate answers it
    /// depends on.
    by_numbers: HashMap<Vec<i64>, Vec<Answered>>,
}

/// A lowering, with the number predicates' and computed operators' results
/// it depends on.
type Answered = (Vec<Fact>, Arc<RecExpr<Node>>);

impl Lowerings {
    /// The lowering whose facts hold for a unit with these hidden numbers.
    fn find(&self, values: &[i64]) -> Option<Arc<RecExpr<Node>>> {
        let value = |s: Sym| number_placeholder_index(s).and_then(|i| values.get(i).copied());
        self.groups.iter().find_map(|g| {
            let numbers: Vec<i64> = g.exact.iter().map(|&i| values[i]).collect();
            let (_, shape) = g
                .by_numbers
                .get(&numbers)?
                .iter()
                .find(|(answers, _)| answers.iter().all(|f| f.holds(value)))?;
            Some(Arc::clone(shape))
        })
    }

    fn add(&mut self, facts: Vec<Fact>, shape: Arc<RecExpr<Node>>, values: &[i64]) {
        let mut exact: Vec<usize> = Vec::new();
        let mut answers = Vec::new();
        for fact in facts {
            match fact {
                Fact::Is(p, _) => exact.extend(number_placeholder_index(p)),
                answer => answers.push(answer),
            }
        }
        exact.sort_unstable();
        exact.dedup();
        let numbers: Vec<i64> = exact.iter().map(|&i| values[i]).collect();
        let at = match self.groups.iter().position(|g| g.exact == exact) {
            Some(at) => at,
            None => {
                self.groups.push(Group {
                    exact,
                    by_numbers: HashMap::default(),
                });
                self.groups.len() - 1
            }
        };
        let lowerings = self.groups[at].by_numbers.entry(numbers).or_default();
        lowerings.push((answers, shape));
        self.used = true;
    }
}

/// A unit's key: its names and hidden numbers replaced by placeholders.
struct Key<'a> {
    names: &'a Renaming,
    numbers: &'a Numbers,
}

impl Key<'_> {
    /// The hash of the key, consistent with [`Key::same`] and with
    /// [`hash_keyed`] of the key built.
    fn hash(&self, term: &RecExpr<Node>) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        for n in term.as_ref() {
            match self.placeholder(n) {
                Some(p) => (0u8, p).hash(&mut h),
                None => (1u8, n).hash(&mut h),
            }
        }
        h.finish()
    }

    /// Whether `term`'s key is `key`.
    fn same(&self, term: &RecExpr<Node>, key: &[Node]) -> bool {
        term.as_ref().len() == key.len()
            && term
                .as_ref()
                .iter()
                .zip(key)
                .all(|(n, k)| match self.placeholder(n) {
                    Some(p) => matches!(k, Node::Name(s) if *s == p),
                    None => n == k,
                })
    }

    fn forward(&self, n: &Node) -> Node {
        match self.placeholder(n) {
            Some(p) => Node::Name(p),
            None => n.clone(),
        }
    }

    /// The placeholder that stands for `n` in the key, if any.
    fn placeholder(&self, n: &Node) -> Option<Sym> {
        match n {
            Node::Name(s) => Some(*self.names.to_placeholder.get(s).unwrap_or(s)),
            Node::Num(v) => self.numbers.to_placeholder.get(v).copied(),
            Node::Op(..) => None,
        }
    }
}

/// The hash [`Key::hash`] gives the term whose key is `key` (every name of
/// a key, and every number it hides, is its own placeholder). A hash is
/// only good within a process: names hash by their address.
fn hash_keyed(key: &[Node]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for n in key {
        match n {
            Node::Name(p) => (0u8, *p).hash(&mut h),
            other => (1u8, other).hash(&mut h),
        }
    }
    h.finish()
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
}

/// The numbers a key hides, each value under one placeholder.
struct Numbers {
    to_placeholder: HashMap<i64, Sym>,
    /// The value of the i-th placeholder.
    values: Vec<i64>,
}

impl Numbers {
    fn none() -> Numbers {
        Numbers {
            to_placeholder: HashMap::default(),
            values: Vec::new(),
        }
    }

    /// The program's constants in `term` (the values of `go.const`) but
    /// those the rules spell out, numbered in order of first appearance (so
    /// `x * 3` and `x * 5` get one key). Other numbers — offsets, sizes,
    /// local indices — stay: rules compute with them, so hiding them would
    /// buy no sharing, only runs to throw away.
    fn of(term: &RecExpr<Node>, rules: &RuleSet) -> Numbers {
        let mut numbers = Numbers::none();
        let constants = term.as_ref().iter().filter_map(|n| match n {
            Node::Op(op, children) if op.as_str() == "go.const" => children.last(),
            _ => None,
        });
        for id in constants {
            if let Node::Num(v) = &term[*id]
                && !rules.literal_numbers.contains(v)
                && !numbers.to_placeholder.contains_key(v)
            {
                let placeholder = number_placeholder(numbers.values.len());
                numbers.to_placeholder.insert(*v, placeholder);
                numbers.values.push(*v);
            }
        }
        numbers
    }

    /// The analysis's view of them.
    fn hidden(&self) -> Arc<Hidden> {
        Arc::new(Hidden {
            by_placeholder: self.to_placeholder.iter().map(|(v, p)| (*p, *v)).collect(),
            by_value: self.to_placeholder.clone(),
        })
    }

    /// The unit's own lowered term: a shape with its numbers put back,
    /// reading names through `names`.
    fn show(&self, shape: Arc<RecExpr<Node>>, names: &Renaming) -> LoweredTerm {
        let names = names.from_placeholder.clone().into_boxed_slice();
        if self.values.is_empty() {
            return LoweredTerm::shared(shape, names);
        }
        let number = |s: Sym| number_placeholder_index(s).and_then(|i| self.values.get(i));
        let own: Vec<Node> = shape
            .as_ref()
            .iter()
            .map(|n| match n {
                Node::Name(s) => number(*s).map_or(Node::Name(*s), |v| Node::Num(*v)),
                other => other.clone(),
            })
            .collect();
        LoweredTerm::shared(Arc::new(RecExpr::from(own)), names)
    }
}

/// The number of a number's placeholder.
fn number_placeholder_index(s: Sym) -> Option<usize> {
    s.as_str().strip_prefix('\u{2}')?.parse().ok()
}

/// The i-th placeholder for a number, interned once for the whole process
/// (unlike a name's, `\u{2}` then the index).
fn number_placeholder(i: usize) -> Sym {
    static MADE: Mutex<Vec<Sym>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    while made.len() <= i {
        let next = Sym::new(&format!("\u{2}{:08}", made.len()));
        made.push(next);
    }
    made[i]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rewrite::{Group, RuleFile, Schedule, load};

    /// `(pair A B)` lowers to `A+1 + B`, folded where the two are one
    /// value. A+1 is a computed result on a hidden number (a fact), and
    /// where it equals the hidden B the two are one class, as shown they
    /// would be (a fact on B's value).
    const RULES: &str = "
(decl pair 2 \"test input\")
(rule next (pair (go.const ?t ?a) (go.const ?u ?b)) => (i32.add (i32.const (calc.add ?a 1)) (i32.const ?b)))
(rule twice (i32.add (i32.const ?n) (i32.const ?n)) => (i32.const (calc.mul ?n 2)))
";

    fn term(a: i64, b: i64) -> RecExpr<Node> {
        let mut term = RecExpr::default();
        let int32 = term.add(Node::name("int32"));
        let a = term.add(Node::Num(a));
        let a = term.add(Node::op("go.const", vec![int32, a]));
        let b = term.add(Node::Num(b));
        let b = term.add(Node::op("go.const", vec![int32, b]));
        term.add(Node::op("pair", vec![a, b]));
        term
    }

    fn lowered(memo: &Memo, rules: &RuleSet, a: i64, b: i64) -> String {
        memo.lower(&term(a, b), rules)
            .expect("lowers")
            .expr()
            .to_string()
    }

    /// A kept memo is found again by hashing its keys as read: the hash of
    /// a key must be the hash of any term with that key.
    #[test]
    fn a_key_hashes_as_its_terms_do() {
        let file = RuleFile {
            path: "memo.rules".to_string(),
            text: RULES.to_string(),
        };
        let rules = load::load("memo", &[(Group::Lower, &[file])]).expect("loads");
        let rules = rules.get(Schedule::Functions);
        for (a, b) in [(1000, 1001), (7, 7), (1, 2)] {
            let term = term(a, b);
            let names = Renaming::of(&term, rules);
            let numbers = Numbers::of(&term, rules);
            let key = Key {
                names: &names,
                numbers: &numbers,
            };
            let keyed: Vec<Node> = term.as_ref().iter().map(|n| key.forward(n)).collect();
            assert_eq!(key.hash(&term), hash_keyed(&keyed), "({a} {b})");
        }
    }

    #[test]
    fn a_hidden_number_serves_every_unit_whose_facts_hold() {
        let file = RuleFile {
            path: "memo.rules".to_string(),
            text: RULES.to_string(),
        };
        let rules = load::load("memo", &[(Group::Lower, &[file])]).expect("loads");
        let rules = rules.get(Schedule::Functions);
        let memo = Memo::default();
        for (a, b) in [
            (1000, 1001),
            (1000, 5000),
            (2000, 2001),
            (1000, 1001),
            (7, 9),
        ] {
            let own = super::super::lower(&term(a, b), rules, false).expect("lowers");
            assert_eq!(
                lowered(&memo, rules, a, b),
                own.term.to_string(),
                "({a} {b})"
            );
        }
        assert_eq!(lowered(&memo, rules, 1000, 1001), "(i32.const 2002)");
        assert_eq!(
            lowered(&memo, rules, 1000, 5000),
            "(i32.add (i32.const 1001) (i32.const 5000))"
        );
    }
}
