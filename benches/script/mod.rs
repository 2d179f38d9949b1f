//! Runs a bench's comparison script with the oracle's Python (which has
//! the `wasmtime` package), passing it the wexlab binary and
//! `--quick` when `WEXLAB_BENCH_QUICK` is set. Without the oracle it says
//! what is missing and returns; a script that fails ends the bench.

use std::path::Path;
use std::process::Command;

/// Runs `script` (relative to the crate) for the bench `name`.
pub fn run(name: &str, script: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".oracle/bin/python");
    if !python.exists() {
        println!(
            "{name}: skipped the comparison with Go: {} is missing \
             (`cargo test --test oracle` installs the oracle, see docs/oracle.md)",
            python.display()
        );
        return;
    }
    let mut cmd = Command::new(&python);
    cmd.arg(root.join(script))
        .arg("--wexlab")
        .arg(env!("CARGO_BIN_EXE_wexlab"))
        .env("WEXLAB_CACHE", "off");
    if std::env::var_os("WEXLAB_BENCH_QUICK").is_some() {
        cmd.arg("--quick");
    }
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("{name}: {script} failed ({s})");
            std::process::exit(1);
        }
        Err(e) => println!("{name}: skipped: cannot run {}: {e}", python.display()),
    }
}
