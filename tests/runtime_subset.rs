//! A build reads only the runtime bodies its program can reach
//! (`runtime::outline`), building again when lowering calls one it left
//! out. That must not change a single byte of any module: every program of
//! the corpora, in its build mode, is built both ways and compared.

mod common;

use std::path::Path;

use libtest_mimic::Arguments;
use wexlab::driver::{FirstBodies, Options};
use wexlab::mode::Mode;

fn build(name: &str, text: &str, mode: Mode, bodies: FirstBodies) -> Result<Vec<u8>, String> {
    let options = Options {
        mode,
        runtime_bodies: bodies,
        ..Options::default()
    };
    common::build_one(name, text, &options)
}

/// Builds one program with the whole runtime and with the bodies it
/// reaches; the whole-runtime build must succeed, and the other must give
/// the same bytes (or, for a program the corpus keeps because it fails, the
/// same failure).
fn check(path: &Path) -> Result<(), String> {
    let (name, text, mode) = common::corpus_program(path);
    let whole = build(&name, &text, mode, FirstBodies::Whole);
    let reached = build(&name, &text, mode, FirstBodies::OwnNames);
    if let Err(e) = &whole {
        return Err(format!("{name} does not build:\n{e}"));
    }
    if whole != reached {
        let why = reached.err().unwrap_or_default();
        return Err(format!(
            "{name} ({mode:?}): leaving out runtime bodies changed the module\n{why}"
        ));
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let trials = common::corpus_trials("runtime_subset", check);
    libtest_mimic::run(&args, trials).exit();
}
