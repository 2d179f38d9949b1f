//! The alternate ABI rule sets (`rules/smallint`, `rules/multivalue`)
//! against Go: each program of `tests/corpus/abi/SET/` is built with `--rules
//! SET` and run in the embedded host, which provides the host functions
//! below; every export is called with edge and random argument tuples. The
//! same functions run natively under Go 1.27.3 (`tests/oracle/abi_harness.go`,
//! with the same host functions written in Go): Go computes the conversions
//! a host of the ABI expects — arguments narrowed to the Go parameter types,
//! results extended to wasm values — and both transcripts must be equal,
//! wasm signatures included.
//!
//! `wexlab abi --json` of each program under its set is a snapshot
//! (`abi_sets__abi_json_SET@FILE.snap`), and Go 1.27.3 must refuse each
//! program with the diagnostics `--rules go` prints.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Trial};
use wexlab::host::{Host, HostError, Outcome, Value, args};
use wexlab::mode::Mode;

/// Calls per export.
const TUPLES: usize = 400;

/// The rule sets with a corpus folder each.
const SETS: [&str; 2] = ["smallint", "multivalue"];

/// One check of a corpus program under a set.
type Check = fn(&str, &Path) -> Result<(), String>;

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let checks: [(&str, Check); 3] = [
        ("", check),
        ("json/", abi_json),
        ("go_rejects/", go_rejects),
    ];
    for set in SETS {
        for path in common::go_files(&format!("tests/corpus/abi/{set}")) {
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            for (kind, run) in checks {
                let path = path.clone();
                trials.push(Trial::test(
                    format!("abi_sets::{kind}{set}/{file}"),
                    move || run(set, &path).map_err(Into::into),
                ));
            }
        }
    }
    trials.push(Trial::test("abi_sets::limits", || {
        limits().map_err(Into::into)
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// Go 1.27.3 refuses the program, with the diagnostics `--rules go` prints.
fn go_rejects(set: &str, path: &Path) -> Result<(), String> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    common::go_rejects(&format!("abi_{set}_{stem}"), path)
}

/// `wexlab abi --json --rules SET FILE` against its snapshot.
fn abi_json(set: &str, path: &Path) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_wexlab"))
        .current_dir(common::root())
        .args(["abi", "--json", "--rules", set])
        .arg(path)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_input_file(path);
    settings.set_snapshot_suffix(path.file_name().unwrap_or_default().to_string_lossy());
    let json = String::from_utf8_lossy(&out.stdout).into_owned();
    settings.bind(|| insta::assert_snapshot!(format!("abi_json_{set}"), json));
    Ok(())
}

/// What each set refuses, said by its own fail rules: Go's wording where Go
/// has the limit, the set's where only the set has it.
fn limits() -> Result<(), String> {
    let results = |n: usize| vec!["int32"; n].join(", ");
    let zeros = |n: usize| vec!["0"; n].join(", ");
    let cases = [
        (
            "multivalue",
            format!("func f() ({}) {{ return {} }}", results(17), zeros(17)),
            "go:wasmexport: too many results: at most 16 under the multivalue rule set",
        ),
        (
            "multivalue",
            "func f() (int32, int8) { return 0, 0 }".to_string(),
            "go:wasmexport: unsupported result type int8",
        ),
        (
            "smallint",
            "func f() (int8, int8) { return 0, 0 }".to_string(),
            "go:wasmexport: too many return values",
        ),
        (
            "smallint",
            "func f(b []byte) int8 { return 0 }".to_string(),
            "go:wasmexport: unsupported parameter type []byte",
        ),
        (
            "smallint",
            "func f(p *int) {}".to_string(),
            "go:wasmexport: unsupported parameter type *int",
        ),
    ];
    for (set, func, want) in cases {
        let source = format!("package main\n\n//go:wasmexport f\n{func}\n\nfunc main() {{}}\n");
        let got =
            match common::wexlab_build(&[("f.go", &source)], Mode::CShared, common::rules(set)) {
                Ok(_) => "no error".to_string(),
                Err(e) => e,
            };
        if got.trim() != format!("f.go:4:6: {want}") {
            return Err(format!(
                "--rules {set}, {func}:\n  got:  {}\n  want: f.go:4:6: {want}",
                got.trim()
            ));
        }
    }
    Ok(())
}

/// The host functions a corpus program may import from `env`, on wasm
/// values; abi_harness.go's `hostFuncs` are the same in Go.
fn define(linker: &mut wasmi::Linker<wexlab::host::HostState>) -> Result<(), wasmi::Error> {
    linker.func_wrap("env", "echo32", |x: i32| x)?;
    linker.func_wrap("env", "add1000", |x: i32| x.wrapping_add(1000))?;
    linker.func_wrap("env", "mix", |a: i32, b: i32| {
        a.wrapping_mul(3).wrapping_sub(b)
    })?;
    linker.func_wrap("env", "neg64", |x: i64| x.wrapping_neg())?;
    linker.func_wrap("env", "pair", |x: i32| {
        (x.wrapping_add(1), x.wrapping_mul(2))
    })?;
    linker.func_wrap("env", "split", |x: i64| (x as i32, (x >> 32) as i32))?;
    linker.func_wrap("env", "swap", |a: i32, b: i64| (b, a))?;
    linker.func_wrap("env", "scale", |x: f64| (x * 2.0, 7i32, -1i64))?;
    Ok(())
}

/// The exports of a program (export name, Go function name) and its
/// wasmimports (import name, Go function name), read from the directives.
struct Directives {
    exports: Vec<(String, String)>,
    imports: Vec<(String, String)>,
}

fn directives(source: &str) -> Directives {
    let export = regex_lite::Regex::new(r"//go:wasmexport (\S+)\nfunc (\w+)").unwrap();
    let import = regex_lite::Regex::new(r"//go:wasmimport env (\S+)\nfunc (\w+)").unwrap();
    let pairs = |re: &regex_lite::Regex| {
        re.captures_iter(source)
            .map(|c| (c[1].to_string(), c[2].to_string()))
            .collect()
    };
    Directives {
        exports: pairs(&export),
        imports: pairs(&import),
    }
}

/// An argument as abi_harness.go reads it: floats as their bits, so that
/// a NaN's payload survives.
fn argument(v: &Value) -> String {
    match v {
        Value::F32(x) => format!("0x{:x}", x.to_bits()),
        Value::F64(x) => format!("0x{:x}", x.to_bits()),
        other => other.to_string(),
    }
}

/// A result as abi_harness.go prints it: any NaN is NaN (wasm leaves a
/// NaN's payload open).
fn result(v: &Value) -> String {
    match v {
        Value::F32(x) if x.is_nan() => "NaN".to_string(),
        Value::F64(x) if x.is_nan() => "NaN".to_string(),
        other => argument(other),
    }
}

fn check(set: &str, path: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let file = path.to_string_lossy().to_string();
    let wasm = common::wexlab_build(&[(&file, &source)], Mode::CShared, common::rules(set))?;
    let found = directives(&source);
    let (calls, wexlab) = run_wexlab(&wasm, &found).map_err(|e| e.to_string())?;
    let go = run_go(set, path, &source, &found, &calls)?;
    match wexlab.lines().zip(go.lines()).find(|(a, b)| a != b) {
        Some((w, g)) => Err(format!(
            "the module and Go disagree:\n  wexlab: {w}\n  Go:     {g}"
        )),
        None if wexlab.lines().count() != go.lines().count() => Err(format!(
            "{} lines from the module, {} from Go:\n{go}",
            wexlab.lines().count(),
            go.lines().count()
        )),
        None => Ok(()),
    }
}

/// Calls every export in the embedded host. Returns the calls (as
/// abi_harness.go reads them) and the transcript (as it prints it).
fn run_wexlab(wasm: &[u8], found: &Directives) -> Result<(String, String), HostError> {
    let mut host = Host::new(wasm, wexlab::host::Stdio::Capture, define)?;
    host.call("_initialize", &[])?;
    let (mut calls, mut transcript) = (String::new(), String::new());
    for (name, _) in &found.exports {
        let params = host.param_types(name)?;
        let results = host.result_types(name)?;
        let signature = format!("({}) -> ({})", params.join(" "), results.join(" "));
        for tuple in args::tuples(&params, TUPLES, 0x5eed) {
            let shown: Vec<String> = tuple.iter().map(argument).collect();
            let outcome = match host.call(name, &tuple)? {
                Outcome::Returned(values) => {
                    values.iter().map(result).collect::<Vec<_>>().join(" ")
                }
                other => format!("{other:?}"),
            };
            calls.push_str(&format!("{name} {}\n", shown.join(" ")));
            transcript.push_str(&format!(
                "{name} {signature} {} = {outcome}\n",
                shown.join(" ")
            ));
        }
    }
    Ok((calls, transcript))
}

/// Runs the program's functions natively with Go: the program without its
/// directives (each wasmimport a function variable that abi_harness.go
/// fills), the tables of exports and imports, and the harness.
fn run_go(
    set: &str,
    path: &Path,
    source: &str,
    found: &Directives,
    calls: &str,
) -> Result<String, String> {
    let oracle = common::oracle();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let dir = oracle.cache.join("abi").join(format!("{set}_{stem}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut program = String::new();
    for line in source.lines() {
        if line.starts_with("//go:wasm") || line == "func main() {}" {
            continue;
        }
        match line.strip_prefix("func ") {
            Some(rest)
                if found
                    .imports
                    .iter()
                    .any(|(_, f)| rest.starts_with(&format!("{f}("))) =>
            {
                let (name, signature) = rest.split_at(rest.find('(').unwrap_or(0));
                program.push_str(&format!("var {name} func{signature}\n"));
            }
            _ => program.push_str(&format!("{line}\n")),
        }
    }
    let mut tables = String::from("package main\n\nvar exports = map[string]any{\n");
    for (export, func) in &found.exports {
        tables.push_str(&format!("\t{export:?}: {func},\n"));
    }
    tables.push_str("}\n\nvar imports = []struct {\n\tname string\n\tfn   any\n}{\n");
    for (import, func) in &found.imports {
        tables.push_str(&format!("\t{{{import:?}, &{func}}},\n"));
    }
    tables.push_str("}\n");
    let harness = std::fs::read_to_string(common::root().join("tests/oracle/abi_harness.go"))
        .map_err(|e| e.to_string())?;
    for (name, text) in [
        ("go.mod", "module x\n\ngo 1.24\n"),
        ("program.go", &program),
        ("tables.go", &tables),
        ("harness.go", &harness),
    ] {
        std::fs::write(dir.join(name), text).map_err(|e| e.to_string())?;
    }
    let mut child = Command::new(&oracle.go)
        .current_dir(&dir)
        .env("GOCACHE", oracle.cache.join("gocache"))
        .env("GOPATH", oracle.cache.join("gopath"))
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
        .args(["run", "."])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run go: {e}"))?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(calls.as_bytes())
        .map_err(|e| e.to_string())?;
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!(
            "go run failed in {}:\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
