//! `wexlab test`, run as a user runs it (the built binary, in a scratch
//! folder) on programs and errorcheck files of tests/corpus that were not
//! written for it: golden files written by --bless, a second run that
//! passes, a changed rule folder that fails with a diff naming the wrapper,
//! golden files that survive an unrelated function, errorcheck files that
//! pass and fail, and nothing blessed from a failed build.

mod common;

use std::path::{Path, PathBuf};

/// Programs and errorcheck files copied from the corpus.
const CORPUS: &[&str] = &[
    "run/cshared_callback.go",
    "run/arrays_basic.go",
    "run/imports_many_params.go",
    "errors/maps_misuse.go",
    "errors/missing_function_body.go",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch folder for one test.
fn scratch(test: &str) -> PathBuf {
    common::scratch("wexlab_test", test, &[])
}

/// The corpus files in `dir`, under their own names.
fn copy_corpus(dir: &Path) {
    for file in CORPUS {
        let from = root().join("tests/corpus").join(file);
        let name = Path::new(file).file_name().unwrap();
        std::fs::copy(&from, dir.join(name)).unwrap();
    }
}

use common::run_wexlab as wexlab;

/// A copy of rules/go in `dir/name` with `old` replaced by `new` in one
/// wrapper rule file.
fn changed_rules(dir: &Path, name: &str, file: &str, old: &str, new: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(root().join("rules/go"))
        .unwrap()
        .flatten()
    {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    let path = to.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file} holds {old:?}");
    std::fs::write(&path, text.replacen(old, new, 1)).unwrap();
    to
}

fn golden_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".golden"))
        .collect();
    names.sort();
    names
}

#[test]
fn bless_then_pass_then_a_changed_rule_fails_naming_the_wrapper() {
    let dir = scratch("bless");
    copy_corpus(&dir);

    let first = wexlab(&dir, &["test", "."]);
    assert_eq!(first.code, 1, "{}", first.stdout);
    assert!(
        first.stdout.contains(
            "no golden file cshared_callback.golden: run wexlab test --bless to write it"
        ),
        "{}",
        first.stdout
    );
    // The errorcheck files pass without golden files.
    assert!(
        first.stdout.ends_with("2 passed, 3 failed\n"),
        "{}",
        first.stdout
    );

    let blessed = wexlab(&dir, &["test", ".", "--bless"]);
    assert_eq!(blessed.code, 0, "{}", blessed.stdout);
    assert!(
        blessed.stdout.contains("wrote arrays_basic.golden\n"),
        "{}",
        blessed.stdout
    );
    assert_eq!(
        golden_files(&dir),
        [
            "arrays_basic.golden",
            "cshared_callback.golden",
            "imports_many_params.golden"
        ]
    );
    let golden = std::fs::read_to_string(dir.join("cshared_callback.golden")).unwrap();
    assert!(golden.starts_with(";; export double\n(func $double (param i32) (result i32)\n"));
    assert!(
        golden.contains("i64.const (ret-addr $double 1)"),
        "{golden}"
    );
    assert!(
        golden.contains("\n;; import env.twice (main.twice)\n"),
        "{golden}"
    );

    let second = wexlab(&dir, &["test", "."]);
    assert_eq!(second.code, 0, "{}", second.stdout);
    assert_eq!(second.stdout, "5 passed, 0 failed\n");

    // The wrapper pushes a return-address slot of 16 bytes instead of 8.
    let rules = changed_rules(
        &dir,
        "my-rules",
        "wrapper.rules",
        "(global.set $SP (i32.sub (global.get $SP) (i32.const 8)))",
        "(global.set $SP (i32.sub (global.get $SP) (i32.const 16)))",
    );
    let changed = wexlab(&dir, &["test", ".", "--rules", rules.to_str().unwrap()]);
    assert_eq!(changed.code, 1, "{}", changed.stdout);
    let out = &changed.stdout;
    assert!(out.contains("FAIL cshared_callback.go\n"), "{out}");
    assert!(
        out.contains(
            "--- cshared_callback.golden: export double\n+++ cshared_callback.go (built): export double\n"
        ),
        "{out}"
    );
    assert!(out.contains("-  i32.const 8\n+  i32.const 16\n"), "{out}");
    // The wasmimport functions do not use that rule.
    assert!(!out.contains(": import "), "{out}");
    assert!(out.ends_with("2 passed, 3 failed\n"), "{out}");
    // A failed comparison leaves the golden files as they were.
    let after = std::fs::read_to_string(dir.join("cshared_callback.golden")).unwrap();
    assert_eq!(after, golden);
}

