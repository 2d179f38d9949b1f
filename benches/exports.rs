//! Compile time against the number of wasmexport functions.
//!
//! Builds generated files of 1,000 and 10,000 exports (a rotation of
//! signatures over every wasm type, each with a small body that differs
//! from the others of its signature only in a constant, which the memo
//! hides: benches/distinct_bodies.rs times bodies that share nothing)
//! through the whole
//! pipeline: parse, check, one e-graph per function, rules, walrus. The goal
//! (issue 4): 10,000 exports in under 0.5 s in release mode, and time growing
//! linearly with the count — compare the two results' per-export times.
//!
//! `build/exports` runs the pipeline in-process; `cli/exports` runs the
//! `wexlab build` command on the file written to disk, as a user does: a
//! fresh process, whose memory the kernel must first hand out and zero.
//!
//!     cargo bench --bench exports

use std::fmt::Write;

// As in the wexlab binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod timing;

use timing::Bencher;
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;
use wexlab::rewrite::Choice;

/// Signatures the generated exports cycle through: (parameters, result, body).
const SHAPES: &[(&str, &str, &str)] = &[
    ("a, b int32", "int32", "return a*b + N"),
    (
        "a int64, f float64, g float32, p uint32",
        "float64",
        "return f + float64(g) + float64(a) + N",
    ),
    ("x uint64", "uint64", "return x>>3 ^ N"),
    ("", "", "counter += N"),
    ("b bool, x int32", "bool", "return b && x > N"),
    (
        "p unsafe.Pointer, n uintptr",
        "uintptr",
        "return uintptr(p) + n + N",
    ),
    ("s string, n int32", "int64", "return int64(n) + N"),
    ("f float32", "float32", "return f * N"),
];

fn generate(count: usize) -> String {
    let mut src = String::from("package main\n\nimport \"unsafe\"\n\nvar counter int64\n\n");
    for i in 0..count {
        let (params, result, body) = SHAPES[i % SHAPES.len()];
        let body = body.replace('N', &(i % 1000 + 1).to_string());
        writeln!(
            src,
            "//go:wasmexport e{i}\nfunc e{i}({params}) {result} {{\n\t{body}\n}}\n"
        )
        .unwrap();
    }
    src.push_str("func main() {}\n");
    src
}

fn build(source: &str) -> usize {
    let inputs = [SourceInput {
        path: "exports.go".to_string(),
        text: source.to_string(),
    }];
    let mut session = Session::default();
    let options = Options {
        mode: Mode::CShared,
        rules: Choice::default(),
        ..Options::default()
    };
    match driver::build(&mut session, &inputs, &options) {
        Ok(wasm) => wasm.len(),
        Err(e) => panic!(
            "the generated file does not build: {e}\n{}",
            session.diagnostics.render(&session.sources)
        ),
    }
}

fn exports(bencher: &Bencher) {
    wexlab::memory::keep_freed_memory();
    for count in [1_000, 10_000] {
        let source = generate(count);
        bencher.run(
            &format!("build/exports/{count}"),
            10,
            Some(count as u64),
            || {
                build(&source);
            },
        );
    }
}

fn command(bencher: &Bencher) {
    let dir = std::env::temp_dir().join(format!("wexlab-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for count in [1_000, 10_000] {
        let path = dir.join(format!("exports{count}.go"));
        std::fs::write(&path, generate(count)).expect("the generated file is written");
        let output = dir.join(format!("exports{count}.wasm"));
        bencher.run(
            &format!("cli/exports/{count}"),
            10,
            Some(count as u64),
            || {
                let status = std::process::Command::new(env!("CARGO_BIN_EXE_wexlab"))
                    .arg("build")
                    .arg(&path)
                    // Compile time, not a warm cache's memo.
                    .env("WEXLAB_CACHE", "off")
                    .args(["--buildmode", "c-shared", "-o"])
                    .arg(&output)
                    .status()
                    .expect("wexlab runs");
                assert!(
                    status.success(),
                    "wexlab build failed on {}",
                    path.display()
                );
            },
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    let bencher = Bencher::from_args();
    exports(&bencher);
    command(&bencher);
}
