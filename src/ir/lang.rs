//! The e-graph language: one node type for Go operations, intermediate
//! operators declared by rule files, and WebAssembly instructions.
//!
//! A node is a number, a name (`$main.add`), or an operator with children.
//! Operators are interned strings compared by content, so that e-class node
//! order — and with it extraction — never depends on the order in which
//! names happened to be interned (see docs/crates.md, egg's Symbol).

use std::fmt;
use std::sync::{Mutex, OnceLock};

use egg::{EGraph, Id, Language};

/// An interned string: one allocation per distinct text, so equality and
/// hashing go by address (ordering still by text, for determinism).
#[derive(Clone, Copy, PartialOrd, Ord)]
pub struct Sym(&'static str);

impl PartialEq for Sym {
    fn eq(&self, other: &Sym) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Sym {}

impl std::hash::Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.0, state)
    }
}

impl Sym {
    pub fn new(s: &str) -> Sym {
        // Each thread remembers what it interned, so that threads building
        // terms side by side rarely meet at the global table's lock.
        thread_local! {
            static SEEN: std::cell::RefCell<rustc_hash::FxHashSet<&'static str>> =
                Default::default();
        }
        if let Some(existing) = SEEN.with(|seen| seen.borrow().get(s).copied()) {
            return Sym(existing);
        }
        let sym = Sym::intern(s);
        SEEN.with(|seen| seen.borrow_mut().insert(sym.0));
        sym
    }

    fn intern(s: &str) -> Sym {
        static TABLE: OnceLock<Mutex<rustc_hash::FxHashSet<&'static str>>> = OnceLock::new();
        let table = TABLE.get_or_init(|| Mutex::new(Default::default()));
        // A poisoned lock only means another thread panicked while inserting;
        // the set itself is still consistent.
        let mut set = table.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&existing) = set.get(s) {
            return Sym(existing);
        }
        let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
        set.insert(leaked);
        Sym(leaked)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Num(i64),
    /// A name: a function, an export, a label, a type's spelling. Written `$name`.
    Name(Sym),
    Op(Sym, Box<[Id]>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Discriminant {
    Num(i64),
    Name(Sym),
    Op(Sym, usize),
}

impl Node {
    pub fn op(name: &str, children: Vec<Id>) -> Node {
        Node::Op(Sym::new(name), children.into_boxed_slice())
    }

    pub fn name(s: &str) -> Node {
        Node::Name(Sym::new(s))
    }

    /// The operator name, or `None` for numbers and names.
    pub fn op_name(&self) -> Option<&'static str> {
        match self {
            Node::Op(s, _) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Language for Node {
    type Discriminant = Discriminant;

    fn discriminant(&self) -> Discriminant {
        match self {
            Node::Num(n) => Discriminant::Num(*n),
            Node::Name(s) => Discriminant::Name(*s),
            Node::Op(s, c) => Discriminant::Op(*s, c.len()),
        }
    }

    fn matches(&self, other: &Self) -> bool {
        self.discriminant() == other.discriminant()
    }

    fn children(&self) -> &[Id] {
        match self {
            Node::Op(_, c) => c,
            _ => &[],
        }
    }

    fn children_mut(&mut self) -> &mut [Id] {
        match self {
            Node::Op(_, c) => c,
            _ => &mut [],
        }
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Num(n) => write!(f, "{n}"),
            Node::Name(s) => write_name(f, s.as_str()),
            Node::Op(s, _) => f.write_str(s.as_str()),
        }
    }
}

/// `$name`, or `$"name with spaces"` when the name is not one word.
pub fn write_name(f: &mut impl fmt::Write, s: &str) -> fmt::Result {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '"' | ';'));
    if plain {
        write!(f, "${s}")
    } else {
        write!(f, "${s:?}")
    }
}

pub type Graph = EGraph<Node, Fold>;

pub use super::fold::Fold;
