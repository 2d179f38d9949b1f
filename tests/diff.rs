//! `wexlab diff`: a copy of rules/go with one rule rewritten to an
//! equivalent form passes `--run`, one with a rule that changes behaviour
//! fails it naming the export and the arguments; listings, statuses and
//! errors.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of rules/go in the test's own folder, with `old` replaced by `new`
/// in wrapper.rules.
fn variant(name: &str, old: &str, new: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["import.rules", "types.rules", "wrapper.rules"] {
        let text = std::fs::read_to_string(common::root().join("rules/go").join(file)).unwrap();
        let text = if file == "wrapper.rules" {
            assert!(text.contains(old), "rules/go/wrapper.rules holds {old}");
            text.replace(old, new)
        } else {
            text
        };
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// SP -= FRAME written as SP += -FRAME.
fn equivalent() -> PathBuf {
    variant(
        "equivalent",
        "=> (global.set $SP (i32.sub (global.get $SP) (i32.const ?frame))))",
        "=> (global.set $SP (i32.add (global.get $SP) (i32.const (calc.sub 0 ?frame)))))",
    )
}

/// int64 parameters stored in 4 bytes only.
fn truncating() -> PathBuf {
    variant(
        "truncating",
        "=> (i32.store|i64.store|f32.store|f64.store ?off (global.get $SP) (local.get ?local)))",
        "=> (i32.store|i64.store32|f32.store|f64.store ?off (global.get $SP) (local.get ?local)))",
    )
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn diff(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wexlab"))
        .arg("diff")
        .args(args)
        .current_dir(common::root())
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().expect("an exit status"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn an_equivalent_rule_changes_the_listing_but_no_behaviour() {
    let rules = equivalent();
    let rules = rules.to_str().unwrap();
    let r = diff(&[
        "examples/add.go",
        "--rules",
        "go",
        "--rules",
        rules,
        "--run",
        "200",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let hunk = format!(
        "--- go: export add\n+++ {rules}: export add\n@@ -7,7 +7,7 @@\n     nil\n     (seq\n       (if (i32.eqz (global.get $SP)) (call $runtime.notInitialized))\n-      (global.set $SP (i32.sub (global.get $SP) (i32.const 16)))\n+      (global.set $SP (i32.add (global.get $SP) (i32.const -16)))\n"
    );
    assert!(r.stdout.starts_with(&hunk), "{}", r.stdout);
    // The frameless wrapper (nothing) has no prologue: no diff.
    assert!(!r.stdout.contains("export nothing"), "{}", r.stdout);
    assert!(
        r.stdout.ends_with(
            "no behaviour differs: 3 export(s) called with 200 argument tuple(s) each\n"
        ),
        "{}",
        r.stdout
    );
    // Without --run, a listing that differs is the answer.
    assert_eq!(
        diff(&["examples/add.go", "--rules", "go", "--rules", rules]).code,
        1
    );
}

#[test]
fn a_changed_behaviour_names_the_export_and_the_arguments() {
    let rules = truncating();
    let rules = rules.to_str().unwrap();
    let r = diff(&[
        "examples/add.go",
        "--rules",
        "go",
        "--rules",
        rules,
        "--run",
        "50",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    // Tuples (0 0 0 0) and (1 1 1 1) agree; -1 needs all 8 bytes.
    let report = format!(
        "behaviour differs: export mix (i64 f64 f32 i32) -> (f64)\n  arguments: -1 -1 -1 -1\n  --rules go: returned 4294967292\n  --rules {rules}: returned 8589934588\n"
    );
    assert!(r.stdout.ends_with(&report), "{}", r.stdout);
    assert!(r.stdout.contains(
        "-        (i64.store 0 (global.get $SP) (local.get 0))\n+        (i64.store32 0"
    ));
}

#[test]
fn the_same_rules_give_no_diff() {
    let r = diff(&[
        "tests/corpus/abi/smallint/widths.go",
        "--rules",
        "smallint",
        "--rules",
        "smallint",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    // Sets that agree on a program: go's and smallint's wrappers of int32
    // functions are the same.
    let r = diff(&[
        "examples/add.go",
        "--rules",
        "go",
        "--rules",
        "smallint",
        "--run",
        "30",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(
        r.stdout,
        "no behaviour differs: 3 export(s) called with 30 argument tuple(s) each\n"
    );
}

#[test]
fn imports_answer_zeros_in_both_modules() {
    let r = diff(&[
        "tests/corpus/abi/multivalue/imports.go",
        "--rules",
        "multivalue",
        "--rules",
        "multivalue",
        "--run",
        "20",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("6 export(s) called"), "{}", r.stdout);
}

#[test]
fn errors_exit_2() {
    let one = diff(&["examples/add.go", "--rules", "go"]);
    assert_eq!(one.code, 2);
    assert!(
        one.stderr.contains("give --rules A --rules B (1 given)"),
        "{}",
        one.stderr
    );
    // Several results build under multivalue only.
    let r = diff(&[
        "tests/corpus/abi/multivalue/exports.go",
        "--rules",
        "multivalue",
        "--rules",
        "go",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("go:wasmexport: too many return values"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("wexlab: the program does not build with --rules go\n"),
        "{}",
        r.stderr
    );
    let missing = diff(&[
        "examples/add.go",
        "--rules",
        "go",
        "--rules",
        "no/such/folder",
    ]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
}

#[test]
fn an_export_that_does_not_return_stops_the_run() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff")
        .join("spin");
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("spin.go");
    // 0 stays 0 for ever.
    std::fs::write(
        &program,
        "package main\n\n//go:wasmexport spin\nfunc spin(n int32) int32 {\n\tfor n >= 0 {\n\t\tn /= 2\n\t}\n\treturn n\n}\n\nfunc main() {}\n",
    )
    .unwrap();
    let program = program.to_str().unwrap();
    let r = diff(&[program, "--rules", "go", "--rules", "seed", "--run", "5"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert_eq!(
        r.stderr,
        "wexlab: export spin did not return within 268435456 units of work under --rules go for arguments 0\n"
    );
}
