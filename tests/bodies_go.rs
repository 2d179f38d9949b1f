//! `wexlab build --bodies go` against Go 1.27.3 itself, over the real Go
//! programs of tests/corpus/real/ (standard library, goroutines, timers,
//! stack growth, the collector, host callbacks, pointer and string
//! parameters), each in a directory of its own with a go.mod:
//!
//! * With `--rules go`, the module is Go's byte for byte (names kept with
//!   `--names`), section sizes in Go's five-byte form included; each
//!   function body is compared on its own too, so that a difference names
//!   its function, the wrappers the rules lowered included; the
//!   exports and their types are Go's. The programs run with the same outcomes and
//!   output under the Python host.
//! * With `--rules seed`, the build succeeds, every other function is still
//!   Go's, and each export wrapper is the one the seed's rules give in
//!   wexlab's default mode for the same signature. A program marked
//!   `// seed: traps` must trap under the seed where Go's module returns
//!   (its export unwinds, and the seed's wrapper has no unwind loop);
//!   any other program must behave as Go's.
//!
//! The programs of tests/corpus/run/ and tests/corpus/signatures/ (valid
//! Go, inside wexlab's subset)
//! are built the same way and compared the same way with `--rules go`
//! (their runs are compared with Go's by tests/oracle.rs already).
//!
//! The header: `// run: c-shared | exe`, `// call: EXPORT ARG... [=> $NAME]`,
//! `// import: MODULE NAME (PARAMS) (RESULTS) ACTION` as in tests/oracle.rs,
//! and `// seed: traps`.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::serde_like::Json;
use wexlab::driver::SourceInput;
use wexlab::mode::Mode;

struct Case {
    name: String,
    source: String,
    mode: Mode,
    calls: Vec<Json>,
    imports: Vec<Json>,
    seed_traps: bool,
}

fn parse(path: &Path) -> Case {
    let source = std::fs::read_to_string(path).expect("corpus file");
    let mut case = Case {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        source: source.clone(),
        mode: Mode::CShared,
        calls: Vec::new(),
        imports: Vec::new(),
        seed_traps: false,
    };
    for line in source.lines().take_while(|l| l.starts_with("//")) {
        let rest = line.trim_start_matches("//").trim();
        if let Some(m) = rest.strip_prefix("run:") {
            case.mode = match m.trim() {
                "exe" => Mode::Exe,
                _ => Mode::CShared,
            };
        } else if let Some(c) = rest.strip_prefix("call:") {
            let (call, bind) = match c.split_once("=>") {
                Some((call, bind)) => (call, Some(bind.trim().trim_start_matches('$'))),
                None => (c, None),
            };
            let mut words = call.split_whitespace();
            let export = words.next().expect("call: EXPORT");
            let mut fields = vec![
                ("call".to_string(), Json::str(export)),
                (
                    "args".to_string(),
                    Json::Array(words.map(Json::str).collect()),
                ),
            ];
            if let Some(b) = bind {
                fields.push(("bind".to_string(), Json::str(b)));
            }
            case.calls.push(Json::Object(fields));
        } else if let Some(i) = rest.strip_prefix("import:") {
            let (head, tail) = i
                .trim()
                .split_once('(')
                .expect("import: MODULE NAME (…) (…) ACTION");
            let mut hw = head.split_whitespace();
            let (params, tail) = tail.split_once(')').expect("params");
            let (_, tail) = tail.split_once('(').expect("results");
            let (results, action) = tail.split_once(')').expect("results");
            let list = |s: &str| Json::Array(s.split_whitespace().map(Json::str).collect());
            case.imports.push(Json::Object(vec![
                ("module".into(), Json::str(hw.next().expect("module"))),
                ("name".into(), Json::str(hw.next().expect("name"))),
                ("params".into(), list(params)),
                ("results".into(), list(results)),
                ("action".into(), Json::str(action.trim())),
            ]));
        } else if rest == "seed: traps" {
            case.seed_traps = true;
        }
    }
    case
}

/// The environment both builds share, so that Go's two builds of one
/// package are the same.
fn go_env(cmd: &mut Command) -> &mut Command {
    let o = common::oracle();
    cmd.env("GOCACHE", o.cache.join("gocache"))
        .env("GOPATH", o.cache.join("gopath"))
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "")
}

/// The package's directory: main.go and a go.mod.
fn package_dir(c: &Case) -> PathBuf {
    let dir = common::root().join("target/bodies-go").join(&c.name);
    package_dir_at(c, dir)
}

