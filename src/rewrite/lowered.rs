//! A lowered term as the emitter reads it: the nodes of a shape that units
//! differing only in names share (see [`super::memo`]), and the names this
//! unit's placeholders stand for.

use std::sync::{Arc, Mutex};

use egg::{Id, RecExpr};

use crate::ir::lang::{Node, Sym};

/// The number of a placeholder name.
fn placeholder_index(s: Sym) -> Option<usize> {
    s.as_str().strip_prefix('\u{1}')?.parse().ok()
}

/// The i-th placeholder name, interned once for the whole process.
pub(super) fn placeholder(i: usize) -> Sym {
    static MADE: Mutex<Vec<Sym>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    while made.len() <= i {
        let next = Sym::new(&format!("\u{1}{:08}", made.len()));
        made.push(next);
    }
    made[i]
}

/// A lowered term: the nodes of its shape, maybe shared with other units,
/// and the names that the shape's placeholders stand for in this one.
#[derive(Clone, Debug)]
pub struct LoweredTerm {
    shape: Arc<RecExpr<Node>>,
    /// (placeholder, name) pairs, the i-th placeholder's at index i.
    names: Box<[(Sym, Sym)]>,
}

impl LoweredTerm {
    /// A term of its own, without placeholders.
    pub fn new(term: RecExpr<Node>) -> LoweredTerm {
        LoweredTerm {
            shape: Arc::new(term),
            names: Box::default(),
        }
    }

    pub fn root(&self) -> Id {
        Id::from(self.shape.as_ref().len() - 1)
    }

    /// A term whose placeholders stand for `names` (the i-th
    /// placeholder's pair at index i), its shape shared with other units.
    pub(super) fn shared(shape: Arc<RecExpr<Node>>, names: Box<[(Sym, Sym)]>) -> LoweredTerm {
        LoweredTerm { shape, names }
    }

    /// The node `id` of the shape. Its operator, numbers and children are
    /// the term's; read a name through [`LoweredTerm::name`].
    pub fn node(&self, id: Id) -> &Node {
        &self.shape[id]
    }

    /// All nodes, children before parents (names as in [`LoweredTerm::node`]).
    pub fn nodes(&self) -> &[Node] {
        self.shape.as_ref()
    }

    /// The name at `id`, if the node is a name.
    pub fn name(&self, id: Id) -> Option<Sym> {
        match &self.shape[id] {
            Node::Name(s) => Some(self.resolve(*s)),
            _ => None,
        }
    }

    /// The node `id` alone, as rule files write it.
    pub fn show(&self, id: Id) -> String {
        match self.name(id) {
            Some(s) => Node::Name(s).to_string(),
            None => self.node(id).to_string(),
        }
    }

    fn resolve(&self, s: Sym) -> Sym {
        placeholder_index(s)
            .and_then(|i| self.names.get(i))
            .filter(|(placeholder, _)| *placeholder == s)
            .map_or(s, |(_, name)| *name)
    }

    /// The term with its own names, for messages and tests.
    pub fn expr(&self) -> RecExpr<Node> {
        self.nodes()
            .iter()
            .map(|n| match n {
                Node::Name(s) => Node::Name(self.resolve(*s)),
                other => other.clone(),
            })
            .collect::<Vec<_>>()
            .into()
    }
}
