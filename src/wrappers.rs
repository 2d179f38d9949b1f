//! The wasmexport wrappers and wasmimport functions of a program as a build
//! lowers them, each beside the term the front end gave the rules: what
//! `wexlab abi` describes and `wexlab diff` compares.

use egg::{Id, RecExpr};

use crate::bodies_go::{self, BodiesError};
use crate::check::hir::Program;
use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::emit::{self, FuncDef, ImportDef};
use crate::ir::build::{self, UnitKind};
use crate::ir::lang::Node;
use crate::mode::Mode;
use crate::parallel::on_large_stack;
use crate::rewrite;

/// Which boundary function a wrapper is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Export(String),
    Import {
        module: String,
        name: String,
        /// The Go function, `main.hostcb`.
        go_symbol: String,
    },
}

impl Kind {
    /// `export add`, `import env.hostcb (main.hostcb)`.
    pub fn title(&self) -> String {
        match self {
            Kind::Export(name) => format!("export {name}"),
            Kind::Import {
                module,
                name,
                go_symbol,
            } => format!("import {module}.{name} ({go_symbol})"),
        }
    }
}

/// One wrapper: the front end's term and the lowered unit.
pub struct Wrapper {
    pub kind: Kind,
    pub input: RecExpr<Node>,
    pub lowered: emit::Lowered,
}

impl Wrapper {
    /// The wasm functions and imports the lowered unit defines.
    pub fn defined(&self) -> Result<(Vec<FuncDef<'_>>, Vec<ImportDef>), BuildError> {
        Ok(emit::collect_units(std::slice::from_ref(&self.lowered))?)
    }
}

/// Compiles the program as `build` does (its diagnostics in the session)
/// and returns the wrappers the module holds: the exports in source order,
/// then the wasmimports the module keeps.
pub fn lower(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Vec<Wrapper>, BuildError> {
    on_large_stack(|| {
        let inputs = driver::with_carried_go(inputs, &options.rules)?;
        let program = driver::check_program(session, &inputs).ok_or(BuildError::Source)?;
        let rules = rewrite::load_choice(&options.rules)?;
        let lowered =
            driver::lower_program(session, &program, &rules, options.mode, options.memoize)?.units;
        Ok(pair(&program, options.mode, lowered))
    })
}

/// The wrappers of any valid Go program as `build --bodies go` lowers them,
/// from the program cut to its directive signatures: every export, then
/// every wasmimport (Go is not run, so which wasmimports its module would
/// drop is not known). A file that does not parse gets wexlab's syntax
/// errors in the session.
pub fn lower_go_bodies(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Vec<Wrapper>, BodiesError> {
    on_large_stack(|| {
        let Some(program) = bodies_go::check_cut(session, inputs, &options.rules)? else {
            driver::check_program(session, inputs);
            return Err(BuildError::Source.into());
        };
        let rules = rewrite::load_choice(&options.rules).map_err(BuildError::from)?;
        let lowered = driver::lower_wrappers(session, &program, &rules, options.mode)?;
        Ok(pair(&program, options.mode, lowered))
    })
}

/// Each wrapper unit of the program beside its lowered unit, when the
/// lowering kept it.
fn pair(program: &Program, mode: Mode, mut lowered: Vec<emit::Lowered>) -> Vec<Wrapper> {
    let mut out = Vec::new();
    for unit in build::build(program, mode).units {
        let (Some(input), true) = (unit.term, unit.kind.is_wrapper()) else {
            continue;
        };
        let is_export = matches!(unit.kind, UnitKind::Export { .. });
        // An export's unit is named by the export, an import's by its
        // Go function; the module keeps only the imports something calls.
        let Some(at) = lowered
            .iter()
            .position(|l| l.symbol == unit.symbol && l.export.is_some() == is_export)
        else {
            continue;
        };
        let kind = match unit.kind {
            UnitKind::Export { name } => Kind::Export(name),
            _ => Kind::Import {
                module: name_at(&input, 0),
                name: name_at(&input, 1),
                go_symbol: unit.symbol.clone(),
            },
        };
        out.push(Wrapper {
            kind,
            input,
            lowered: lowered.swap_remove(at),
        });
    }
    out
}

/// The name that is child `i` of the term's root.
fn name_at(term: &RecExpr<Node>, i: usize) -> String {
    let root = &term[Id::from(term.as_ref().len() - 1)];
    match root {
        Node::Op(_, c) => match &term[c[i]] {
            Node::Name(s) => s.as_str().to_string(),
            other => other.to_string(),
        },
        other => other.to_string(),
    }
}
