//! E-graphs as one Graphviz graph: each wrapper a labelled cluster, each of
//! its e-classes a dotted cluster inside it, each node a box whose edges
//! point at the classes of its children. One graph for every wrapper,
//! because Graphviz reads only the first graph of a file.

use std::fmt::Write as _;

use egg::{EClass, Language as _};

use crate::ir::fold::Value;
use crate::ir::lang::{Graph, Node};

/// `units`: each wrapper's title (`export add`) and e-graph.
pub fn graph(units: &[(String, Graph)]) -> String {
    let mut out = String::from("digraph wexlab {\n  compound=true\n  clusterrank=local\n");
    for (u, (title, g)) in units.iter().enumerate() {
        let _ = writeln!(
            out,
            "  subgraph cluster_u{u} {{\n    label=\"{}\"",
            escape(title)
        );
        let classes = classes(g);
        for class in &classes {
            let _ = writeln!(
                out,
                "    subgraph cluster_u{u}_{} {{\n      style=dotted",
                class.id
            );
            for (i, node) in class.iter().enumerate() {
                let label = escape(&node.to_string());
                let _ = writeln!(out, "      u{u}_{}_{i}[label=\"{label}\"]", class.id);
            }
            out.push_str("    }\n");
        }
        out.push_str("  }\n");
        for class in &classes {
            for (i, node) in class.iter().enumerate() {
                for (arg, child) in node.children().iter().enumerate() {
                    let child = g.find(*child);
                    let _ = writeln!(
                        out,
                        "  u{u}_{}_{i} -> u{u}_{child}_0 [lhead=cluster_u{u}_{child}, label=\"{arg}\"]",
                        class.id
                    );
                }
            }
        }
    }
    out.push_str("}\n");
    out
}

/// The classes by id, so that the text is the same at every run.
fn classes(g: &Graph) -> Vec<&EClass<Node, Value>> {
    let mut classes: Vec<_> = g.classes().collect();
    classes.sort_by_key(|c| c.id);
    classes
}

/// A label inside double quotes: Graphviz reads `\` and `"` as escapes.
fn escape(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}