fn package_dir_at(c: &Case, dir: PathBuf) -> PathBuf {
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("go.mod"), "module real\n\ngo 1.24\n").unwrap();
    std::fs::write(dir.join("main.go"), &c.source).unwrap();
    dir
}

fn buildmode(mode: Mode) -> &'static str {
    match mode {
        Mode::Exe => "exe",
        Mode::CShared => "c-shared",
    }
}

/// Go's own build, as a user runs it: `-buildmode` only for a library
/// (the flags given are part of the build ID Go writes into the module).
fn go_build(c: &Case, dir: &Path) -> Vec<u8> {
    let mode = (c.mode == Mode::CShared).then_some("-buildmode=c-shared");
    let out = go_env(&mut Command::new(&common::oracle().go))
        .current_dir(dir)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .arg("build")
        .args(mode)
        .args(["-o", "go.wasm", "."])
        .output()
        .expect("go runs");
    assert!(
        out.status.success(),
        "{}: go build failed: {}",
        c.name,
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join("go.wasm")).unwrap()
}

/// Builds with `--bodies go`; `Err` holds wexlab's diagnostics.
fn wexlab_build(c: &Case, dir: &Path, rules: &str) -> Result<Vec<u8>, String> {
    let out_path = dir.join(format!("wexlab-{rules}.wasm"));
    let out = go_env(&mut Command::new(env!("CARGO_BIN_EXE_wexlab")))
        .args([
            "build",
            "--bodies",
            "go",
            "--names",
            "--rules",
            rules,
            "--buildmode",
            buildmode(c.mode),
        ])
        .arg("--go")
        .arg(&common::oracle().go)
        .arg("-o")
        .arg(&out_path)
        .arg(dir)
        .output()
        .expect("wexlab runs");
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(std::fs::read(&out_path).unwrap())
}

/// Whether the seed's refusal names only types outside its table (the
/// seed lowers sized numbers and unsafe.Pointer, nothing else).
fn refused_for_types(stderr: &str) -> bool {
    stderr.lines().all(|l| {
        l.contains("go:wasmexport: unsupported parameter type")
            || l.contains("go:wasmexport: unsupported result type")
            || l.contains("go:wasmimport: unsupported")
    })
}

/// A module's sections (id, custom name, bytes), its function bodies, the
/// count of imported functions, and its exported functions by name.
struct Parsed {
    sections: Vec<(u8, Option<String>, Vec<u8>)>,
    bodies: Vec<Vec<u8>>,
    imported: u32,
    exports: HashMap<String, u32>,
}

fn parse_module(wasm: &[u8]) -> Parsed {
    use wasmparser::{Parser, Payload};
    let mut p = Parsed {
        sections: Vec::new(),
        bodies: Vec::new(),
        imported: 0,
        exports: HashMap::new(),
    };
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.expect("a valid module");
        if let Some((id, range)) = payload.as_section() {
            let name = match &payload {
                Payload::CustomSection(c) => Some(c.name().to_string()),
                _ => None,
            };
            p.sections.push((id, name, wasm[range].to_vec()));
        }
        match payload {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp.unwrap().ty, wasmparser::TypeRef::Func(_)) {
                        p.imported += 1;
                    }
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.unwrap();
                    if e.kind == wasmparser::ExternalKind::Func {
                        p.exports.insert(e.name.to_string(), e.index);
                    }
                }
            }
            Payload::CodeSectionEntry(b) => p.bodies.push(wasm[b.range()].to_vec()),
            _ => {}
        }
    }
    p
}

/// The Go functions of the program's wasmimports (`main.NAME`), which Go's
/// name section names.
fn wasmimport_functions(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut after_import = false;
    for line in source.lines() {
        if line.starts_with("//go:wasmimport") {
            after_import = true;
        } else if after_import && let Some(rest) = line.strip_prefix("func ") {
            out.push(format!("main.{}", rest.split('(').next().unwrap().trim()));
            after_import = false;
        }
    }
    out
}

/// Function indices by name, from the name section.
fn function_names(wasm: &[u8]) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Ok(wasmparser::Payload::CustomSection(c)) = payload
            && let wasmparser::KnownCustom::Name(names) = c.as_known()
        {
            for n in names {
                if let Ok(wasmparser::Name::Function(map)) = n {
                    for naming in map.into_iter().flatten() {
                        out.insert(naming.name.to_string(), naming.index);
                    }
                }
            }
        }
    }
    out
}

