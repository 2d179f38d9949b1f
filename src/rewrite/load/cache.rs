//! A rule folder checked once is reused while its files are unchanged: the
//! loaded rules (and the warnings the load gave) are written to a cache
//! file, and a later load whose files, folder names and wexlab binary are
//! the same reads them back instead of parsing, resolving and checking
//! again. That load was a third of a small build's work (issue #15).
//!
//! The file lives in wexlab's cache folder (`crate::cache`). One that is
//! missing, stale, unreadable or damaged is ignored and written again, so
//! it can only save time, never change a result: what it stores is what a
//! fresh load built, field by field.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;

use egg::{ENodeOrVar, Id, PatternAst, RecExpr, Var};
use rustc_hash::FxHashMap as HashMap;

use super::resolve::{CondArg, Condition, Decl, FailRule, Resolved, Rule};
use super::{Origin, RuleError, RuleFile};
use crate::cache::codec::{Decoder, Encoder};
use crate::ir::lang::{Node, Sym};
use crate::ir::ops::Arity;
use crate::rewrite::pattern::LazyPattern;
use crate::rewrite::predicates;
use crate::rewrite::schedule::Group;

/// Bumped whenever the layout below changes.
const MAGIC: &[u8] = b"wexlab rules cache 2\n";

/// Where one choice of folders keeps its cache: one file per choice, so
/// that editing a rule replaces the file instead of adding another.
pub(super) struct Entry {
    path: PathBuf,
    key: [u64; 2],
}

impl Entry {
    /// The cache entry of these files, or `None` when the cache is off or
    /// has no folder.
    pub fn of(name: &str, groups: &[(Group, &[RuleFile])]) -> Option<Entry> {
        let dir = crate::cache::dir()?;
        let binary = binary_identity()?;
        let mut choice = std::hash::DefaultHasher::new();
        let mut content = [seeded(1), seeded(2)];
        for (group, files) in groups {
            let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
            (group_tag(*group), &paths).hash(&mut choice);
            for h in &mut content {
                group_tag(*group).hash(h);
                for f in files.iter() {
                    (&f.path, &f.text).hash(h);
                }
            }
        }
        for h in &mut content {
            (name, &binary).hash(h);
        }
        Some(Entry {
            path: dir.join(format!("rules-{:016x}", choice.finish())),
            key: content.map(|h| h.finish()),
        })
    }

    /// What identifies these files and the binary.
    pub fn key(&self) -> [u64; 2] {
        self.key
    }

    /// What an earlier load stored, if it is for exactly these files.
    pub fn read(&self) -> Option<(Resolved, Vec<RuleError>)> {
        let bytes = std::fs::read(&self.path).ok()?;
        let mut r = Reader {
            d: Decoder::open(&bytes, MAGIC, self.key)?,
            vars: HashMap::default(),
        };
        let stored = r.stored()?;
        r.d.done().then_some(stored)
    }

    /// Stores a load's result (see `crate::cache::store`).
    pub fn write(&self, resolved: &Resolved, warnings: &[RuleError]) {
        let mut w = Writer(Encoder::default());
        w.stored(resolved, warnings);
        crate::cache::store(&self.path, &w.0.finish(MAGIC, self.key));
    }
}

fn seeded(seed: u64) -> std::hash::DefaultHasher {
    let mut h = std::hash::DefaultHasher::new();
    seed.hash(&mut h);
    h
}

/// What tells one wexlab binary from another: a rebuilt binary may load
/// the same text differently (new operators, new predicates).
fn binary_identity() -> Option<(PathBuf, u64, std::time::SystemTime)> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    Some((exe, meta.len(), meta.modified().ok()?))
}

fn group_tag(g: Group) -> u8 {
    match g {
        Group::Abi => 0,
        Group::Lower => 1,
        Group::Cleanup => 2,
    }
}

fn group_of(tag: u8) -> Option<Group> {
    [Group::Abi, Group::Lower, Group::Cleanup]
        .into_iter()
        .find(|g| group_tag(*g) == tag)
}

/// The rules' encoder: operator names, names and variables go through the
/// name table, so that each is interned once when read.
struct Writer(Encoder);

impl Writer {
    fn stored(&mut self, resolved: &Resolved, warnings: &[RuleError]) {
        self.0.count(warnings.len());
        for e in warnings {
            self.0.str(&e.file);
            self.0.u32(e.line);
            self.0.u32(e.col);
            self.0.str(&e.message);
        }
        // By name: the map's own order is not the same in two processes.
        let mut decls: Vec<_> = resolved.decls.iter().collect();
        decls.sort_by_key(|(name, _)| **name);
        self.0.count(decls.len());
        for (name, d) in decls {
            self.0.name(name);
            self.0.u8(group_tag(d.group));
            self.arity(d.arity);
            self.origin(&d.origin);
            self.0.str(&d.doc);
            self.0.bool(d.atom);
        }
        self.0.count(resolved.rules.len());
        for r in &resolved.rules {
            self.0.str(&r.name);
            self.0.u8(group_tag(r.group));
            self.origin(&r.origin);
            self.0.u32(r.priority as u32);
            self.pattern(&r.lhs.ast);
            self.pattern(&r.rhs);
            self.0.count(r.conditions.len());
            for c in &r.conditions {
                self.0.name(c.predicate.name);
                self.0.count(c.args.len());
                for a in &c.args {
                    match a {
                        CondArg::Var(v) => {
                            self.0.u8(0);
                            self.0.name(&v.to_string());
                        }
                        CondArg::Num(n) => {
                            self.0.u8(1);
                            self.0.i64(*n);
                        }
                        CondArg::Op(op) => {
                            self.0.u8(2);
                            self.0.name(op);
                        }
                    }
                }
            }
        }
        self.0.count(resolved.fails.len());
        for f in &resolved.fails {
            self.0.str(&f.name);
            self.0.u8(group_tag(f.group));
            self.origin(&f.origin);
            self.pattern(&f.pattern.ast);
            self.0.str(&f.message);
        }
    }

