//! `cargo bench --bench memory`: time and linear-memory high-water mark of
//! allocation-heavy programs (`benches/memory/`: a reactor export making
//! 1 MB of garbage per call, called 10,000 times; binary trees), wexlab's
//! module against Go 1.27.3's build of the same source, under wasmtime. It
//! runs `benches/memory/compare.py` with the oracle's Python;
//! `WEXLAB_BENCH_QUICK=1` makes 500 calls instead of 10,000.
//!
//! Memory targets are read from this report, never asserted in tests.

mod script;

fn main() {
    script::run("memory", "benches/memory/compare.py");
}