/// Checks that `ours` is Go's module with only the functions `replaceable`
/// (function indices) changed; returns the indices that did change.
fn differences(
    c: &Case,
    go: &Parsed,
    ours: &Parsed,
    replaceable: &[u32],
    failures: &mut Vec<String>,
) -> Vec<u32> {
    let code = |p: &Parsed| {
        p.sections
            .iter()
            .filter(|s| s.0 != 10)
            .cloned()
            .collect::<Vec<_>>()
    };
    if code(go) != code(ours) {
        failures.push(format!(
            "{}: a section besides the code section differs from Go's",
            c.name
        ));
    }
    if go.bodies.len() != ours.bodies.len() {
        failures.push(format!(
            "{}: {} functions, Go has {}",
            c.name,
            ours.bodies.len(),
            go.bodies.len()
        ));
        return Vec::new();
    }
    let mut changed = Vec::new();
    for (i, (g, o)) in go.bodies.iter().zip(&ours.bodies).enumerate() {
        let index = go.imported + i as u32;
        if g != o {
            if !replaceable.contains(&index) {
                let what = if replaceable.is_empty() {
                    "differs from Go's"
                } else {
                    "not a wrapper, differs from Go's"
                };
                failures.push(format!("{}: function {index}, {what}", c.name));
            }
            changed.push(index);
        }
    }
    changed
}

fn host_job(c: &Case, wasm: &Path) -> Json {
    Json::Object(vec![
        ("wasm".into(), Json::str(wasm.display().to_string())),
        (
            "entry".into(),
            Json::str(match c.mode {
                Mode::Exe => "_start",
                Mode::CShared => "_initialize",
            }),
        ),
        ("calls".into(), Json::Array(c.calls.clone())),
        ("imports".into(), Json::Array(c.imports.clone())),
    ])
}

/// The export wrappers of the seed's rules in wexlab's default mode, for
/// the same signatures (the program cut down to them, as --bodies go does).
fn default_mode_seed(c: &Case) -> Vec<u8> {
    let input = SourceInput {
        path: "main.go".to_string(),
        text: c.source.clone(),
    };
    let Ok(wexlab::bodies_go::Cut::Sources(cut)) = wexlab::bodies_go::signatures::cut(&[input])
    else {
        panic!("{}: the signatures cannot be cut out", c.name);
    };
    let files: Vec<(&str, &str)> = cut
        .iter()
        .map(|s| (s.path.as_str(), s.text.as_str()))
        .collect();
    common::wexlab_build(&files, c.mode, common::rules("seed"))
        .unwrap_or_else(|e| panic!("{}: the seed's rules refuse the signatures: {e}", c.name))
}

