//! The rule firings of one recorded rewriting, as `wexlab explain` prints
//! them: each rule in order, with the term it matched and what it became.

use std::fmt::Write as _;

use egg::{ENodeOrVar, Id, Language, PatternAst};

use super::RuleSet;
use super::extract::render;
use super::run::Application;
use crate::ir::lang::Graph;
use crate::ir::print::render_node;

/// Renders a pattern with its variables replaced by the terms they matched.
fn instantiate(
    g: &Graph,
    pattern: &PatternAst<crate::ir::lang::Node>,
    subst: &egg::Subst,
) -> String {
    fn go(
        g: &Graph,
        p: &PatternAst<crate::ir::lang::Node>,
        id: Id,
        subst: &egg::Subst,
        out: &mut String,
    ) {
        match &p[id] {
            ENodeOrVar::Var(v) => match subst.get(*v) {
                Some(c) => out.push_str(&render(g, *c, 3)),
                None => out.push_str(&v.to_string()),
            },
            ENodeOrVar::ENode(n) => {
                render_node(n, out, |c, out| go(g, p, c, subst, out));
                let _ = n.children();
            }
        }
    }
    let mut s = String::new();
    let root = Id::from(pattern.as_ref().len() - 1);
    go(g, pattern, root, subst, &mut s);
    s
}

/// Writes each application, numbered, with its rule's origin and round.
pub fn describe(out: &mut String, g: &Graph, rules: &RuleSet, apps: &[Application]) {
    for (n, a) in apps.iter().enumerate() {
        let rule = &rules.rules[a.rule];
        let _ = writeln!(
            out,
            "{:>3}. {} ({}), round {}",
            n + 1,
            rule.name,
            rule.origin,
            a.round + 1
        );
        let _ = writeln!(out, "       {}", instantiate(g, &rule.lhs.ast, &a.subst));
        let _ = writeln!(out, "    => {}", instantiate(g, &rule.rhs, &a.subst));
    }
}
