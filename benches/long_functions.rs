//! Compile time of one long function against its length: a function must
//! lower in time roughly linear in its size, whatever the shipped rules do
//! with it. Two shapes: at 1,000, 4,000 and 16,000 statements
//! `x = x*31 + i` (scalar arithmetic, one e-graph for the whole body) and
//! `s += g + "x"` (string concatenations: runtime calls that allocate, so
//! the collector's roots are stored before each), the latter at 1,000,
//! 2,000 and 4,000 (each statement keeps its temporaries in wasm locals of
//! their own, and 16,000 of them pass wasm's 50,000 locals). The time per
//! statement should stay about the same from one length to the next.
//!
//!     cargo bench --bench long_functions

use std::fmt::Write;

// As in the wexlab binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod timing;

use timing::Bencher;
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;

/// (name, lengths, declarations before the function, the function's result
/// type, its first statement, the repeated statement, its return statement).
type Shape = (
    &'static str,
    [usize; 3],
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const SHAPES: &[Shape] = &[
    (
        "scalar",
        [1_000, 4_000, 16_000],
        "",
        "int64",
        "x := int64(1)",
        "x = x*31 + i",
        "return x",
    ),
    (
        "strings",
        [1_000, 2_000, 4_000],
        "var g = \"ab\"\n\n",
        "int64",
        "s := \"\"",
        "s += g + \"x\"",
        "return int64(len(s))",
    ),
];

fn generate(shape: &Shape, statements: usize) -> String {
    let (_, _, decls, result, first, repeated, last) = shape;
    let mut src = format!(
        "package main\n\n{decls}//go:wasmexport f\nfunc f(i int64) {result} {{\n\t{first}\n"
    );
    for _ in 0..statements {
        writeln!(src, "\t{repeated}").unwrap();
    }
    write!(src, "\t{last}\n}}\n\nfunc main() {{}}\n").unwrap();
    src
}

fn build(source: &str) {
    let inputs = [SourceInput {
        path: "long.go".to_string(),
        text: source.to_string(),
    }];
    let mut session = Session::default();
    let options = Options {
        mode: Mode::CShared,
        ..Options::default()
    };
    if let Err(e) = driver::build(&mut session, &inputs, &options) {
        panic!(
            "the generated function does not build: {e}\n{}",
            session.diagnostics.render(&session.sources)
        );
    }
}

fn main() {
    let bencher = Bencher::from_args();
    wexlab::memory::keep_freed_memory();
    for shape in SHAPES {
        for statements in shape.1 {
            let source = generate(shape, statements);
            bencher.run(
                &format!("long/{}/{statements}", shape.0),
                3,
                Some(statements as u64),
                || build(&source),
            );
        }
    }
}