    fn arity(&mut self, a: Arity) {
        let (tag, n) = match a {
            Arity::Fixed(n) => (0, n),
            Arity::Any => (1, 0),
            Arity::AtLeast(n) => (2, n),
        };
        self.0.u8(tag);
        self.0.count(n);
    }

    fn origin(&mut self, o: &Origin) {
        self.0.str(&o.file);
        self.0.u32(o.line);
        self.0.u32(o.col);
    }

    fn pattern(&mut self, p: &PatternAst<Node>) {
        self.0.count(p.as_ref().len());
        for node in p.as_ref() {
            match node {
                ENodeOrVar::Var(v) => {
                    self.0.u8(0);
                    self.0.name(&v.to_string());
                }
                ENodeOrVar::ENode(Node::Num(n)) => {
                    self.0.u8(1);
                    self.0.i64(*n);
                }
                ENodeOrVar::ENode(Node::Name(s)) => {
                    self.0.u8(2);
                    self.0.name(s.as_str());
                }
                ENodeOrVar::ENode(Node::Op(s, children)) => {
                    self.0.u8(3);
                    self.0.name(s.as_str());
                    self.0.count(children.len());
                    for c in children.iter() {
                        self.0.count(usize::from(*c));
                    }
                }
            }
        }
    }
}

/// Reads what [`Writer`] wrote; `None` at the first thing out of place.
struct Reader<'a> {
    d: Decoder<'a>,
    /// Variables already parsed, by their name in the table.
    vars: HashMap<Sym, Var>,
}

impl Reader<'_> {
    fn stored(&mut self) -> Option<(Resolved, Vec<RuleError>)> {
        let mut warnings = Vec::new();
        for _ in 0..self.d.count()? {
            warnings.push(RuleError {
                file: self.d.string()?,
                line: self.d.u32()?,
                col: self.d.u32()?,
                message: self.d.string()?,
            });
        }
        let mut decls = HashMap::default();
        for _ in 0..self.d.count()? {
            let name = self.d.name()?.as_str();
            let decl = Decl {
                group: group_of(self.d.u8()?)?,
                arity: self.arity()?,
                origin: self.origin()?,
                doc: self.d.string()?,
                atom: self.d.bool()?,
            };
            decls.insert(name, decl);
        }
        let mut rules = Vec::new();
        for _ in 0..self.d.count()? {
            rules.push(Arc::new(Rule {
                name: self.d.string()?,
                group: group_of(self.d.u8()?)?,
                origin: self.origin()?,
                priority: self.d.u32()? as i32,
                lhs: LazyPattern::new(self.pattern()?),
                rhs: self.pattern()?,
                conditions: self.conditions()?,
            }));
        }
        let mut fails = Vec::new();
        for _ in 0..self.d.count()? {
            fails.push(Arc::new(FailRule {
                name: self.d.string()?,
                group: group_of(self.d.u8()?)?,
                origin: self.origin()?,
                pattern: LazyPattern::new(self.pattern()?),
                message: self.d.string()?,
            }));
        }
        let resolved = Resolved {
            decls,
            rules,
            fails,
        };
        Some((resolved, warnings))
    }

    fn conditions(&mut self) -> Option<Vec<Condition>> {
        let mut out = Vec::new();
        for _ in 0..self.d.count()? {
            let predicate = predicates::lookup(self.d.name()?.as_str())?;
            let mut args = Vec::new();
            for _ in 0..self.d.count()? {
                args.push(match self.d.u8()? {
                    0 => CondArg::Var(self.var()?),
                    1 => CondArg::Num(self.d.i64()?),
                    2 => CondArg::Op(self.d.name()?.as_str()),
                    _ => return None,
                });
            }
            out.push(Condition { predicate, args });
        }
        Some(out)
    }

    fn arity(&mut self) -> Option<Arity> {
        let tag = self.d.u8()?;
        let n = self.d.u32()? as usize;
        match tag {
            0 => Some(Arity::Fixed(n)),
            1 => Some(Arity::Any),
            2 => Some(Arity::AtLeast(n)),
            _ => None,
        }
    }

    fn origin(&mut self) -> Option<Origin> {
        Some(Origin {
            file: self.d.string()?,
            line: self.d.u32()?,
            col: self.d.u32()?,
        })
    }

    fn var(&mut self) -> Option<Var> {
        let name = self.d.name()?;
        if let Some(v) = self.vars.get(&name) {
            return Some(*v);
        }
        let v: Var = name.as_str().parse().ok()?;
        self.vars.insert(name, v);
        Some(v)
    }

    /// A pattern whose every child comes before its parent, as egg needs.
    fn pattern(&mut self) -> Option<PatternAst<Node>> {
        let mut ast = RecExpr::default();
        let n = self.d.count()?;
        for i in 0..n {
            let node = match self.d.u8()? {
                0 => ENodeOrVar::Var(self.var()?),
                1 => ENodeOrVar::ENode(Node::Num(self.d.i64()?)),
                2 => ENodeOrVar::ENode(Node::Name(self.d.name()?)),
                3 => {
                    let op = self.d.name()?;
                    let mut children = Vec::new();
                    for _ in 0..self.d.count()? {
                        let c = self.d.u32()? as usize;
                        if c >= i {
                            return None;
                        }
                        children.push(Id::from(c));
                    }
                    ENodeOrVar::ENode(Node::Op(op, children.into_boxed_slice()))
                }
                _ => return None,
            };
            ast.add(node);
        }
        (n > 0).then_some(ast)
    }
}
