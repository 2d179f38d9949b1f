//! `wexlab explain`: every rule that fired on each wasmexport wrapper (and
//! each wasmimport's Go-ABI function), in order, with the term it matched
//! and what it became.

use std::fmt::Write as _;
use std::path::Path;

use egg::{ENodeOrVar, Id, Language, PatternAst};

use super::extract::render;
use super::run::Application;
use super::{RuleSet, lower};
use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::ir::build::{self, UnitKind};
use crate::ir::lang::Graph;

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
                super::extract::render_node(n, out, |c, out| go(g, p, c, subst, out));
                let _ = n.children();
            }
        }
    }
    let mut s = String::new();
    let root = Id::from(pattern.as_ref().len() - 1);
    go(g, pattern, root, subst, &mut s);
    s
}

fn describe(out: &mut String, g: &Graph, rules: &RuleSet, apps: &[Application]) {
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
        let _ = writeln!(out, "    => {}", instantiate(g, &rule.rhs.ast, &a.subst));
    }
}

pub fn explain(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    only: Option<&str>,
    dot: Option<&Path>,
) -> Result<String, BuildError> {
    crate::parallel::on_large_stack(|| explain_here(session, inputs, options, only, dot))
}

fn explain_here(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    only: Option<&str>,
    dot: Option<&Path>,
) -> Result<String, BuildError> {
    let Some(program) = driver::check_program(session, inputs) else {
        return Err(BuildError::Source);
    };
    // Wrappers are lowered without the cleanup rules, as in a build.
    let rules = super::load_wrapper_choice(&options.rules)?;
    let built = build::build(&program, options.mode);
    let mut out = String::new();
    let mut dots = String::new();
    let mut found = false;
    for unit in &built.units {
        let (what, name) = match &unit.kind {
            UnitKind::Export { name } => ("export", name.as_str()),
            UnitKind::Import => ("import", unit.symbol.as_str()),
            _ => continue,
        };
        let Some(term) = &unit.term else { continue };
        if only.is_some_and(|o| o != name) {
            continue;
        }
        found = true;
        let _ = writeln!(out, "== {what} {name} (rule set {})", rules.name);
        let _ = writeln!(
            out,
            "   {}",
            super::extract::render_expr(term, Id::from(term.as_ref().len() - 1))
        );
        match lower(term, &rules, true) {
            Ok(l) => {
                let g = l.graph.as_ref().expect("recorded");
                describe(&mut out, g, &rules, &l.report.applications);
                let _ = writeln!(
                    out,
                    "   {} rules fired in {} rounds; e-graph: {} nodes in {} classes",
                    l.report.applications.len(),
                    l.report.rounds,
                    g.total_size(),
                    g.number_of_classes()
                );
                let _ = writeln!(
                    out,
                    "   result: {}",
                    super::extract::render_expr(&l.term, Id::from(l.term.as_ref().len() - 1))
                );
                if dot.is_some() {
                    let _ = writeln!(dots, "// {what} {name}\n{}", g.dot());
                }
            }
            Err(super::LowerError::Unlowered(failures)) => {
                for f in failures {
                    let _ = writeln!(out, "   error: {}", f.message);
                }
            }
            Err(e) => {
                let _ = writeln!(out, "   error: {e}");
            }
        }
        out.push('\n');
    }
    if let Some(name) = only
        && !found
    {
        return Err(BuildError::NoSuchExport(name.to_string()));
    }
    if let Some(path) = dot {
        std::fs::write(path, dots).map_err(|error| BuildError::Write {
            path: path.display().to_string(),
            error,
        })?;
    }
    Ok(out)
}
