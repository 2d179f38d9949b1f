//! A rule's patterns as the loader builds them, compiled into egg's matching
//! program only when a search first needs it. A build meets a few dozen of
//! the hundreds of rules the shipped folders hold, and compiling every one
//! up front was half the cost of loading them (issue #15's small build).

use std::sync::OnceLock;

use egg::{ENodeOrVar, Id, Language as _, Pattern, PatternAst, SearchMatches, Searcher};

use crate::ir::lang::{Graph, Node};

/// A left-hand side (or a fail rule's pattern): its tree, and the matcher
/// made from it on first use. Every thread sees the same matcher, and egg
/// compiles a tree the same way each time, so when it is made does not
/// change what it finds.
#[derive(Clone)]
pub struct LazyPattern {
    pub ast: PatternAst<Node>,
    compiled: OnceLock<Pattern<Node>>,
}

impl LazyPattern {
    pub fn new(ast: PatternAst<Node>) -> LazyPattern {
        LazyPattern {
            ast,
            compiled: OnceLock::new(),
        }
    }

    fn compiled(&self) -> &Pattern<Node> {
        self.compiled.get_or_init(|| Pattern::new(self.ast.clone()))
    }

    /// Every match in the graph. A pattern whose root operator the graph
    /// lacks matches nothing, so it is not compiled for that.
    pub fn search(&self, g: &Graph) -> Vec<SearchMatches<'_, Node>> {
        if let Some(ENodeOrVar::ENode(root)) = self.ast.as_ref().last()
            && g.classes_for_op(&root.discriminant()).is_none()
        {
            return Vec::new();
        }
        self.compiled().search(g)
    }

    pub fn search_eclass(&self, g: &Graph, class: Id) -> Option<SearchMatches<'_, Node>> {
        self.compiled().search_eclass(g, class)
    }
}

/// Adds a right-hand side for each substitution of a match and merges it
/// with the matched class, as egg applies a pattern: the classes that
/// changed. Nodes are added in the tree's order; a node the graph already
/// holds is found, not added again.
pub fn apply(rhs: &PatternAst<Node>, g: &mut Graph, m: &SearchMatches<Node>) -> Vec<Id> {
    let mut ids: Vec<Id> = Vec::with_capacity(rhs.as_ref().len());
    let mut changed = Vec::new();
    for subst in &m.substs {
        ids.clear();
        for node in rhs.as_ref() {
            let id = match node {
                ENodeOrVar::Var(v) => subst[*v],
                ENodeOrVar::ENode(n) => {
                    let n = n.clone().map_children(|c| ids[usize::from(c)]);
                    g.add(n)
                }
            };
            ids.push(id);
        }
        let Some(&top) = ids.last() else { continue };
        if g.union(top, m.eclass) {
            changed.push(top);
        }
    }
    changed
}
