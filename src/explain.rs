//! `wexlab explain`: every rule that fired on each wasmexport wrapper (and
//! each wasmimport's Go-ABI function), or on one Go function (`--func`),
//! in order, with the term it matched and what it became.

use std::fmt::Write as _;
use std::path::Path;

use egg::{Id, RecExpr};

use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::ir::build::{self, UnitKind};
use crate::ir::lang::{Graph, Node};
use crate::ir::print::render_expr;
use crate::parallel::on_large_stack;
use crate::rewrite::explain::describe;
use crate::rewrite::{self, LowerError, RuleSet, Schedule};

/// Explains every export and import wrapper of the program, or only the one
/// named `only`; with `dot`, writes their e-graphs there for Graphviz.
pub fn explain(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    only: Option<&str>,
    dot: Option<&Path>,
) -> Result<Explained, BuildError> {
    on_large_stack(|| {
        let inputs = driver::with_carried_go(inputs, &options.rules)?;
        let Some(program) = driver::check_program(session, &inputs) else {
            return Err(BuildError::Source);
        };
        let rules = rewrite::load_choice_for(&options.rules, Schedule::Wrappers)?;
        let wrappers = rules.get(Schedule::Wrappers);
        let built = build::build(&program, options.mode);
        let mut out = String::new();
        let mut graphs = Vec::new();
        let mut found = false;
        let mut failed = false;
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
            let (graph, lowered) =
                explain_unit(&mut out, &format!("{what} {name}"), term, wrappers);
            failed |= !lowered;
            if let (Some(g), Some(_)) = (graph, dot) {
                graphs.push((format!("{what} {name}"), g));
            }
        }
        if let Some(name) = only
            && !found
        {
            return Err(BuildError::NoSuchExport(name.to_string()));
        }
        // Like a failed build, a failed explain writes nothing.
        if let (Some(path), false) = (dot, failed) {
            write_dot(path, &graphs)?;
        }
        Ok(Explained { text: out, failed })
    })
}

/// Why a function could not be explained.
#[derive(Debug, thiserror::Error)]
pub enum FunctionError {
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error("the program has no Go function {name} (its functions: {have})")]
    NoSuchFunction { name: String, have: String },
}

/// Explains one Go function: the rules of its schedule (the `--rules` set,
/// lower/ and cleanup/) that fired on its term, by the name of its Go-ABI
/// version (`main.add`, what export wrappers call) or its direct one
/// (`main.add$direct`, what Go code calls); with `dot`, writes its e-graph.
pub fn explain_function(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    name: &str,
    dot: Option<&Path>,
) -> Result<Explained, FunctionError> {
    on_large_stack(|| {
        let program = driver::check_program(session, inputs).ok_or(BuildError::Source)?;
        let rules = rewrite::load_choice_for(&options.rules, Schedule::Functions)
            .map_err(BuildError::from)?;
        let mut built = build::build(&program, options.mode);
        let mut units = std::mem::take(&mut built.units);
        let is_function = |kind: &UnitKind| matches!(kind, UnitKind::Func | UnitKind::Direct);
        let at = units
            .iter()
            .position(|u| u.symbol == name && is_function(&u.kind));
        // A function's terms are built when something first calls it.
        if let Some(at) = at {
            built.build_called(&program, options.mode, &mut units, &[at]);
        }
        let Some(term) = at.and_then(|at| units[at].term.as_ref()) else {
            let have: Vec<&str> = units
                .iter()
                .filter(|u| is_function(&u.kind) && u.symbol.starts_with("main."))
                .map(|u| u.symbol.as_str())
                .collect();
            return Err(FunctionError::NoSuchFunction {
                name: name.to_string(),
                have: have.join(", "),
            });
        };
        let mut out = String::new();
        let title = format!("func {name}");
        let (graph, lowered) = explain_unit(&mut out, &title, term, rules.get(Schedule::Functions));
        if let (Some(path), Some(graph), true) = (dot, graph, lowered) {
            write_dot(path, &[(title, graph)])?;
        }
        Ok(Explained {
            text: out,
            failed: !lowered,
        })
    })
}

fn write_dot(path: &Path, graphs: &[(String, Graph)]) -> Result<(), BuildError> {
    std::fs::write(path, crate::dot::graph(graphs)).map_err(|error| BuildError::Write {
        path: path.display().to_string(),
        error,
    })
}

/// What `explain` shows, and whether some wrapper did not lower.
pub struct Explained {
    pub text: String,
    pub failed: bool,
}

/// Lowers one unit's term recording every firing, and writes them with the
/// term before and after, then the result or where lowering got stuck;
/// returns the e-graph (when the rules finished) and whether it lowered.
fn explain_unit(
    out: &mut String,
    title: &str,
    term: &RecExpr<Node>,
    rules: &RuleSet,
) -> (Option<Graph>, bool) {
    let _ = writeln!(out, "== {title} (rule set {})", rules.name);
    let _ = writeln!(out, "   {}", render_expr(term, root(term)));
    let saturated = match rewrite::saturate(term, rules, true) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(out, "   error: {e}\n");
            return (None, false);
        }
    };
    let g = &saturated.graph;
    let report = &saturated.report;
    describe(out, g, rules, &report.applications);
    let _ = writeln!(
        out,
        "   {} rules fired in {} rounds; e-graph: {} nodes in {} classes",
        report.applications.len(),
        report.rounds,
        g.total_size(),
        g.number_of_classes()
    );
    let lowered = match saturated.extract(rules) {
        Ok(t) => {
            let _ = writeln!(out, "   result: {}", render_expr(&t, root(&t)));
            true
        }
        Err(LowerError::Unlowered(failures)) => {
            for f in failures {
                let _ = writeln!(out, "   error: {}", f.message);
            }
            false
        }
        Err(e) => {
            let _ = writeln!(out, "   error: {e}");
            false
        }
    };
    out.push('\n');
    (Some(saturated.graph), lowered)
}

fn root(term: &RecExpr<Node>) -> Id {
    Id::from(term.as_ref().len() - 1)
}
