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
use crate::ir::lang::{Node, Sym};
use crate::ir::ops::Arity;
use crate::rewrite::pattern::LazyPattern;
use crate::rewrite::predicates;
use crate::rewrite::schedule::Group;

/// Bumped whenever the layout below changes.
const MAGIC: &[u8] = b"wexlab rules cache 1\n";

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

    /// What an earlier load stored, if it is for exactly these files.
    pub fn read(&self) -> Option<(Resolved, Vec<RuleError>)> {
        let bytes = std::fs::read(&self.path).ok()?;
        let mut r = Reader {
            bytes: bytes.strip_prefix(MAGIC)?,
            syms: Vec::new(),
            vars: Vec::new(),
        };
        if [r.u64()?, r.u64()?] != self.key {
            return None;
        }
        for _ in 0..r.len()? {
            let sym = Sym::new(&r.string()?);
            r.syms.push(sym);
        }
        for _ in 0..r.len()? {
            let var = r.string()?.parse().ok()?;
            r.vars.push(var);
        }
        let stored = r.stored()?;
        r.bytes.is_empty().then_some(stored)
    }

    /// Stores a load's result. Written beside the entry and renamed over
    /// it, so that a reader never sees half a file; failures only cost the
    /// next load its shortcut.
    pub fn write(&self, resolved: &Resolved, warnings: &[RuleError]) {
        crate::cache::store(&self.path, &Writer::file(self.key, resolved, warnings));
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

/// The encoder. Operator names and variables are written once each, in
/// tables ahead of the rules, and referred to by number: interning each
/// again on every read was most of the cost of reading.
#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    syms: Table,
    vars: Table,
}

#[derive(Default)]
struct Table {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl Table {
    fn number(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.index.get(s) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push(s.to_string());
        self.index.insert(s.to_string(), n);
        n
    }
}

impl Writer {
    /// The whole file: the key, the tables, then the body.
    fn file(key: [u64; 2], resolved: &Resolved, warnings: &[RuleError]) -> Vec<u8> {
        let mut body = Writer::default();
        body.stored(resolved, warnings);
        let mut head = Writer {
            out: MAGIC.to_vec(),
            ..Writer::default()
        };
        head.u64(key[0]);
        head.u64(key[1]);
        for table in [&body.syms, &body.vars] {
            head.len(table.names.len());
            for name in &table.names {
                head.str(name);
            }
        }
        head.out.extend_from_slice(&body.out);
        head.out
    }

    fn sym(&mut self, s: &str) {
        let n = self.syms.number(s);
        self.u32(n);
    }

    fn var(&mut self, v: Var) {
        let n = self.vars.number(&v.to_string());
        self.u32(n);
    }

