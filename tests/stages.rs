//! `wexlab build --emit tokens|terms|lowered` and `--export`/`--func`, run
//! as a user runs them (the snapshots of every stage on the examples are
//! in tests/golden.rs), and `explain --func`.

use std::path::{Path, PathBuf};
use std::process::Command;

const ADD: &str = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n";

fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("stages")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("add.go"), ADD).unwrap();
    dir
}

fn wexlab(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wexlab"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn one_unit_of_each_stage() {
    let dir = scratch("one");
    let (code, terms, _) = wexlab(
        &dir,
        &["build", "add.go", "--emit", "terms", "--export", "add"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        terms,
        ";; export add\n(export $add $main.add 16\n  (cons (param int32 0 $int32) (cons (param int32 4 $int32) nil))\n  (cons (result int32 8 $int32) nil)\n)\n"
    );
    let (code, lowered, _) = wexlab(
        &dir,
        &["build", "add.go", "--emit", "lowered", "--func", "main.add"],
    );
    assert_eq!(code, 0);
    assert!(
        lowered.starts_with(";; func main.add\n(wasm.func $main.add\n"),
        "{lowered}"
    );
    assert!(!lowered.contains(";; export"), "{lowered}");
    let (code, tokens, _) = wexlab(&dir, &["build", "add.go", "--emit", "tokens"]);
    assert_eq!(code, 0);
    assert!(
        tokens.starts_with(
            "add.go:1:1  keyword package\nadd.go:1:9  name main\nadd.go:1:13  newline\n"
        ),
        "{tokens}"
    );
    // Nothing else is written.
    assert!(!dir.join("add.wasm").exists());
}

#[test]
fn a_stage_goes_to_o_and_nothing_is_written_on_errors() {
    let dir = scratch("output");
    let (code, out, _) = wexlab(
        &dir,
        &["build", "add.go", "--emit", "lowered", "-o", "out/"],
    );
    assert_eq!((code, out.as_str()), (0, ""));
    let written = std::fs::read_to_string(dir.join("out/add.lowered")).unwrap();
    // Built as a program: the entry point first.
    assert!(written.starts_with(";; entry _start\n"), "{written}");
    assert!(written.contains("\n;; export add\n"), "{written}");
    std::fs::write(
        dir.join("bad.go"),
        "package main\n\nfunc main() { x := 1 }\n",
    )
    .unwrap();
    let (code, _, err) = wexlab(
        &dir,
        &["build", "bad.go", "--emit", "terms", "-o", "bad.terms"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("bad.go:3:15: declared and not used: x"),
        "{err}"
    );
    assert!(!dir.join("bad.terms").exists());
}

#[test]
fn a_unit_the_program_lacks_or_a_stage_without_units_is_bad_usage() {
    let dir = scratch("usage");
    let (code, _, err) = wexlab(
        &dir,
        &["build", "add.go", "--emit", "terms", "--func", "main.sub"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("the program has no function main.sub (it has: main.add, main.main"),
        "{err}"
    );
    let (code, _, _) = wexlab(
        &dir,
        &["build", "add.go", "--emit", "tokens", "--func", "main.add"],
    );
    assert_eq!(code, 2);
    let (code, _, _) = wexlab(&dir, &["build", "add.go", "--export", "add"]);
    assert_eq!(code, 2);
}

#[test]
fn explain_func_shows_the_rules_that_fired_on_a_go_function() {
    let dir = scratch("explain");
    let (code, out, _) = wexlab(&dir, &["explain", "add.go", "--func", "main.add"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("== func main.add (rule set go)\n"), "{out}");
    // The addition, lowered by lower/arith.rules, and the frame by func.rules.
    assert!(
        out.contains(". add-32[int32] (rules/lower/arith.rules:"),
        "{out}"
    );
    assert!(out.contains(". go-func (rules/lower/func.rules:"), "{out}");
    assert!(out.contains("\n   result: (wasm.func $main.add "), "{out}");
    // The direct version is built on demand.
    let (code, out, _) = wexlab(&dir, &["explain", "add.go", "--func", "main.add$direct"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("\n   result: (wasm.func (direct $main.add) "),
        "{out}"
    );
    let (code, _, err) = wexlab(&dir, &["explain", "add.go", "--func", "main.sub"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no Go function main.sub (its functions: main.add, main.add$direct"),
        "{err}"
    );
}