fn outcomes(result: &Json) -> Vec<String> {
    match result.get("outcomes") {
        Some(Json::Array(items)) => items.iter().map(|o| o.to_string()).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn real_programs_build_with_go_bodies() {
    let cases: Vec<Case> = common::go_files("tests/corpus/real")
        .iter()
        .map(|p| parse(p))
        .collect();
    let mut failures = Vec::new();
    let mut jobs = Vec::new();
    let mut seed_wrappers = 0;
    // Programs whose signatures the seed refuses; whether each program has
    // a seed module to run.
    let mut refused = Vec::new();
    let mut has_seed = Vec::new();
    for c in &cases {
        let dir = package_dir(c);
        let go_wasm = go_build(c, &dir);
        let go_rules = wexlab_build(c, &dir, "go")
            .unwrap_or_else(|e| panic!("{}: wexlab build --bodies go failed: {e}", c.name));
        let (go, ours) = (parse_module(&go_wasm), parse_module(&go_rules));
        let names = function_names(&go_wasm);
        let exports: Vec<(&String, u32)> = go
            .exports
            .iter()
            .filter(|(n, _)| !n.starts_with('_'))
            .map(|(n, i)| (n, *i))
            .collect();
        let import_wrappers: Vec<u32> = wasmimport_functions(&c.source)
            .iter()
            .filter_map(|f| names.get(f).copied())
            .collect();
        let replaceable: Vec<u32> = exports
            .iter()
            .map(|(_, i)| *i)
            .chain(import_wrappers.iter().copied())
            .collect();
        // --rules go: Go's module, byte for byte, the wrappers the rules
        // lowered included.
        differences(c, &go, &ours, &[], &mut failures);
        if go_rules != go_wasm {
            failures.push(format!("{}: the module is not Go's byte for byte", c.name));
        }
        let mut modules = vec![("go.wasm", go_wasm.clone()), ("wexlab-go.wasm", go_rules)];
        // --rules seed: every export wrapper replaced, in the seed's shape.
        match wexlab_build(c, &dir, "seed") {
            Ok(seed) => {
                let changed =
                    differences(c, &go, &parse_module(&seed), &replaceable, &mut failures);
                let reference = default_mode_seed(c);
                for (name, index) in &exports {
                    seed_wrappers += 1;
                    if !changed.contains(index) {
                        failures.push(format!(
                            "{}: the seed left export {name}'s wrapper as Go's",
                            c.name
                        ));
                    }
                    let want = common::wrapper_body(&reference, name);
                    let got = common::wrapper_body(&seed, name);
                    if want.is_none() || want != got {
                        failures.push(format!("{}: export {name}'s wrapper under the seed is\n{got:?}\nnot the seed's\n{want:?}", c.name));
                    }
                }
                modules.push(("wexlab-seed.wasm", seed));
                has_seed.push(true);
            }
            Err(e) if refused_for_types(&e) => {
                refused.push(c.name.as_str());
                has_seed.push(false);
            }
            Err(e) => panic!(
                "{}: wexlab build --bodies go --rules seed failed: {e}",
                c.name
            ),
        }
        for (file, bytes) in &modules {
            std::fs::write(dir.join(file), bytes).unwrap();
            jobs.push(host_job(c, &dir.join(file)));
        }
    }
    let results = common::oracle().run(&Json::Array(jobs));
    let mut results = results.iter();
    let mut traps = Vec::new();
    for (c, seeded) in cases.iter().zip(has_seed) {
        let (go, ours) = (results.next().unwrap(), results.next().unwrap());
        for key in ["exports", "outcomes", "stderr"] {
            if go.get(key) != ours.get(key) {
                failures.push(format!(
                    "{}: {key} under --rules go differ from Go's:\n  Go:     {:?}\n  wexlab: {:?}",
                    c.name,
                    go.get(key),
                    ours.get(key)
                ));
            }
        }
        if outcomes(go)
            .iter()
            .any(|o| o.contains("trap") || o.contains("error"))
        {
            failures.push(format!(
                "{}: Go's own module fails: {:?}",
                c.name,
                outcomes(go)
            ));
        }
        if !seeded {
            continue;
        }
        let seed = results.next().unwrap();
        let seed_trapped = outcomes(seed).iter().any(|o| o.contains("\"trap\""));
        if c.seed_traps {
            if !seed_trapped {
                failures.push(format!(
                    "{}: marked `seed: traps`, but under the seed: {:?}",
                    c.name,
                    outcomes(seed)
                ));
            }
            traps.push(c.name.as_str());
        } else if outcomes(go) != outcomes(seed) || go.get("stderr") != seed.get("stderr") {
            failures.push(format!(
                "{}: under the seed the run differs from Go's: {:?} {:?}",
                c.name,
                outcomes(seed),
                seed.get("stderr")
            ));
        }
    }
    common::summary(&format!(
        "bodies-go: {} programs, {seed_wrappers} seed wrappers; the seed refuses the signatures of {}; under the seed these trap where Go's unwind loop resumes: {}",
        cases.len(),
        refused.join(", "),
        traps.join(", ")
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpora_build_with_go_bodies() {
    let mut files = common::go_files("tests/corpus/run");
    files.extend(common::go_files("tests/corpus/signatures"));
    let failures = std::sync::Mutex::new(Vec::new());
    // Two at a time: each build runs Go twice.
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let c = parse(path);
                    let folder = path.parent().and_then(|p| p.file_name()).unwrap();
                    let dir = package_dir_at(
                        &c,
                        common::root()
                            .join("target/bodies-go")
                            .join(folder)
                            .join(&c.name),
                    );
                    let go_wasm = go_build(&c, &dir);
                    let mut found = Vec::new();
                    match wexlab_build(&c, &dir, "go") {
                        Ok(ours) => {
                            differences(
                                &c,
                                &parse_module(&go_wasm),
                                &parse_module(&ours),
                                &[],
                                &mut found,
                            );
                            if ours != go_wasm {
                                found.push(format!(
                                    "{}: the module is not Go's byte for byte",
                                    c.name
                                ));
                            }
                        }
                        Err(e) => {
                            found.push(format!("{}: wexlab build --bodies go failed: {e}", c.name))
                        }
                    }
                    failures.lock().unwrap().extend(found);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    common::summary(&format!(
        "bodies-go: {} programs of tests/corpus/run and tests/corpus/signatures, {} disagreement(s)",
        files.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs the wexlab binary on one file of `source` in a fresh package
/// directory; returns the directory, the status and stderr.
fn wexlab_on(name: &str, source: &str, args: &[&str]) -> (PathBuf, i32, String, String) {
    let c = Case {
        name: format!("cli-{name}"),
        source: source.to_string(),
        mode: Mode::CShared,
        calls: Vec::new(),
        imports: Vec::new(),
        seed_traps: false,
    };
    let dir = package_dir(&c);
    let (status, stdout, stderr) = wexlab_on_dir(&dir, args);
    (dir, status, stdout, stderr)
}

const VALID_OUTSIDE_THE_SUBSET: &str = "package main

import \"fmt\"

//go:wasmexport add
func add(a, b int32) int32 {
\tch := make(chan int32, 1)
\tgo func() { ch <- a + b }()
\tfmt.Println(\"adding\")
\treturn <-ch
}

func main() {}
";

#[test]
fn directive_errors_come_before_go() {
    let go = common::oracle().go.display().to_string();
    let duplicate = "package main\n\n//go:wasmexport f\nfunc f() {}\n\n//go:wasmexport f\nfunc g() {}\n\nfunc main() { var m map[string]int; _ = m }\n";
    // No Go at all: the directive check must stop the build first.
    let (dir, status, _, stderr) = wexlab_on(
        "duplicate",
        duplicate,
        &["build", "--bodies", "go", "--go", "/nonexistent/go", "."],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("main.go:6:"), "{stderr}");
    assert!(!stderr.contains("cannot run"), "Go was called: {stderr}");
    assert!(
        !dir.join(format!(
            "{}.wasm",
            dir.file_name().unwrap().to_string_lossy()
        ))
        .exists()
    );
    // The default mode stops at what the subset lacks instead.
    let (_, status, _, stderr) = wexlab_on("subset", VALID_OUTSIDE_THE_SUBSET, &["build", "."]);
    assert_eq!(status, 1);
    assert!(stderr.contains("not supported by wexlab"), "{stderr}");
    // --bodies go builds it, and --emit wat prints Go's module.
    let (_, status, wat, stderr) = wexlab_on(
        "wat",
        VALID_OUTSIDE_THE_SUBSET,
        &[
            "build",
            "--bodies",
            "go",
            "--go",
            &go,
            "--buildmode",
            "c-shared",
            "--emit",
            "wat",
            ".",
        ],
    );
    assert_eq!(status, 0, "{stderr}");
    assert!(
        wat.contains("(export \"add\" (func $add))") && wat.contains("call $main.add"),
        "{}",
        &wat[..wat.len().min(2000)]
    );
    let (_, status, explained, stderr) = wexlab_on(
        "explain",
        VALID_OUTSIDE_THE_SUBSET,
        &["explain", "--bodies", "go", "main.go"],
    );
    assert_eq!(status, 0, "{stderr}");
    assert!(explained.contains("export add"), "{explained}");
}

#[test]
fn go_diagnostics_pass_through() {
    let go = common::oracle().go.display().to_string();
    let bad_body = "package main\n\nimport \"fmt\"\n\n//go:wasmexport f\nfunc f() int32 {\n\tvar s string = 1\n\tfmt.Println(s)\n\treturn 0\n}\n\nfunc main() {}\n";
    let (dir, status, _, stderr) = wexlab_on(
        "type-error",
        bad_body,
        &[
            "build", "--bodies", "go", "--go", &go, "-o", "out.wasm", ".",
        ],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("main.go:7:17: cannot use 1"), "{stderr}");
    assert!(
        !dir.join("out.wasm").exists(),
        "a failed build wrote its output"
    );
    let (_, status, _, stderr) = wexlab_on(
        "no-go",
        VALID_OUTSIDE_THE_SUBSET,
        &["build", "--bodies", "go", "--go", "/nonexistent/go", "."],
    );
    assert_eq!(status, 1);
    assert!(stderr.contains("cannot run /nonexistent/go"), "{stderr}");
}

#[test]
fn a_type_of_another_package_stops_the_build() {
    let go = common::oracle().go.display().to_string();
    let source = "package main\n\nimport \"time\"\n\n//go:wasmexport wait\nfunc wait(d time.Duration) { time.Sleep(d) }\n\nfunc main() {}\n";
    let (dir, status, _, stderr) = wexlab_on(
        "foreign",
        source,
        &[
            "build", "--bodies", "go", "--go", &go, "-o", "out.wasm", ".",
        ],
    );
    assert_eq!(status, 1);
    assert!(
        stderr.contains("main.go:6:13: time.Duration is declared in another package"),
        "{stderr}"
    );
    assert!(!dir.join("out.wasm").exists());
}

#[test]
fn run_provides_gos_wasi() {
    let go = common::oracle().go.display().to_string();
    let source =
        std::fs::read_to_string(common::root().join("examples/bodies-go/goroutines.go")).unwrap();
    let args = [
        "run", "--bodies", "go", "--go", &go, "main.go", "--invoke", "sum", "100",
    ];
    let (_, status, stdout, stderr) = wexlab_on("run-go", &source, &args);
    assert_eq!(
        (status, stdout.as_str()),
        (0, "sum of 0 .. 100 is 5050\n5050\n"),
        "{stderr}"
    );
    // The seed's wrapper traps at the first goroutine switch.
    // --invoke takes every argument after it.
    let seed = [&args[..1], &["--rules", "seed"], &args[1..]].concat();
    let (_, status, stdout, stderr) = wexlab_on("run-seed", &source, &seed);
    assert_eq!((status, stdout.as_str()), (1, ""));
    assert!(
        stderr.contains("sum trapped: wasm `unreachable` instruction executed"),
        "{stderr}"
    );
    // time.Sleep waits in poll_oneoff.
    let sleep = std::fs::read_to_string(common::root().join("tests/corpus/real/sleep.go")).unwrap();
    let nap = [
        "run", "--bodies", "go", "--go", &go, "main.go", "--invoke", "nap", "5",
    ];
    let (_, status, stdout, stderr) = wexlab_on("run-sleep", &sleep, &nap);
    assert_eq!((status, stdout.as_str()), (0, "slept\n1\n"), "{stderr}");
}

/// A rule set whose wrapper has a wasm type Go's module lacks (here
/// uint32 crosses as an i64): the type is added, the export's function
/// takes it, every other function stays Go's, and the module runs.
#[test]
fn a_wrapper_of_a_new_type() {
    let rules = common::root().join("target/bodies-go/wide-rules");
    let _ = std::fs::remove_dir_all(&rules);
    std::fs::create_dir_all(&rules).unwrap();
    for f in common::files_ending("rules/go", "rules") {
        let text = std::fs::read_to_string(&f).unwrap();
        let wide = text.replace(
            "(slot int32|uint32|int64|uint64|float32|float64) => i32|i32|i64|i64|f32|f64",
            "(slot int32|uint32|int64|uint64|float32|float64) => i32|i64|i64|i64|f32|f64",
        );
        std::fs::write(rules.join(f.file_name().unwrap()), wide).unwrap();
    }
    let go = common::oracle().go.display().to_string();
    let source = "package main\n\nimport \"fmt\"\n\n//go:wasmexport inc\nfunc inc(x uint32) int32 {\n\tfmt.Println(\"inc\", x)\n\treturn int32(x) + 1\n}\n\nfunc main() {}\n";
    let rules = rules.display().to_string();
    let build = [
        "build",
        "--bodies",
        "go",
        "--go",
        &go,
        "--rules",
        &rules,
        "--buildmode",
        "c-shared",
        "--names",
        "-o",
        "wide.wasm",
        ".",
    ];
    let (dir, status, _, stderr) = wexlab_on("wide", source, &build);
    assert_eq!(status, 0, "{stderr}");
    let c = parse(&dir.join("main.go"));
    let go_wasm = go_build(&c, &dir);
    let wide = std::fs::read(dir.join("wide.wasm")).unwrap();
    let (theirs, ours) = (parse_module(&go_wasm), parse_module(&wide));
    assert_eq!(ours.bodies.len(), theirs.bodies.len());
    let inc = ours.exports["inc"];
    for (i, (a, b)) in theirs.bodies.iter().zip(&ours.bodies).enumerate() {
        assert!(
            a == b || theirs.imported + i as u32 == inc,
            "function {i} changed"
        );
    }
    let printed = wasmprinter::print_bytes(&wide).unwrap();
    assert!(
        printed.contains("(func $inc (;") && printed.contains("(param i64) (result i32)"),
        "inc's type"
    );
    let run = [
        "run",
        "--bodies",
        "go",
        "wide.wasm",
        "--invoke",
        "inc",
        "41",
    ];
    let (status, stdout, stderr) = wexlab_on_dir(&dir, &run);
    assert_eq!((status, stdout.as_str()), (0, "inc 41\n42\n"), "{stderr}");
}

fn wexlab_on_dir(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = go_env(&mut Command::new(env!("CARGO_BIN_EXE_wexlab")))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("wexlab runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// `check --bodies go`: the directive checks, then Go's own; no file.
#[test]
fn check_with_go_bodies() {
    let go = common::oracle().go.display().to_string();
    let args = ["check", "--bodies", "go", "--go", &go, "."];
    let (dir, status, stdout, stderr) = wexlab_on("check-valid", VALID_OUTSIDE_THE_SUBSET, &args);
    assert_eq!((status, stdout.as_str()), (0, ""), "{stderr}");
    let written: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".wasm"))
        .collect();
    assert!(written.is_empty(), "check wrote {written:?}");
    let bad_body = VALID_OUTSIDE_THE_SUBSET.replace("return <-ch", "return \"x\"");
    let (_, status, _, stderr) = wexlab_on("check-type-error", &bad_body, &args);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("main.go:10:9: cannot use \"x\""),
        "{stderr}"
    );
    // A directive error is wexlab's, found before Go runs.
    let reserved = VALID_OUTSIDE_THE_SUBSET.replace("wasmexport add", "wasmexport _start");
    let no_go = ["check", "--bodies", "go", "--go", "/nonexistent/go", "."];
    let (_, status, _, stderr) = wexlab_on("check-directive", &reserved, &no_go);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("main.go:5:"), "{stderr}");
    assert!(!stderr.contains("cannot run"), "Go was called: {stderr}");
}

/// `abi --bodies go` describes the wrappers of a program outside the
/// subset, as the default mode describes one inside it.
#[test]
fn abi_with_go_bodies() {
    let (_, status, text, stderr) = wexlab_on(
        "abi",
        VALID_OUTSIDE_THE_SUBSET,
        &["abi", "--bodies", "go", "main.go"],
    );
    assert_eq!(status, 0, "{stderr}");
    assert!(
        text.starts_with("export add: func(int32, int32) int32\n  wasm (i32 i32) -> (i32)"),
        "{text}"
    );
    // The same signature inside the subset gets the same description.
    let inside = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n";
    let (_, status, default_mode, stderr) = wexlab_on("abi-subset", inside, &["abi", "main.go"]);
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(text, default_mode);
    // In the default mode the program is refused.
    let (_, status, _, stderr) =
        wexlab_on("abi-refused", VALID_OUTSIDE_THE_SUBSET, &["abi", "main.go"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("not supported by wexlab"), "{stderr}");
}

/// `diff --bodies go`: the listings of two rule sets, and with --run the
/// two modules Go's bodies make, called until they disagree.
#[test]
fn diff_with_go_bodies() {
    let go = common::oracle().go.display().to_string();
    let source =
        std::fs::read_to_string(common::root().join("examples/bodies-go/goroutines.go")).unwrap();
    let args = [
        "diff", "--bodies", "go", "--go", &go, "--rules", "go", "--rules", "seed",
    ];
    let (_, status, listing, stderr) =
        wexlab_on("diff", &source, &[&args[..], &["main.go"]].concat());
    assert_eq!(status, 1, "{stderr}");
    assert!(
        listing.starts_with("--- go: export sum\n+++ seed: export sum\n"),
        "{listing}"
    );
    assert!(
        listing.contains("+      (if (call $main.sum (i32.const 0)) unreachable)"),
        "{listing}"
    );
    // The seed's wrapper traps where Go's returns; what the program prints
    // stays out of the report.
    let (_, status, report, stderr) = wexlab_on(
        "diff-run",
        &source,
        &[&args[..], &["--run", "3", "main.go"]].concat(),
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(
        report.contains("behaviour differs: export sum (i32) -> (i64)\n  arguments: 0\n  --rules go: returned 0\n  --rules seed: trapped"),
        "{report}"
    );
    assert!(!report.contains("sum of"), "{report}");
}
