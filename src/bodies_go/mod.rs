//! `wexlab build --bodies go`: the Go toolchain compiles the program, and
//! wexlab's rules lower its wrappers.
//!
//! Three steps: wexlab's front end reads what the wasmexport and
//! wasmimport signatures need ([`signatures`]) and the selected rule set
//! lowers their `export` and `import` terms, the same terms as in the
//! default mode; Go builds the module ([`toolchain`]); the lowered wrappers
//! replace Go's in Go's module, every other function left as Go wrote it
//! (`emit::replace_wrappers`). The directive checks run before Go is
//! called, so a program they reject never reaches it.

pub mod signatures;
pub mod toolchain;
pub mod wasi;

use std::path::{Path, PathBuf};

use crate::check::hir::Program;
use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::emit::{self, EmitError, Lowered};
use crate::mode::Mode;
use crate::parallel::on_large_stack;
use crate::rewrite;
pub use signatures::{Cut, ForeignType};
pub use toolchain::GoError;

/// Why a `--bodies go` build produced no module.
#[derive(Debug, thiserror::Error)]
pub enum BodiesError {
    #[error("{0}")]
    Foreign(#[from] ForeignType),
    /// wexlab's own front end or rules (diagnostics in the session).
    #[error("{0}")]
    Front(#[from] BuildError),
    #[error("{0}")]
    Go(#[from] GoError),
    #[error("{0}")]
    Emit(#[from] EmitError),
    /// Go's toolchain would not compile the Go code a rule set carries, and
    /// the signatures such a set exists for are ones Go refuses.
    #[error(
        "rule set {rules} carries Go code ({files}) that only wexlab compiles, and --bodies go builds with Go's toolchain: build with --bodies wexlab"
    )]
    CarriedGo { rules: String, files: String },
}

/// The wrappers of a program, lowered by the rules of `options` from the
/// signatures alone: wexlab's part of a `--bodies go` build before Go runs.
/// `Ok(None)` when a file does not parse: Go then says why in its words.
pub fn lower_wrappers(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Option<Vec<Lowered>>, BodiesError> {
    on_large_stack(|| {
        let Some(program) = check_cut(session, inputs, &options.rules)? else {
            return Ok(None);
        };
        let rules = rewrite::load_choice(&options.rules).map_err(BuildError::from)?;
        let lowered = session.time("rewrite", |s| {
            driver::lower_wrappers(s, &program, &rules, options.mode)
        })?;
        Ok(Some(lowered))
    })
}

/// The program cut to its directive signatures, checked by wexlab's front
/// end (the directive checks run here). `Ok(None)` when a file does not
/// parse.
pub fn check_cut(
    session: &mut Session,
    inputs: &[SourceInput],
    rules: &rewrite::Choice,
) -> Result<Option<Program>, BodiesError> {
    refuse_carried_go(rules)?;
    let Cut::Sources(cut) = session.time("cut", |_| signatures::cut(inputs))? else {
        return Ok(None);
    };
    let program = session.time("parse and check", |s| driver::check_program(s, &cut));
    Ok(Some(program.ok_or(BuildError::Source)?))
}

fn refuse_carried_go(rules: &rewrite::Choice) -> Result<(), BodiesError> {
    let carried = rewrite::go_files_of(&rules.abi).map_err(BuildError::from)?;
    if carried.is_empty() {
        return Ok(());
    }
    let files: Vec<String> = carried.into_iter().map(|f| f.path).collect();
    Err(BodiesError::CarriedGo {
        rules: rules.abi.label(),
        files: files.join(", "),
    })
}

/// Builds the program with Go (`go`, on `package`: the directory or files
/// that hold `inputs`) and
/// replaces its wrappers with the ones the rules lower.
pub fn build(
    session: &mut Session,
    inputs: &[SourceInput],
    package: &[PathBuf],
    go: &std::path::Path,
    options: &Options,
) -> Result<Vec<u8>, BodiesError> {
    let wrappers = lower_wrappers(session, inputs, options)?;
    let module = session.time("go build", |_| {
        toolchain::go_build(go, package, options.mode)
    })?;
    let Some(wrappers) = wrappers else {
        // Go built what wexlab's parser rejects: wexlab's own errors say
        // where it disagrees.
        driver::check_program(session, inputs);
        return Err(BuildError::Source.into());
    };
    let out = session.time("splice", |_| {
        emit::replace_wrappers(&module, &wrappers, options.names)
    })?;
    Ok(out)
}

/// One module per set of lowered wrappers, each spliced into the one module
/// Go builds of `package`: what `build --bodies go` makes under each rule
/// set, with Go run once.
pub fn build_with_each(
    package: &[PathBuf],
    go: &Path,
    mode: Mode,
    wrapper_sets: &[Vec<Lowered>],
) -> Result<Vec<Vec<u8>>, BodiesError> {
    let module = toolchain::go_build(go, package, mode)?;
    wrapper_sets
        .iter()
        .map(|wrappers| Ok(emit::replace_wrappers(&module, wrappers, false)?))
        .collect()
}
