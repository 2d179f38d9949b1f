//! `wexlab build --emit tokens|ast|hir|terms|lowered` and `--export`/`--func`, run
//! as a user runs them (the snapshots of every stage on the examples are
//! in tests/golden.rs), and `explain --func`.

mod common;

use std::path::{Path, PathBuf};

const ADD: &str = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n";

fn scratch(test: &str) -> PathBuf {
    common::scratch("stages", test, &[("add.go", ADD.as_bytes())])
}

fn wexlab(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let run = common::run_wexlab(dir, args);
    (run.code, run.stdout, run.stderr)
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

/// A program with a method, a closure, a switch, a range loop and
/// shadowing: what the checker rewrites, and names the printers choose.
const SHAPES: &str = "package main

type Counter struct{ n int32 }

func (c *Counter) Add(d int32) { c.n += d }

var start int32 = 2

//go:wasmexport total
func total(k int32) int32 {
	c := &Counter{n: start}
	for i := range k {
		c.Add(i)
	}
	x := int32(1)
	if x := c.n; x > 3 {
		return x
	}
	add := func(y int32) int32 { return x + y }
	switch k {
	case 0:
		return add(1)
	}
	return c.n
}

func main() {}
";

#[test]
fn ast_shows_the_tree_of_one_function_or_of_every_declaration() {
    let dir = scratch("ast");
    let (code, out, err) = wexlab(&dir, &["build", "add.go", "--emit", "ast"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        ";; file add.go\n(package main)\n\n(func add (params (a int32) (b int32)) (results int32)\n  (return (+ a b)))\n\n(func main (params) (results))\n"
    );
    std::fs::write(dir.join("shapes.go"), SHAPES).unwrap();
    // The method by the checker's name for it, the function by its export.
    let (code, out, err) = wexlab(
        &dir,
        &[
            "build",
            "shapes.go",
            "--emit",
            "ast",
            "--func",
            "main.(*Counter).Add",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        ";; func main.(*Counter).Add\n(func (recv (c (* Counter))) Add (params (d int32)) (results)\n  (+= (. c n) d))\n"
    );
    let (code, out, err) = wexlab(
        &dir,
        &["build", "shapes.go", "--emit", "ast", "--export", "total"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(";; export total\n(func total (params (k int32)) (results int32)\n  (:= c (& (composite Counter (: n start))))\n  (for-range (:= i) k\n    (call (. c Add) i))\n"), "{out}");
    assert!(
        out.contains("\n  (if (init (:= x (. c n))) (> x 3)\n    (return x))\n"),
        "{out}"
    );
    assert!(
        out.contains("\n  (switch k\n    (case 0\n      (return (call add 1))))\n"),
        "{out}"
    );
    // A deferred call is the call under `defer`.
    std::fs::write(
        dir.join("defer.go"),
        "package main\n\nfunc main() {\n\tdefer func() { recover() }()\n}\n",
    )
    .unwrap();
    let (code, out, err) = wexlab(
        &dir,
        &["build", "defer.go", "--emit", "ast", "--func", "main.main"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        ";; func main.main\n(func main (params) (results)\n  (defer (call (func-lit (params) (results)\n    (call recover)))))\n"
    );
    // A syntax error: its diagnostic, no tree, nothing written.
    std::fs::write(dir.join("bad.go"), "package main\n\nfunc main() { x := }\n").unwrap();
    let (code, out, err) = wexlab(&dir, &["build", "bad.go", "--emit", "ast", "-o", "bad.ast"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("bad.go:3:20: syntax error: unexpected }"),
        "{err}"
    );
    assert!(!dir.join("bad.ast").exists());
}

#[test]
fn hir_names_locals_functions_and_types() {
    let dir = scratch("hir");
    std::fs::write(dir.join("shapes.go"), SHAPES).unwrap();
    let (code, out, err) = wexlab(&dir, &["build", "shapes.go", "--emit", "hir"]);
    assert_eq!(code, 0, "{err}");
    // Package variables first, then the functions, literals included.
    assert!(
        out.starts_with(";; package variables\n(var main.start int32)\n(= main.start (const int32 2))\n\n;; func main.(*Counter).Add\n"),
        "{out}"
    );
    assert!(out.contains("\n;; func main.total.func1\n(func main.total.func1 (params (y int32)) (results (~r int32))\n  (locals (x int32))\n  (captures x)\n  (return (+ int32 x y)))\n"), "{out}");
    let (code, total, err) = wexlab(
        &dir,
        &["build", "shapes.go", "--emit", "hir", "--export", "total"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(total.starts_with(";; export total\n(func main.total (params (k int32)) (results (~r int32))\n  (locals (c *Counter) "), "{total}");
    // The shadowing x is x#2; the closure and the method by their symbols.
    assert!(total.contains("(= x#2 (field (* Counter c) n))"), "{total}");
    assert!(
        total.contains("(if (> int32 x#2 (const int32 3))"),
        "{total}"
    );
    assert!(
        total.contains("(= add (closure main.total.func1 (& x)))"),
        "{total}"
    );
    assert!(total.contains("(call main.(*Counter).Add c i)"), "{total}");
    // Labels are numbered per function, in order.
    assert!(total.contains("(loop L1 "), "{total}");
    assert!(total.contains("(breakable L2"), "{total}");
    assert!(total.contains("(break L2)"), "{total}");
    let (code, one, _) = wexlab(
        &dir,
        &[
            "build",
            "shapes.go",
            "--emit",
            "hir",
            "--func",
            "main.total",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(
        one.replacen(";; func main.total", ";; export total", 1),
        total
    );
    // A program the checker rejects has no checked program to show.
    let (code, out, err) = wexlab(&dir, &["build", "add.go", "shapes.go", "--emit", "hir"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("main redeclared in this block"), "{err}");
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
    for stage in ["ast", "hir"] {
        let (code, _, err) = wexlab(
            &dir,
            &["build", "add.go", "--emit", stage, "--func", "main.sub"],
        );
        assert_eq!(code, 2, "{stage}");
        assert!(
            err.contains("the program has no function main.sub (it has: main.add, main.main)"),
            "{stage}: {err}"
        );
        let (code, _, err) = wexlab(
            &dir,
            &["build", "add.go", "--emit", stage, "--export", "sub"],
        );
        assert_eq!(code, 2, "{stage}");
        assert!(
            err.contains("the program has no wasmexport sub (it has: add)"),
            "{stage}: {err}"
        );
    }
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
