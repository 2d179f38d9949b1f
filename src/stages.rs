//! `wexlab build --emit tokens|ast|hir|terms|lowered`: what one stage of
//! the pipeline made of the program, as stable text: the lexer's tokens,
//! the syntax tree (`ast.rs`), the checked program (`hir.rs`), the front
//! end's terms (what the rules are given), and the lowered terms (what the
//! emitter is given): the program's own units (its exports, imports, entry
//! point and package main's functions; the runtime's are left out), or any
//! one unit (`--export NAME`, `--func NAME`).

pub mod ast;
mod hir;
mod text;

use std::fmt::Write as _;

use egg::{Id, RecExpr};

use crate::diag::SourceMap;
use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::ir::build::{self, UnitKind};
use crate::ir::lang::Node;
use crate::ir::print::render_lines;
use crate::parallel::on_large_stack;
use crate::rewrite;
use crate::syntax::lexer;

/// Columns of a term's line before it breaks over several.
const WIDTH: usize = 100;

/// A stage whose output is text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The tokens of each file, automatic semicolons included.
    Tokens,
    /// The syntax tree of each of the user's files.
    Ast,
    /// The checked program: package main's variables and functions.
    Hir,
    /// The term of each unit as the front end builds it.
    Terms,
    /// The term of each unit the module keeps, as the rules lowered it.
    Lowered,
}

/// One unit: the wrapper of export NAME (`export`), or the function NAME.
#[derive(Clone, Copy, Debug)]
pub struct Only<'a> {
    pub name: &'a str,
    pub export: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StageError {
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error("the program has no {what} {name} (it has: {have})")]
    NoSuchUnit {
        what: &'static str,
        name: String,
        have: String,
    },
}

/// The text of `stage` for the program, or of its one unit `only`.
pub fn show(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    stage: Stage,
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    match stage {
        Stage::Tokens => Ok(tokens(inputs)),
        Stage::Ast => on_large_stack(|| ast::show(session, inputs, only)),
        Stage::Hir => on_large_stack(|| hir::show(session, inputs, only)),
        Stage::Terms => on_large_stack(|| terms(session, inputs, options, only)),
        Stage::Lowered => on_large_stack(|| lowered(session, inputs, options, only)),
    }
}

/// `path:line:col  token` a line, tokens named as Go's parser names them
/// in its messages (`name add`, `literal 2`, `newline` for an automatic
/// semicolon).
fn tokens(inputs: &[SourceInput]) -> String {
    let mut sources = SourceMap::default();
    let mut out = String::new();
    for input in inputs {
        let file = sources.add(input.path.clone(), input.text.clone());
        let lexed = lexer::lex(file, &input.text);
        for (start, token, _) in &lexed.tokens {
            let (line, col) = sources.file(file).line_col(*start as u32);
            let _ = writeln!(out, "{}:{line}:{col}  {}", input.path, token.describe());
        }
    }
    out
}

/// The error for a unit the program lacks, naming those it has.
fn no_such_unit(only: Only<'_>, have: impl Iterator<Item = String>) -> StageError {
    StageError::NoSuchUnit {
        what: if only.export {
            "wasmexport"
        } else {
            "function"
        },
        name: only.name.to_string(),
        have: have.collect::<Vec<_>>().join(", "),
    }
}

/// A unit's title: `export add`, `import main.hostcb`, `func main.add`,
/// `entry _initialize`.
fn title(kind: &UnitKind, symbol: &str) -> String {
    match kind {
        UnitKind::Export { name } => format!("export {name}"),
        UnitKind::Import => format!("import {symbol}"),
        UnitKind::Entry => format!("entry {symbol}"),
        UnitKind::Func | UnitKind::Direct => format!("func {symbol}"),
    }
}

/// Whether a unit is the program's own rather than the runtime's.
fn programs_own(kind: &UnitKind, symbol: &str) -> bool {
    !matches!(kind, UnitKind::Func | UnitKind::Direct) || symbol.starts_with("main.")
}

/// Whether a unit is the one asked for (the program's own units when none
/// is).
fn selected(only: Option<Only<'_>>, kind: &UnitKind, symbol: &str) -> bool {
    match (only, kind) {
        (None, _) => programs_own(kind, symbol),
        (Some(o), UnitKind::Export { name }) => o.export && o.name == name,
        (Some(o), _) => !o.export && o.name == symbol,
    }
}

/// The units' texts, each under `;; TITLE`, a blank line between; an error
/// naming the program's own units when the one asked for is not among
/// them.
fn listing(
    units: Vec<(UnitKind, String, RecExpr<Node>)>,
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    let mut out = Vec::new();
    for (kind, symbol, term) in &units {
        if selected(only, kind, symbol) {
            let root = Id::from(term.as_ref().len() - 1);
            out.push(format!(
                ";; {}\n{}",
                title(kind, symbol),
                render_lines(term, root, WIDTH)
            ));
        }
    }
    match only {
        Some(o) if out.is_empty() => {
            let have: Vec<String> = units
                .iter()
                .filter(|(kind, symbol, _)| {
                    programs_own(kind, symbol)
                        && o.export == matches!(kind, UnitKind::Export { .. })
                })
                .map(|(kind, symbol, _)| match kind {
                    UnitKind::Export { name } => name.clone(),
                    _ => symbol.clone(),
                })
                .collect();
            Err(StageError::NoSuchUnit {
                what: if o.export { "wasmexport" } else { "function" },
                name: o.name.to_string(),
                have: have.join(", "),
            })
        }
        _ => Ok(out.join("\n")),
    }
}

/// The front end's terms, in the order the builder makes them: the Go-ABI
/// version of every function. Direct versions are built only when
/// something calls them, during lowering: they are not here.
fn terms(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    let program = driver::check_program(session, inputs).ok_or(BuildError::Source)?;
    let mut built = build::build(&program, options.mode);
    // Go-ABI versions are built when something calls them; here, all.
    let mut units = std::mem::take(&mut built.units);
    let go_abi: Vec<usize> = (0..units.len())
        .filter(|&i| units[i].kind == build::UnitKind::Func)
        .collect();
    built.build_called(&program, options.mode, &mut units, &go_abi);
    let units = units
        .into_iter()
        .filter_map(|u| Some((u.kind, u.symbol, u.term?)))
        .collect();
    listing(units, only)
}

/// The lowered terms of the units the module keeps, in module order.
fn lowered(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    let program = driver::check_program(session, inputs).ok_or(BuildError::Source)?;
    let rules = rewrite::load_choice(&options.rules).map_err(BuildError::from)?;
    let lowered = driver::lower_program(session, &program, &rules, options.mode, options.memoize)?;
    let units = lowered
        .units
        .into_iter()
        .map(|l| {
            let kind = match (l.export, l.entry) {
                (Some(name), _) => UnitKind::Export { name },
                (None, true) => UnitKind::Entry,
                (None, false) => UnitKind::Func,
            };
            (kind, l.symbol, l.term.expr())
        })
        .collect();
    listing(units, only)
}
