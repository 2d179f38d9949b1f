//! `cargo bench --bench memory`: time and linear-memory high-water mark of
//! allocation-heavy programs (`benches/memory/`: a reactor export making
//! 1 MB of garbage per call, called 10,000 times; binary trees), wexlab's
//! module against Go 1.27.3's build of the same source, under wasmtime. It
//! runs `benches/memory/compare.py` with the oracle's Python;
//! `WEXLAB_BENCH_QUICK=1` makes 500 calls instead of 10,000.
//!
//! Memory targets are read from this report, never asserted in tests.

use std::path::Path;
use std::process::Command;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".oracle/bin/python");
    if !python.exists() {
        println!(
            "memory: skipped: {} is missing (`cargo test --test oracle` installs the oracle, \
             see docs/oracle.md)",
            python.display()
        );
        return;
    }
    let mut cmd = Command::new(&python);
    cmd.arg(root.join("benches/memory/compare.py"))
        .arg("--wexlab")
        .arg(env!("CARGO_BIN_EXE_wexlab"));
    if std::env::var_os("WEXLAB_BENCH_QUICK").is_some() {
        cmd.arg("--quick");
    }
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("memory: compare.py failed ({s})");
            std::process::exit(1);
        }
        Err(e) => println!("memory: skipped: cannot run {}: {e}", python.display()),
    }
}
