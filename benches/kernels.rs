//! `cargo bench --bench kernels`: the speed and size of wexlab's modules.
//!
//! 1. Runs `benches/kernels/compare.py` with the oracle's Python (it has the
//!    `wasmtime` package): the compute kernels of `examples/kernels.go`
//!    (prime counting, Collatz, recursive Fibonacci), the array kernels
//!    of `benches/kernels/arrays.go` (sieve, matrix multiply, insertion
//!    sorts, CRC-32, window sums) and those of `benches/kernels/mixed.go`
//!    (recursions, floats, strings), timed under wasmtime in wexlab's
//!    module, in Go 1.27.3's build of the same source and in clang-16's
//!    build of the same kernels in C, with the ratios and the module
//!    sizes. The modules' results are checked equal first; if they differ
//!    the bench fails.
//!    Without the oracle or clang it says what is missing and goes on;
//!    `WEXLAB_BENCH_QUICK=1` uses small inputs.
//! 2. Times wexlab compiling `examples/kernels.go`,
//!    `benches/kernels/arrays.go` and `benches/kernels/mixed.go`.
//!
//! Speed targets are read from this report, never asserted in tests.

use std::path::Path;

mod script;
mod timing;

use timing::Bencher;
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;

fn compile(bencher: &Bencher, file: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let inputs = [SourceInput { path: name, text }];
    let options = Options {
        mode: Mode::CShared,
        ..Options::default()
    };
    bencher.run(&format!("compile {file}"), 20, None, || {
        let mut session = Session::default();
        driver::build(&mut session, &inputs, &options).expect("the kernels build");
    });
}

fn main() {
    script::run("kernels", "benches/kernels/compare.py");
    let bencher = Bencher::from_args();
    compile(&bencher, "examples/kernels.go");
    compile(&bencher, "benches/kernels/arrays.go");
    compile(&bencher, "benches/kernels/mixed.go");
}