    fn u64(&mut self, v: u64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn stored(&mut self, resolved: &Resolved, warnings: &[RuleError]) {
        self.len(warnings.len());
        for e in warnings {
            self.str(&e.file);
            self.u32(e.line);
            self.u32(e.col);
            self.str(&e.message);
        }
        // By name: the map's own order is not the same in two processes.
        let mut decls: Vec<_> = resolved.decls.iter().collect();
        decls.sort_by_key(|(name, _)| **name);
        self.len(decls.len());
        for (name, d) in decls {
            self.str(name);
            self.out.push(group_tag(d.group));
            self.arity(d.arity);
            self.origin(&d.origin);
            self.str(&d.doc);
            self.out.push(u8::from(d.atom));
        }
        self.len(resolved.rules.len());
        for r in &resolved.rules {
            self.str(&r.name);
            self.out.push(group_tag(r.group));
            self.origin(&r.origin);
            self.u32(r.priority as u32);
            self.pattern(&r.lhs.ast);
            self.pattern(&r.rhs);
            self.len(r.conditions.len());
            for c in &r.conditions {
                self.str(c.predicate.name);
                self.len(c.args.len());
                for a in &c.args {
                    match a {
                        CondArg::Var(v) => {
                            self.out.push(0);
                            self.var(*v);
                        }
                        CondArg::Num(n) => {
                            self.out.push(1);
                            self.u64(*n as u64);
                        }
                        CondArg::Op(op) => {
                            self.out.push(2);
                            self.sym(op);
                        }
                    }
                }
            }
        }
        self.len(resolved.fails.len());
        for f in &resolved.fails {
            self.str(&f.name);
            self.out.push(group_tag(f.group));
            self.origin(&f.origin);
            self.pattern(&f.pattern.ast);
            self.str(&f.message);
        }
    }

    fn arity(&mut self, a: Arity) {
        let (tag, n) = match a {
            Arity::Fixed(n) => (0, n),
            Arity::Any => (1, 0),
            Arity::AtLeast(n) => (2, n),
        };
        self.out.push(tag);
        self.len(n);
    }

    fn origin(&mut self, o: &Origin) {
        self.str(&o.file);
        self.u32(o.line);
        self.u32(o.col);
    }

    fn pattern(&mut self, p: &PatternAst<Node>) {
        self.len(p.as_ref().len());
        for node in p.as_ref() {
            match node {
                ENodeOrVar::Var(v) => {
                    self.out.push(0);
                    self.var(*v);
                }
                ENodeOrVar::ENode(Node::Num(n)) => {
                    self.out.push(1);
                    self.u64(*n as u64);
                }
                ENodeOrVar::ENode(Node::Name(s)) => {
                    self.out.push(2);
                    self.sym(s.as_str());
                }
                ENodeOrVar::ENode(Node::Op(s, children)) => {
                    self.out.push(3);
                    self.sym(s.as_str());
                    self.len(children.len());
                    for c in children.iter() {
                        self.len(usize::from(*c));
                    }
                }
            }
        }
    }
}

/// Reads what [`Writer`] wrote; `None` at the first thing out of place.
struct Reader<'a> {
    bytes: &'a [u8],
    syms: Vec<Sym>,
    vars: Vec<Var>,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A count, bounded by what is left so that a damaged one cannot ask
    /// for a huge allocation.
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.bytes.len()).then_some(n)
    }

    fn string(&mut self) -> Option<String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn stored(&mut self) -> Option<(Resolved, Vec<RuleError>)> {
        let mut warnings = Vec::new();
        for _ in 0..self.len()? {
            warnings.push(RuleError {
                file: self.string()?,
                line: self.u32()?,
                col: self.u32()?,
                message: self.string()?,
            });
        }
        let mut decls = HashMap::default();
        for _ in 0..self.len()? {
            let name = Sym::new(&self.string()?).as_str();
            let decl = Decl {
                group: group_of(self.u8()?)?,
                arity: self.arity()?,
                origin: self.origin()?,
                doc: self.string()?,
                atom: self.u8()? != 0,
            };
            decls.insert(name, decl);
        }
        let mut rules = Vec::new();
        for _ in 0..self.len()? {
            rules.push(Arc::new(Rule {
                name: self.string()?,
                group: group_of(self.u8()?)?,
                origin: self.origin()?,
                priority: self.u32()? as i32,
                lhs: LazyPattern::new(self.pattern()?),
                rhs: self.pattern()?,
                conditions: self.conditions()?,
            }));
        }
        let mut fails = Vec::new();
        for _ in 0..self.len()? {
            fails.push(Arc::new(FailRule {
                name: self.string()?,
                group: group_of(self.u8()?)?,
                origin: self.origin()?,
                pattern: LazyPattern::new(self.pattern()?),
                message: self.string()?,
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
        for _ in 0..self.len()? {
            let predicate = predicates::lookup(&self.string()?)?;
            let mut args = Vec::new();
            for _ in 0..self.len()? {
                args.push(match self.u8()? {
                    0 => CondArg::Var(self.var()?),
                    1 => CondArg::Num(self.u64()? as i64),
                    2 => CondArg::Op(self.sym()?.as_str()),
                    _ => return None,
                });
            }
            out.push(Condition { predicate, args });
        }
        Some(out)
    }

    fn arity(&mut self) -> Option<Arity> {
        let tag = self.u8()?;
        let n = self.u32()? as usize;
        match tag {
            0 => Some(Arity::Fixed(n)),
            1 => Some(Arity::Any),
            2 => Some(Arity::AtLeast(n)),
            _ => None,
        }
    }

    fn origin(&mut self) -> Option<Origin> {
        Some(Origin {
            file: self.string()?,
            line: self.u32()?,
            col: self.u32()?,
        })
    }

    fn var(&mut self) -> Option<Var> {
        let n = self.u32()? as usize;
        self.vars.get(n).copied()
    }

    fn sym(&mut self) -> Option<Sym> {
        let n = self.u32()? as usize;
        self.syms.get(n).copied()
    }

    /// A pattern whose every child comes before its parent, as egg needs.
    fn pattern(&mut self) -> Option<PatternAst<Node>> {
        let mut ast = RecExpr::default();
        let n = self.len()?;
        for i in 0..n {
            let node = match self.u8()? {
                0 => ENodeOrVar::Var(self.var()?),
                1 => ENodeOrVar::ENode(Node::Num(self.u64()? as i64)),
                2 => ENodeOrVar::ENode(Node::Name(self.sym()?)),
                3 => {
                    let op = self.sym()?;
                    let mut children = Vec::new();
                    for _ in 0..self.len()? {
                        let c = self.u32()? as usize;
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
