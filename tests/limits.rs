//! No limit that a valid program can reach: long functions, long lists of
//! locals and parameters, long chains of operators build and compute what
//! Go computes; the limits still stop a rule set that loops, and a rule set
//! that equates two numbers is reported (see docs/limits.md).

mod common;

use std::path::Path;

use wexlab::host::{Host, Outcome, Stdio, Value};
use wexlab::mode::Mode;
use wexlab::rewrite::{Choice, Group, Source};

/// Builds `src` as a library and calls `export` with `args`.
fn call(src: &str, export: &str, args: &[Value], rules: Choice) -> Value {
    let wasm = common::wexlab_build(&[("main.go", src)], Mode::CShared, rules)
        .unwrap_or_else(|e| panic!("does not build: {e}"));
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).expect("instantiates");
    host.call("_initialize", &[]).expect("initializes");
    match host.call(export, args).expect("calls") {
        Outcome::Returned(v) if v.len() == 1 => v[0],
        other => panic!("{export} gave {other:?}"),
    }
}

fn library(func: &str) -> String {
    format!("package main\n\n//go:wasmexport f\n{func}\nfunc main() {{}}\n")
}

#[test]
fn a_function_of_a_hundred_thousand_statements() {
    let n = 100_000;
    let body = "\tx = x*31 + i\n\ti++\n".repeat(n);
    let src = library(&format!(
        "func f(x int64) int64 {{\n\ti := int64(3)\n{body}\treturn x\n}}\n"
    ));
    let (mut x, mut i) = (5i64, 3i64);
    for _ in 0..n {
        x = x.wrapping_mul(31).wrapping_add(i);
        i += 1;
    }
    let got = call(&src, "f", &[Value::I64(5)], Choice::default());
    assert_eq!(got, Value::I64(x));
}

/// Every statement allocates, so every statement keeps the collector's
/// roots first: the roots kept are the function's variables and that
/// statement's temporaries, so the module grows with the function, not
/// with its square (which once made 500 statements an invalid module).
#[test]
fn a_function_that_allocates_at_every_statement() {
    let build = |n: usize| {
        let body = "\ts += g + \"x\"\n".repeat(n);
        let src = format!(
            "package main\n\nvar g = \"ab\"\n\n//go:wasmexport f\nfunc f() int32 {{\n\ts := \"\"\n{body}\treturn int32(len(s))\n}}\n\nfunc main() {{}}\n"
        );
        let wasm = common::wexlab_build(&[("main.go", &src)], Mode::CShared, Choice::default())
            .unwrap_or_else(|e| panic!("{n} statements do not build: {e}"));
        let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).expect("instantiates");
        host.call("_initialize", &[]).expect("initializes");
        let got = host.call("f", &[]).expect("calls");
        assert!(
            matches!(got, Outcome::Returned(ref v) if v[..] == [Value::I32(3 * n as i32)]),
            "{got:?}"
        );
        wasm.len()
    };
    let (small, large) = (build(300), build(600));
    assert!(
        large < small * 5 / 2,
        "300 statements: {small} bytes, 600: {large} bytes"
    );
}

/// Each statement makes temporaries (a slice, its length); once it is done
/// the next statement reuses them, so 20,000 statements stay far below
/// wasm's 50,000 locals (one local each made 16,000 an invalid module).
#[test]
fn more_allocating_statements_than_wasm_has_locals() {
    let n = 20_000;
    let body: String = (0..n)
        .map(|i| {
            format!(
                "\tsink = make([]byte, {}+int(k))\n\tt += int32(len(sink))\n",
                i % 7 + 1
            )
        })
        .collect();
    let src = format!(
        "package main\n\nvar sink []byte\n\n//go:wasmexport f\nfunc f(k int32) int32 {{\n\tt := int32(0)\n{body}\treturn t\n}}\n\nfunc main() {{}}\n"
    );
    let expected: i32 = (0..n).map(|i| i % 7 + 1 + 2).sum();
    let got = call(&src, "f", &[Value::I32(2)], Choice::default());
    assert_eq!(got, Value::I32(expected));
}

#[test]
fn three_thousand_locals() {
    let n: i32 = 3000;
    let mut body = String::from("\tv0 := x\n");
    for k in 1..n {
        body.push_str(&format!("\tv{k} := v{} ^ int32({k})\n", k - 1));
    }
    let src = library(&format!(
        "func f(x int32) int32 {{\n{body}\treturn v{}\n}}\n",
        n - 1
    ));
    let expected = (1..n).fold(7, |v, k| v ^ k);
    assert_eq!(
        call(&src, "f", &[Value::I32(7)], Choice::default()),
        Value::I32(expected)
    );
}

#[test]
fn a_call_with_two_hundred_arguments() {
    let n = 200;
    let params: Vec<String> = (0..n).map(|k| format!("p{k} int64")).collect();
    let sum: Vec<String> = (0..n).map(|k| format!("p{k}*{}", k + 1)).collect();
    let args: Vec<String> = (0..n).map(|k| format!("x+{k}")).collect();
    let src = format!(
        "package main\n\nfunc g({}) int64 {{\n\treturn {}\n}}\n\n//go:wasmexport f\nfunc f(x int64) int64 {{\n\treturn g({})\n}}\n\nfunc main() {{}}\n",
        params.join(", "),
        sum.join(" + "),
        args.join(", ")
    );
    let expected: i64 = (0..n as i64).map(|k| (10 + k) * (k + 1)).sum();
    assert_eq!(
        call(&src, "f", &[Value::I64(10)], Choice::default()),
        Value::I64(expected)
    );
}