/// Two exports and a helper.
const PROGRAM: &str = "package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport scale
func scale(x float64) float64 { return x * factor() }

func factor() float64 { return 2.5 }

func main() {}
";

/// A function large enough that the module places it before the wrappers.
const NOISY: &str = "
func noisy(n int32) int32 {
\ts := int32(0)
\tfor i := int32(0); i < n; i++ {
\t\tif i%3 == 0 {
\t\t\tprintln(\"fizz\", i, s)
\t\t} else if i%5 == 0 {
\t\t\tprintln(\"buzz\", i, s*2)
\t\t}
\t\ts += i * i
\t}
\treturn s
}
";

/// The index comment of a function in the module's WAT: `(;7;)`.
fn function_index(dir: &Path, name: &str) -> String {
    let wat = wexlab(
        dir,
        &[
            "build",
            "--buildmode",
            "c-shared",
            "--emit",
            "wat",
            "prog.go",
        ],
    );
    let head = format!("(func ${name} (;");
    let line = wat.stdout.lines().find(|l| l.contains(&head)).unwrap();
    line.split_whitespace().nth(2).unwrap().to_string()
}

#[test]
fn a_golden_file_survives_an_unrelated_function() {
    let dir = scratch("unrelated");
    std::fs::write(dir.join("prog.go"), PROGRAM).unwrap();
    assert_eq!(wexlab(&dir, &["test", "--bless", "prog.go"]).code, 0);
    let before = function_index(&dir, "scale");
    let listing = wexlab(
        &dir,
        &[
            "build",
            "--buildmode",
            "c-shared",
            "--emit",
            "wat",
            "--export",
            "scale",
            "prog.go",
        ],
    );

    // main.add now calls a new function.
    let changed = PROGRAM.replace("return a + b }", "return a + b + noisy(a) }") + NOISY;
    std::fs::write(dir.join("prog.go"), changed).unwrap();
    // The wrapper moved in the module, and its return addresses with it.
    assert_ne!(function_index(&dir, "scale"), before);
    let run = wexlab(&dir, &["test", "prog.go"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, "1 passed, 0 failed\n");
    let again = wexlab(
        &dir,
        &[
            "build",
            "--buildmode",
            "c-shared",
            "--emit",
            "wat",
            "--export",
            "scale",
            "prog.go",
        ],
    );
    assert_eq!(again.stdout, listing.stdout);
    assert!(
        listing.stdout.contains("i64.const (ret-addr $scale 1)"),
        "{}",
        listing.stdout
    );
}

#[test]
fn errorcheck_files_fail_on_a_missing_or_an_unexpected_error() {
    let dir = scratch("errorcheck");
    let wrong = "package main\n\nfunc main() {\n\tx := 1 // ERROR \"x is never used\"\n}\n";
    let unexpected = "package main\n\nfunc main() {\n\tvar y int = \"s\" // ERROR \"cannot use\"\n\t_ = y\n\tz := 2\n}\n";
    let right =
        "package main\n\nfunc main() {\n\tx := 1 // ERROR \"declared and not used: x\"\n}\n";
    std::fs::write(dir.join("wrong.go"), wrong).unwrap();
    std::fs::write(dir.join("unexpected.go"), unexpected).unwrap();
    std::fs::write(dir.join("right.go"), right).unwrap();
    let run = wexlab(&dir, &["test", "--bless"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let out = &run.stdout;
    assert!(
        out.contains("FAIL wrong.go\nline 4: no error matches \"x is never used\"\nline 4: unexpected error: declared and not used: x\n"),
        "{out}"
    );
    assert!(
        out.contains("FAIL unexpected.go\nline 6: unexpected error: declared and not used: z\n"),
        "{out}"
    );
    assert!(!out.contains("right.go"), "{out}");
    assert!(out.ends_with("1 passed, 2 failed\n"), "{out}");
    // Errorcheck files have no golden file, blessed or not.
    assert!(golden_files(&dir).is_empty());
}

#[test]
fn bless_writes_nothing_for_a_program_that_does_not_build() {
    let dir = scratch("broken");
    let broken =
        "package main\n\n//go:wasmexport f\nfunc f() int32 { return \"no\" }\n\nfunc main() {}\n";
    std::fs::write(dir.join("broken.go"), broken).unwrap();
    let run = wexlab(&dir, &["test", "--bless", "broken.go"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("FAIL broken.go\ndoes not build:\nbroken.go:4:"),
        "{}",
        run.stdout
    );
    assert!(golden_files(&dir).is_empty());
}

#[test]
fn bad_command_lines_exit_with_2() {
    let dir = scratch("usage");
    std::fs::write(dir.join("notes.txt"), "").unwrap();
    assert_eq!(wexlab(&dir, &["test", "missing.go"]).code, 2);
    assert_eq!(wexlab(&dir, &["test", "notes.txt"]).code, 2);
    // A folder without Go files.
    assert_eq!(wexlab(&dir, &["test", "."]).code, 2);
}

#[test]
fn coverage_names_the_rules_that_fired_and_those_that_never_did() {
    let dir = scratch("coverage");
    std::fs::write(dir.join("prog.go"), PROGRAM).unwrap();
    assert_eq!(wexlab(&dir, &["test", "--bless", "prog.go"]).code, 0);
    let run = wexlab(&dir, &["test", "--coverage", "prog.go"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let out = &run.stdout;
    assert!(
        out.starts_with("rule coverage of the wrappers (rule set go) over 1 files: "),
        "{out}"
    );
    // Two exports, one push of the return address each.
    let push = out
        .lines()
        .find(|l| l.contains(" push-return-address "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        push.trim_start()
            .starts_with("2  push-return-address  (1 files)  rules/go/wrapper.rules:"),
        "{push}"
    );
    // The program imports nothing.
    let functions_at = out
        .find("rule coverage of the functions of package main (lower/ and cleanup/) (rule set go) over 1 files: ")
        .unwrap_or_else(|| panic!("{out}"));
    let (wrappers, functions) = out.split_at(functions_at);
    let never = &wrappers[wrappers
        .find("never fired: ")
        .unwrap_or_else(|| panic!("{out}"))..];
    assert!(never.contains("\n  rules/go/import.rules:"), "{never}");
    assert!(never.contains(": import-wrapper\n"), "{never}");
    assert!(!never.contains("push-return-address"), "{never}");
    // add's two versions (the Go-ABI one and the direct one) add int32s;
    // nothing makes a map.
    let add = functions
        .lines()
        .find(|l| l.contains(" add-32[int32] "))
        .unwrap_or_else(|| panic!("{functions}"));
    assert!(
        add.trim_start()
            .starts_with("2  add-32[int32]  (1 files)  rules/lower/arith.rules:"),
        "{add}"
    );
    let never = &functions[functions
        .find("never fired: ")
        .unwrap_or_else(|| panic!("{out}"))..];
    assert!(never.contains("\n  rules/lower/maps.rules:"), "{never}");
    assert!(out.ends_with("1 passed, 0 failed\n"), "{out}");
}
