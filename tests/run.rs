//! Runs compiled modules in the embedded host (wasmi with WASI) and checks
//! what a host sees: results, stderr, exit codes, traps.

mod common;

use wexlab::host::{Host, Outcome, Stdio, Value};
use wexlab::mode::Mode;

fn build(src: &str, mode: Mode) -> Vec<u8> {
    common::wexlab_build(&[("main.go", src)], mode, common::rules("go"))
        .unwrap_or_else(|e| panic!("builds:\n{e}"))
}

fn example(name: &str) -> String {
    std::fs::read_to_string(common::root().join("examples").join(name)).unwrap()
}

#[test]
fn add_of_two_and_three_is_five() {
    let wasm = build(&example("add.go"), Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    assert_eq!(
        host.call("_initialize", &[]).unwrap(),
        Outcome::Returned(vec![])
    );
    assert_eq!(
        host.call("add", &[Value::I32(2), Value::I32(3)]).unwrap(),
        Outcome::Returned(vec![Value::I32(5)])
    );
    assert_eq!(
        host.call(
            "mix",
            &[
                Value::I64(1),
                Value::F64(2.5),
                Value::F32(0.5),
                Value::I32(7)
            ]
        )
        .unwrap(),
        Outcome::Returned(vec![Value::F64(11.0)])
    );
    assert_eq!(
        host.call("nothing", &[]).unwrap(),
        Outcome::Returned(vec![])
    );
    assert_eq!(host.stderr(), b"");
}

#[test]
fn exports_before_initialization_trap_with_go_s_message() {
    let wasm = build(&example("add.go"), Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    assert!(matches!(
        host.call("add", &[Value::I32(1), Value::I32(2)]).unwrap(),
        Outcome::Trap(_)
    ));
    // A second early call is caught too.
    assert!(matches!(
        host.call("add", &[Value::I32(1), Value::I32(2)]).unwrap(),
        Outcome::Trap(_)
    ));
    let err = String::from_utf8(host.stderr()).unwrap();
    assert_eq!(
        err,
        "runtime: wasmexport function called before runtime initialization\n\tcall _initialize first\n".repeat(2)
    );
}

#[test]
fn a_program_prints_and_exits_zero_and_exports_work_after_main() {
    let wasm = build(&example("hello.go"), Mode::Exe);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    assert_eq!(host.call("_start", &[]).unwrap(), Outcome::Exit(0));
    assert_eq!(
        host.call("count", &[]).unwrap(),
        Outcome::Returned(vec![Value::I32(1)])
    );
    assert_eq!(
        host.call("count", &[]).unwrap(),
        Outcome::Returned(vec![Value::I32(2)])
    );
    assert_eq!(
        String::from_utf8(host.stderr()).unwrap(),
        "hello from wexlab 42 1.5 true\n"
    );
}

#[test]
fn initializing_twice_is_a_clear_fatal_error() {
    let wasm = build(&example("add.go"), Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    assert_eq!(
        host.call("_initialize", &[]).unwrap(),
        Outcome::Returned(vec![])
    );
    assert!(matches!(
        host.call("_initialize", &[]).unwrap(),
        Outcome::Trap(_)
    ));
    let err = String::from_utf8(host.stderr()).unwrap();
    assert!(
        err.starts_with("fatal error: _initialize called twice"),
        "{err}"
    );
}

#[test]
fn kernels_compute() {
    let wasm = build(&example("kernels.go"), Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    host.call("_initialize", &[]).unwrap();
    assert_eq!(
        host.call("primes", &[Value::I32(1000)]).unwrap(),
        Outcome::Returned(vec![Value::I32(168)])
    );
    assert_eq!(
        host.call("fibonacci", &[Value::I32(20)]).unwrap(),
        Outcome::Returned(vec![Value::I32(6765)])
    );
    assert_eq!(
        host.call("collatz", &[Value::I64(1000)]).unwrap(),
        Outcome::Returned(vec![Value::I64(178)])
    );
}

const DEEP: &str = r#"package main

// Not a tail call: the recursion stays.
func deep(n int64) int64 {
	if n == 0 {
		return 0
	}
	return deep(n-1)*3 + 1
}

//go:wasmexport run
func run(n int64) int64 { return deep(n) }

func main() { println(deep(100000000)) }
"#;

#[test]
fn deep_recursion_is_a_reported_stack_overflow() {
    let wasm = build(DEEP, Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    host.call("_initialize", &[]).unwrap();
    // Moderate depths work.
    assert_eq!(
        host.call("run", &[Value::I64(1000)]).unwrap(),
        Outcome::Returned(vec![Value::I64(
            (0..1000).fold(0i64, |r, _| r.wrapping_mul(3).wrapping_add(1))
        )])
    );
    assert!(matches!(
        host.call("run", &[Value::I64(100_000_000)]).unwrap(),
        Outcome::Trap(_)
    ));
    let err = String::from_utf8(host.stderr()).unwrap();
    assert!(
        err.starts_with("runtime: goroutine stack exceeds")
            && err.contains("\nfatal error: stack overflow\n"),
        "{err}"
    );

    // A program exits with status 2, as Go's does.
    let wasm = build(DEEP, Mode::Exe);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    assert_eq!(host.call("_start", &[]).unwrap(), Outcome::Exit(2));
    let err = String::from_utf8(host.stderr()).unwrap();
    assert!(err.contains("fatal error: stack overflow\n"), "{err}");
}

#[test]
fn recursive_tail_calls_run_in_constant_stack() {
    // Far deeper than the Go stack allows for real recursion.
    let src = r#"package main

func sum(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func gcd(a, b int64) int64 {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

//go:wasmexport run
func run(n int64) int64 { return sum(n) + gcd(n, 6) }

func main() {}
"#;
    let wasm = build(src, Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |_| Ok(())).unwrap();
    host.call("_initialize", &[]).unwrap();
    assert_eq!(
        host.call("run", &[Value::I64(10_000_000)]).unwrap(),
        Outcome::Returned(vec![Value::I64(50_000_005_000_000 + 2)])
    );
}

/// Each imported function, in order: `MODULE.NAME` and its type, as
/// `(PARAMS) -> (RESULTS)`.
fn imports(wasm: &[u8]) -> Vec<(String, String)> {
    use wasmparser::{Parser, Payload, TypeRef, ValType};
    let list = |ts: &[ValType]| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let mut types = Vec::new();
    let mut out = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.unwrap() {
            Payload::TypeSection(r) => {
                types.extend(r.into_iter_err_on_gc_types().map(Result::unwrap));
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.unwrap();
                    if let TypeRef::Func(t) = imp.ty {
                        let ty = &types[t as usize];
                        let (params, results) = (list(ty.params()), list(ty.results()));
                        out.push((
                            format!("{}.{}", imp.module, imp.name),
                            format!("({}) -> ({})", params.join(" "), results.join(" ")),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn both_modes_import_what_main_reaches_in_declaration_order() {
    // Go 1.27.3 keeps main.main in c-shared mode too, and so the imports
    // it reaches: a host must provide them, though main never runs.
    let src = r#"package main

//go:wasmimport env late
func late() int32

//go:wasmimport env unused
func unused()

//go:wasmimport env deep
func deep(x int64)

//go:wasmimport env dead
func dead()

//go:wasmimport env shared
func shared() int32

func helper() { deep(1) }

//go:wasmexport get
func get() int32 { return shared() }

func main() {
	println("main", shared(), late())
	helper()
	return
	dead()
}
"#;
    for mode in [Mode::Exe, Mode::CShared] {
        let wasm = build(src, mode);
        let own: Vec<String> = imports(&wasm)
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| name.starts_with("env."))
            .collect();
        assert_eq!(own, ["env.late", "env.deep", "env.shared"], "{mode:?}");
    }
    // main's code is not in the c-shared module: only its imports.
    let wat = common::wat(&build(src, Mode::CShared));
    assert!(!wat.contains("main.main"), "{wat}");
    assert!(!wat.contains("main.helper"), "{wat}");
}

#[test]
fn one_host_function_imported_with_two_types_is_two_imports() {
    // Go 1.27.3 accepts it and writes two imports `env.dup`, one a type.
    let src = r#"package main

//go:wasmimport env dup
func dup32(x int32) int32

//go:wasmimport env dup
func dup64(x int64)

//go:wasmexport both
func both() int32 { dup64(2); return dup32(1) }

func main() {}
"#;
    for mode in [Mode::Exe, Mode::CShared] {
        let env: Vec<(String, String)> = imports(&build(src, mode))
            .into_iter()
            .filter(|(name, _)| name.starts_with("env."))
            .collect();
        let want = [("env.dup", "(i32) -> (i32)"), ("env.dup", "(i64) -> ()")];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        assert_eq!(env, want, "{mode:?}");
    }
}

#[test]
fn export_and_import_names_never_meet_wexlab_s_own() {
    // An export's name is any string; so are a wasmimport's module and name.
    let src = r#"package main

//go:wasmimport runtime overflow
func hostOverflow(x int32) int32

func rec(n int32) int32 {
	if n == 0 {
		return 0
	}
	return rec(n-1)*2 + 1
}

//go:wasmexport main.rec
func rec2(n int32) int32 { return rec(n) }

//go:wasmexport runtime.overflow
func two() int32 { return hostOverflow(1) }

//go:wasmexport wasm_pc_f_loop_export
func three() int32 { return 3 }

//go:wasmexport main.rec$direct
func four() int32 { return 4 }

func main() {}
"#;
    let wasm = build(src, Mode::CShared);
    let mut host = Host::new(&wasm, Stdio::Capture, |linker| {
        linker.func_wrap("runtime", "overflow", |x: i32| x + 1)?;
        Ok(())
    })
    .unwrap();
    host.call("_initialize", &[]).unwrap();
    for (name, args, want) in [
        ("main.rec", vec![Value::I32(5)], 31),
        ("runtime.overflow", vec![], 2),
        ("wasm_pc_f_loop_export", vec![], 3),
        ("main.rec$direct", vec![], 4),
    ] {
        assert_eq!(
            host.call(name, &args).unwrap(),
            Outcome::Returned(vec![Value::I32(want)]),
            "{name}"
        );
    }
}
