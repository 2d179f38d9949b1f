//! The memo kept between commands: the shapes a build used, written to
//! wexlab's cache folder and read back by the next build of the same
//! program with the same rules and binary (the driver keys the file), so
//! that an edit relowers only what it changed — the rest, the runtime's
//! functions and the entry point included, comes back as the memo would
//! give it within one build. A file that does not read back whole is a
//! miss (`cache::codec`).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use egg::{Id, RecExpr};
use rustc_hash::FxHashMap as HashMap;

use super::{Group, Lowerings, Memo, hash_keyed};
use crate::cache::codec::{Decoder, Encoder};
use crate::ir::fold::{Fact, FactArg, Function};
use crate::ir::lang::{Node, Sym};
use crate::ir::ops;
use crate::rewrite::predicates::{self, Check};

impl Memo {
    /// Whether the memo holds what the next build should start from that
    /// it did not read: a new shape, or one read and not used.
    pub fn changed(&self) -> bool {
        self.added.load(Ordering::Relaxed)
            || self
                .lock()
                .values()
                .flatten()
                .any(|(_, lowerings)| !lowerings.used)
    }

    /// Writes the shapes this build used, in the order of their keys.
    pub fn save(&self, e: &mut Encoder) {
        let shapes = self.lock();
        let mut used: Vec<(&Vec<Node>, &Lowerings)> = shapes
            .values()
            .flatten()
            .filter(|(_, l)| l.used)
            .map(|(k, l)| (k, l))
            .collect();
        used.sort_by(|a, b| a.0.cmp(b.0));
        e.count(used.len());
        for (key, lowerings) in used {
            nodes(e, key);
            e.count(lowerings.groups.len());
            for group in &lowerings.groups {
                e.count(group.exact.len());
                for &i in &group.exact {
                    e.count(i);
                }
                let mut by_numbers: Vec<_> = group.by_numbers.iter().collect();
                by_numbers.sort_by(|a, b| a.0.cmp(b.0));
                e.count(by_numbers.len());
                for (numbers, answered) in by_numbers {
                    e.count(numbers.len());
                    numbers.iter().for_each(|&n| e.i64(n));
                    e.count(answered.len());
                    for (facts, shape) in answered {
                        e.count(facts.len());
                        facts.iter().for_each(|f| fact(e, f));
                        nodes(e, shape.as_ref());
                    }
                }
            }
        }
    }

    /// Adds the shapes `d` holds, as not yet used by this build; `None`
    /// (and nothing added) if they do not read back whole.
    pub fn load(&self, d: &mut Decoder) -> Option<()> {
        let mut read = Vec::new();
        for _ in 0..d.count()? {
            let key = read_nodes(d)?;
            let mut lowerings = Lowerings::default();
            for _ in 0..d.count()? {
                let mut exact = Vec::new();
                for _ in 0..d.count()? {
                    exact.push(d.u32()? as usize);
                }
                let mut by_numbers = HashMap::default();
                for _ in 0..d.count()? {
                    let mut numbers = Vec::new();
                    for _ in 0..d.count()? {
                        numbers.push(d.i64()?);
                    }
                    let mut answered = Vec::new();
                    for _ in 0..d.count()? {
                        let mut facts = Vec::new();
                        for _ in 0..d.count()? {
                            facts.push(read_fact(d)?);
                        }
                        let shape = RecExpr::from(read_nodes(d)?);
                        answered.push((facts, Arc::new(shape)));
                    }
                    by_numbers.insert(numbers, answered);
                }
                lowerings.groups.push(Group { exact, by_numbers });
            }
            read.push((key, lowerings));
        }
        let mut shapes = self.lock();
        for (key, lowerings) in read {
            shapes
                .entry(hash_keyed(&key))
                .or_default()
                .push((key, lowerings));
        }
        Some(())
    }
}

fn nodes(e: &mut Encoder, nodes: &[Node]) {
    e.count(nodes.len());
    for n in nodes {
        match n {
            Node::Num(v) => {
                e.u8(0);
                e.i64(*v);
            }
            Node::Name(s) => {
                e.u8(1);
                e.name(s.as_str());
            }
            Node::Op(op, children) => {
                e.u8(2);
                e.name(op.as_str());
                e.count(children.len());
                for c in children.iter() {
                    e.count(usize::from(*c));
                }
            }
        }
    }
}

/// Nodes whose every child comes before its parent, as egg needs.
fn read_nodes(d: &mut Decoder) -> Option<Vec<Node>> {
    let n = d.count()?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(match d.u8()? {
            0 => Node::Num(d.i64()?),
            1 => Node::Name(d.name()?),
            2 => {
                let op = d.name()?;
                let mut children = Vec::new();
                for _ in 0..d.count()? {
                    let c = d.u32()? as usize;
                    if c >= i {
                        return None;
                    }
                    children.push(Id::from(c));
                }
                Node::Op(op, children.into_boxed_slice())
            }
            _ => return None,
        });
    }
    (n > 0).then_some(out)
}

fn fact(e: &mut Encoder, f: &Fact) {
    match f {
        Fact::Is(p, v) => {
            e.u8(0);
            e.name(p.as_str());
            e.i64(*v);
        }
        Fact::Gives {
            name, args, result, ..
        } => {
            e.u8(1);
            e.name(name);
            e.count(args.len());
            for a in args {
                match a {
                    FactArg::Num(v) => {
                        e.u8(0);
                        e.i64(*v);
                    }
                    FactArg::Hidden(p) => {
                        e.u8(1);
                        e.name(p.as_str());
                    }
                }
            }
            e.bool(result.is_some());
            e.i64(result.unwrap_or(0));
        }
    }
}

fn read_fact(d: &mut Decoder) -> Option<Fact> {
    match d.u8()? {
        0 => Some(Fact::Is(d.name()?, d.i64()?)),
        1 => {
            let (name, function) = function_named(d.name()?)?;
            let mut args = Vec::new();
            for _ in 0..d.count()? {
                args.push(match d.u8()? {
                    0 => FactArg::Num(d.i64()?),
                    1 => FactArg::Hidden(d.name()?),
                    _ => return None,
                });
            }
            let known = d.bool()?;
            let value = d.i64()?;
            Some(Fact::Gives {
                name,
                function,
                args,
                result: known.then_some(value),
            })
        }
        _ => None,
    }
}

/// The number predicate or computed operator a fact names.
fn function_named(name: Sym) -> Option<(&'static str, Function)> {
    if let Some(p) = predicates::lookup(name.as_str()) {
        return match p.check {
            Check::Numbers(f) => Some((p.name, Function::Predicate(f))),
            Check::Graph(_) => None,
        };
    }
    let compute = ops::compute(name.as_str())?;
    Some((name.as_str(), Function::Compute(compute)))
}