/// Chains whose cleanup would be quadratic if let run: every level of
/// `((x+1)+1)…` can fold with every level below it.
#[test]
fn long_chains_of_operators() {
    let n = 1500;
    let nested = format!("{}x{}", "(".repeat(n), "+1)".repeat(n));
    let src = library(&format!(
        "func f(x int32) int32 {{\n\treturn {nested}\n}}\n"
    ));
    assert_eq!(
        call(&src, "f", &[Value::I32(5)], Choice::default()),
        Value::I32(5 + n as i32)
    );

    let shifts = " << 1 >> 1".repeat(n);
    let src = library(&format!(
        "func f(x int32) int32 {{\n\treturn x{shifts}\n}}\n"
    ));
    assert_eq!(
        call(&src, "f", &[Value::I32(-1)], Choice::default()),
        Value::I32(-1)
    );

    let narrow = " + y*3 - 1".repeat(n);
    let src = library(&format!(
        "func f(a int32) int32 {{\n\tx, y := int8(a), int8(a+1)\n\treturn int32(x{narrow})\n}}\n"
    ));
    let expected = (0..n).fold(4i8, |x, _| {
        x.wrapping_add(5i8.wrapping_mul(3)).wrapping_sub(1)
    });
    assert_eq!(
        call(&src, "f", &[Value::I32(4)], Choice::default()),
        Value::I32(expected as i32)
    );
}

/// A copy of the shipped folder `name` with `extra` as one more file, in a
/// scratch directory of the test `test`.
fn folder_with(test: &str, name: &str, extra: &str) -> Source {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("limits")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let group = if name == "cleanup" {
        Group::Cleanup
    } else {
        Group::Lower
    };
    for file in
        wexlab::rewrite::files_of(&Source::Builtin(name.to_string()), group).expect("shipped")
    {
        let file_name = Path::new(&file.path).file_name().expect("a file name");
        std::fs::write(dir.join(file_name), file.text).expect("writes");
    }
    std::fs::write(dir.join("extra.rules"), extra).expect("writes");
    Source::Dir(dir)
}

const SMALL: &str = "func f(x int32) int32 {\n\treturn x*3 + 1\n}\n";

#[test]
fn a_lowering_rule_that_grows_forever_is_stopped() {
    let rules = Choice {
        lower: folder_with(
            "grows",
            "lower",
            "(rule grow (i32.mul ?a ?b) => (i32.mul ?a (i32.rotl ?b (i32.const 0))))\n",
        ),
        ..Choice::default()
    };
    let err = common::wexlab_build(&[("main.go", &library(SMALL))], Mode::CShared, rules)
        .expect_err("a rule that grows forever");
    assert!(
        err.contains("a rule probably") && err.contains("grow (") && err.contains("main.go:4:6"),
        "{err}"
    );
}

/// A package initializer is reported at its first initializer.
#[test]
fn a_lowering_rule_that_counts_forever_is_stopped() {
    // One new constant per round: the e-graph grows by a node a round.
    let rules = Choice {
        lower: folder_with(
            "counts",
            "lower",
            "(rule count (go.const int32 ?v) => (go.const int32 (calc.i32.add ?v 1)))\n",
        ),
        ..Choice::default()
    };
    let src = "package main\n\nfunc h() int32 { return 2 }\n\nvar g = h() + 1\n\n//go:wasmexport f\nfunc f() int32 { return g }\n\nfunc main() {}\n";
    let err = common::wexlab_build(&[("main.go", src)], Mode::CShared, rules)
        .expect_err("a rule that never settles");
    assert!(
        err.lines().any(|l| l.starts_with("main.go:5:9: ")
            && l.contains("the rules did not finish")
            && l.contains("count (")),
        "{err}"
    );
}

/// Cleanup rules only improve code: one that loops stops at its budget and
/// the program still builds and computes the same.
#[test]
fn a_cleanup_rule_that_grows_forever_stops_at_its_budget() {
    let rules = Choice {
        cleanup: Some(folder_with(
            "cleanup-grows",
            "cleanup",
            "(rule grow (i32.mul ?a ?b) => (i32.mul ?a (i32.rotl ?b (i32.const 0))))\n",
        )),
        ..Choice::default()
    };
    assert_eq!(
        call(&library(SMALL), "f", &[Value::I32(4)], rules),
        Value::I32(13)
    );
}

#[test]
fn rules_that_equate_two_numbers_are_reported() {
    let rules = Choice {
        cleanup: Some(folder_with(
            "contradiction",
            "cleanup",
            "(rule five (i32.mul ?a ?b) => 5)\n(rule six (i32.mul ?a ?b) => 6)\n",
        )),
        ..Choice::default()
    };
    let err = common::wexlab_build(&[("main.go", &library(SMALL))], Mode::CShared, rules)
        .expect_err("5 = 6");
    assert!(
        err.contains("main.go:4:6: rule set go: the rules made 5 and 6 one value")
            && err.contains("five (")
            && err.contains("six ("),
        "{err}"
    );
}
