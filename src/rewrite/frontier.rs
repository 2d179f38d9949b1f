//! Which e-classes a round has to search again.
//!
//! A left-hand side matched at a class reads that class and the classes
//! below it, down to the pattern's height. If none of them changed since
//! the last search, searching there again finds the same matches, and
//! applying them again adds nothing. So after the first round a rule is
//! tried only on the classes within that height above a change: a round
//! costs what the previous one changed, not the size of the e-graph, and a
//! list that the rules rewrite one element per round (the locals of a
//! function, the parameters of a wrapper) stays linear in its length.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

use egg::Id;

use crate::ir::lang::Graph;

/// The e-graph as the last round searched it.
pub struct Frontier {
    /// How many nodes the e-graph had: later ones are new.
    nodes: usize,
    /// Its classes: one that is no longer canonical has been merged.
    classes: Vec<Id>,
}

impl Frontier {
    /// Remembers `g` as searched.
    pub fn searched(g: &Graph) -> Frontier {
        Frontier {
            nodes: g.nodes().len(),
            classes: g.classes().map(|c| c.id).collect(),
        }
    }

    /// The classes where a match that reads `levels` levels of classes
    /// may differ from the searched e-graph's, for each `levels` up to
    /// `max_levels`: each class that gained a node or absorbed another,
    /// at distance 0, and its ancestors, at their distance from the
    /// nearest such class (a match reading `levels` levels differs only
    /// where the distance is below `levels`).
    pub fn dirty(&self, g: &Graph, max_levels: usize) -> Dirty {
        let mut distance: HashMap<Id, usize> =
            self.changed(g).into_iter().map(|c| (c, 0)).collect();
        let mut level: Vec<Id> = distance.keys().copied().collect();
        for d in 1..max_levels {
            let mut above = Vec::new();
            for class in level {
                for parent in g[class].parents() {
                    let parent = g.find(parent);
                    if let Entry::Vacant(e) = distance.entry(parent) {
                        e.insert(d);
                        above.push(parent);
                    }
                }
            }
            level = above;
        }
        Dirty { distance }
    }

    fn changed(&self, g: &Graph) -> Vec<Id> {
        let added = (self.nodes..g.nodes().len()).map(|i| g.find(Id::from(i)));
        let merged = self
            .classes
            .iter()
            .map(|&c| g.find(c))
            .zip(&self.classes)
            .filter(|(now, before)| now != *before)
            .map(|(now, _)| now);
        let mut changed: Vec<Id> = added.chain(merged).collect();
        changed.sort_unstable();
        changed.dedup();
        changed
    }
}

/// The result of [`Frontier::dirty`].
pub struct Dirty {
    distance: HashMap<Id, usize>,
}

impl Dirty {
    /// Whether a match at `class` that reads `levels` levels may have changed.
    pub fn within(&self, class: Id, levels: usize) -> bool {
        self.distance.get(&class).is_some_and(|&d| d < levels)
    }

    /// Marks a class to search with every rule.
    pub fn insert(&mut self, class: Id) {
        self.distance.insert(class, 0);
    }
}
