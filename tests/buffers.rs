//! The `buffers` rule set (`rules/buffers`): strings and byte slices as
//! (pointer, length), and the `malloc`/`free` pair its Go file exports.
//!
//! * `corpus/FILE`: each program of `tests/corpus/abi/buffers/` is built
//!   with `--rules buffers` and run in the embedded host, which speaks the
//!   ABI: it puts each string or []byte argument in a buffer from `malloc`,
//!   calls the export with (pointer, length), reads each string or []byte
//!   result at the (pointer, length) it returns, reads each []byte argument
//!   back, and frees the buffers; the host functions below take and return
//!   bytes the same way. The same functions run natively under Go 1.27.3
//!   (`tests/oracle/buffers_harness.go`, with the same host functions in
//!   Go), and both transcripts must be equal, wasm signatures included.
//! * `json/FILE`, `text/FILE`: `wexlab abi` snapshots; `go_rejects/FILE`:
//!   Go 1.27.3 refuses each program, as `--rules go` does.
//! * `lifecycle`, `churn`: malloc'd buffers survive collections until
//!   freed; 5,000 calls on 10 KB buffers keep the memory far below 64 MB.
//! * `diff_go`, `shared_signatures`: against `--rules go`, the listings
//!   differ only by malloc and free, and programs written without this
//!   rule set in mind behave the same under both.
//! * `limits`, `bodies_go`: what the set refuses, in Go's words.
//! * `example`: the README's example, called by its Python wasmtime host.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Trial};
use wexlab::driver::{Options, Session, SourceInput};
use wexlab::host::{Host, HostError, HostState, Outcome, Value, args};
use wexlab::mode::Mode;

/// Calls per export.
const TUPLES: usize = 40;

/// The churn the issue sets: calls, and the size of each buffer.
const CHURN_CALLS: usize = 5_000;
const CHURN_BYTES: usize = 10 * 1024;
/// The memory the churn may leave the module with: "far below 64 MB".
const CHURN_LIMIT: usize = 16 << 20;

/// A check of one corpus file.
type Check = fn(&Path) -> Result<(), String>;
/// A check of the whole set.
type Whole = fn() -> Result<(), String>;

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let checks: [(&str, Check); 4] = [
        ("corpus/", check),
        ("json/", |p| abi_snapshot(p, true)),
        ("text/", |p| abi_snapshot(p, false)),
        ("go_rejects/", go_rejects),
    ];
    for path in common::go_files("tests/corpus/abi/buffers") {
        let file = path.file_name().unwrap_or_default().to_string_lossy();
        for (kind, run) in checks {
            let path = path.clone();
            trials.push(Trial::test(format!("buffers::{kind}{file}"), move || {
                run(&path).map_err(Into::into)
            }));
        }
    }
    let whole: [(&str, Whole); 7] = [
        ("lifecycle", lifecycle),
        ("churn", churn),
        ("diff_go", diff_go),
        ("shared_signatures", shared_signatures),
        ("limits", limits),
        ("bodies_go", bodies_go),
        ("example", example),
    ];
    for (name, run) in whole {
        trials.push(Trial::test(format!("buffers::{name}"), move || {
            run().map_err(Into::into)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

// ---------------------------------------------------------------- the host

fn memory(caller: &wasmi::Caller<'_, HostState>) -> Result<wasmi::Memory, wasmi::Error> {
    caller
        .get_export("memory")
        .and_then(wasmi::Extern::into_memory)
        .ok_or_else(|| wasmi::Error::new("the module exports no memory"))
}

fn read(caller: &wasmi::Caller<'_, HostState>, at: i32, len: i32) -> Result<Vec<u8>, wasmi::Error> {
    let mut bytes = vec![0; len as u32 as usize];
    memory(caller)?
        .read(caller, at as u32 as usize, &mut bytes)
        .map_err(|e| wasmi::Error::new(e.to_string()))?;
    Ok(bytes)
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(2166136261u32, |h, &c| {
        (h ^ u32::from(c)).wrapping_mul(16777619)
    })
}

/// The host functions a corpus program may import from `env`, speaking the
/// buffers ABI; buffers_harness.go's `hostFuncs` are the same in Go.
fn define(linker: &mut wasmi::Linker<HostState>) -> Result<(), wasmi::Error> {
    linker.func_wrap(
        "env",
        "checksum",
        |caller: wasmi::Caller<'_, HostState>, at: i32, len: i32| -> Result<i32, wasmi::Error> {
            Ok(fnv1a(&read(&caller, at, len)?) as i32)
        },
    )?;
    // The string without its first and last byte: a pointer into its bytes.
    linker.func_wrap("env", "inner", |at: i32, len: i32| {
        if len < 2 { (at, 0) } else { (at + 1, len - 2) }
    })?;
    // Upper-cases the bytes where they are and returns them.
    linker.func_wrap(
        "env",
        "shout",
        |mut caller: wasmi::Caller<'_, HostState>,
         at: i32,
         len: i32|
         -> Result<(i32, i32), wasmi::Error> {
            let loud = read(&caller, at, len)?.to_ascii_uppercase();
            memory(&caller)?
                .write(&mut caller, at as u32 as usize, &loud)
                .map_err(|e| wasmi::Error::new(e.to_string()))?;
            Ok((at, len))
        },
    )?;
    Ok(())
}

/// A host of the buffers ABI around the embedded host.
struct BufferHost {
    host: Host,
}

impl BufferHost {
    fn new(wasm: &[u8]) -> Result<BufferHost, String> {
        let mut host = Host::new(wasm, wexlab::host::Stdio::Capture, define).map_err(text)?;
        returned(host.call("_initialize", &[]).map_err(text)?, "_initialize")?;
        Ok(BufferHost { host })
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>, String> {
        returned(self.host.call(name, args).map_err(text)?, name)
    }

    /// A buffer from the module's malloc holding `bytes`.
    fn malloc(&mut self, bytes: &[u8]) -> Result<u32, String> {
        let at = match self.call("malloc", &[Value::I32(bytes.len() as i32)])?[..] {
            [Value::I32(at)] if at != 0 => at as u32,
            ref other => return Err(format!("malloc({}) returned {other:?}", bytes.len())),
        };
        self.host.write_memory(at, bytes).map_err(text)?;
        Ok(at)
    }

    fn free(&mut self, at: u32) -> Result<(), String> {
        self.call("free", &[Value::I32(at as i32)]).map(drop)
    }

    fn read(&self, at: u32, len: usize) -> Result<Vec<u8>, String> {
        self.host.read_memory(at, len).map_err(text)
    }
}

fn text(e: HostError) -> String {
    e.to_string()
}

fn returned(outcome: Outcome, name: &str) -> Result<Vec<Value>, String> {
    match outcome {
        Outcome::Returned(values) => Ok(values),
        other => Err(format!("{name}: {other:?}")),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------- the corpus

fn build(path: &Path) -> Result<(String, Vec<u8>), String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let file = path.to_string_lossy().to_string();
    let wasm = common::wexlab_build(&[(&file, &source)], Mode::CShared, common::rules("buffers"))?;
    Ok((source, wasm))
}

/// An export's name and the Go types of its parameters and results, from
/// `wexlab abi` (the program's malloc and free left out).
struct Export {
    name: String,
    params: Vec<String>,
    results: Vec<String>,
}

fn exports(path: &Path, source: &str) -> Result<Vec<Export>, String> {
    let inputs = [SourceInput {
        path: path.to_string_lossy().to_string(),
        text: source.to_string(),
    }];
    let options = Options {
        mode: Mode::CShared,
        rules: common::rules("buffers"),
        ..Options::default()
    };
    let manifest = wexlab::manifest::manifest(&mut Session::default(), &inputs, &options)
        .map_err(|e| e.to_string())?;
    let go = |places: &[wexlab::manifest::Place]| places.iter().map(|p| p.go.clone()).collect();
    Ok(manifest
        .exports
        .iter()
        .map(|e| Export {
            name: e
                .kind
                .title()
                .rsplit(' ')
                .next()
                .unwrap_or_default()
                .to_string(),
            params: go(&e.params),
            results: go(&e.results),
        })
        .filter(|e| e.name != "malloc" && e.name != "free")
        .collect())
}

fn is_bytes(go: &str) -> bool {
    matches!(go, "string" | "[]byte" | "[]uint8")
}

/// The byte strings the arguments cycle through: empty, short, every byte
/// value, and long ones from a fixed seed.
fn samples() -> Vec<Vec<u8>> {
    let mut seed = 0x5eed_u64;
    let mut random = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 56) as u8
            })
            .collect()
    };
    vec![
        Vec::new(),
        b"a".to_vec(),
        b"Hello, World".to_vec(),
        b"go:wasmexport []byte".to_vec(),
        (0..=255).collect(),
        random(1000),
        random(10_000),
        b"zz".repeat(3000),
    ]
}

/// One argument of a call: bytes, or a wasm value.
enum Arg {
    Bytes(Vec<u8>),
    Value(Value),
}

/// The argument tuples of an export: the integer parameters from
/// `args::tuples`, the byte ones cycling through `samples`.
fn tuples(params: &[String], host: &Host, name: &str) -> Result<Vec<Vec<Arg>>, String> {
    let wasm = host.param_types(name).map_err(text)?;
    // Each byte parameter takes two wasm parameters, any other one.
    let mut numbers = Vec::new();
    let mut index = 0;
    for go in params {
        if is_bytes(go) {
            index += 2;
        } else {
            numbers.push(wasm[index].clone());
            index += 1;
        }
    }
    let values = args::tuples(&numbers, TUPLES, 0x5eed);
    let samples = samples();
    Ok((0..TUPLES)
        .map(|i| {
            let mut values = values.get(i).cloned().unwrap_or_default().into_iter();
            params
                .iter()
                .enumerate()
                .map(|(k, go)| match is_bytes(go) {
                    true => Arg::Bytes(samples[(i + 3 * k) % samples.len()].clone()),
                    false => Arg::Value(values.next().unwrap_or(Value::I32(0))),
                })
                .collect()
        })
        .collect())
}

fn check(path: &Path) -> Result<(), String> {
    let (source, wasm) = build(path)?;
    let exports = exports(path, &source)?;
    let (calls, wexlab) = run_wexlab(&wasm, &exports)?;
    let go = run_go(path, &source, &exports, &calls)?;
    match wexlab.lines().zip(go.lines()).find(|(a, b)| a != b) {
        Some((w, g)) => Err(format!(
            "the module and Go disagree:\n  wexlab: {w}\n  Go:     {g}"
        )),
        None if wexlab.lines().count() != go.lines().count() => Err(format!(
            "{} lines from the module, {} from Go",
            wexlab.lines().count(),
            go.lines().count()
        )),
        None => Ok(()),
    }
}

/// Calls every export as a host of the ABI. Returns the calls (as
/// buffers_harness.go reads them) and the transcript (as it prints it).
fn run_wexlab(wasm: &[u8], exports: &[Export]) -> Result<(String, String), String> {
    let mut host = BufferHost::new(wasm)?;
    let (mut calls, mut transcript) = (String::new(), String::new());
    for export in exports {
        let name = &export.name;
        let params = host.host.param_types(name).map_err(text)?;
        let results = host.host.result_types(name).map_err(text)?;
        let signature = format!("({}) -> ({})", params.join(" "), results.join(" "));
        for tuple in tuples(&export.params, &host.host, name)? {
            let (mut values, mut shown, mut buffers) = (Vec::new(), Vec::new(), Vec::new());
            for (arg, go) in tuple.iter().zip(&export.params) {
                match arg {
                    Arg::Bytes(bytes) => {
                        let at = host.malloc(bytes)?;
                        values.extend([Value::I32(at as i32), Value::I32(bytes.len() as i32)]);
                        shown.push(format!("x:{}", hex(bytes)));
                        buffers.push((at, bytes.len(), go == "string"));
                    }
                    Arg::Value(v) => {
                        values.push(*v);
                        shown.push(v.to_string());
                    }
                }
            }
            let got = host.call(name, &values)?;
            let mut got = got.into_iter();
            let mut out = Vec::new();
            for go in &export.results {
                match (is_bytes(go), got.next()) {
                    (true, Some(Value::I32(at))) => {
                        let Some(Value::I32(len)) = got.next() else {
                            return Err(format!("{name}: a {go} result without its length"));
                        };
                        let bytes = host.read(at as u32, len as u32 as usize)?;
                        out.push(format!("x:{}", hex(&bytes)));
                    }
                    (false, Some(v)) => out.push(v.to_string()),
                    (_, v) => return Err(format!("{name}: result {go} read as {v:?}")),
                }
            }
            let mut after = Vec::new();
            for &(at, len, is_string) in &buffers {
                if !is_string {
                    after.push(format!("x:{}", hex(&host.read(at, len)?)));
                }
                host.free(at)?;
            }
            calls.push_str(&format!("{name} {}\n", shown.join(" ")));
            transcript.push_str(&format!(
                "{name} {signature} {} = {} | {}\n",
                shown.join(" "),
                out.join(" "),
                after.join(" ")
            ));
        }
    }
    Ok((calls, transcript))
}

/// Runs the program's functions natively with Go: the program without its
/// directives (each wasmimport a function variable that the harness
/// fills), the tables of exports and imports, and buffers_harness.go.
fn run_go(path: &Path, source: &str, exports: &[Export], calls: &str) -> Result<String, String> {
    let import = regex_lite::Regex::new(r"//go:wasmimport env (\S+)\nfunc (\w+)").unwrap();
    let imports: Vec<(String, String)> = import
        .captures_iter(source)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    let export = regex_lite::Regex::new(r"//go:wasmexport (\S+)\nfunc (\w+)").unwrap();
    let funcs: Vec<(String, String)> = export
        .captures_iter(source)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .filter(|(name, _)| exports.iter().any(|e| &e.name == name))
        .collect();
    let oracle = common::oracle();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let dir = oracle.cache.join("abi").join(format!("buffers_{stem}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut program = String::new();
    for line in source.lines() {
        if line.starts_with("//go:wasm") || line == "func main() {}" {
            continue;
        }
        match line.strip_prefix("func ") {
            Some(rest)
                if imports
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
    for (export, func) in &funcs {
        tables.push_str(&format!("\t{export:?}: {func},\n"));
    }
    tables.push_str("}\n\nvar imports = []struct {\n\tname string\n\tfn   any\n}{\n");
    for (import, func) in &imports {
        tables.push_str(&format!("\t{{{import:?}, &{func}}},\n"));
    }
    tables.push_str("}\n");
    let harness = std::fs::read_to_string(common::root().join("tests/oracle/buffers_harness.go"))
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
    // Written from another thread: the transcript fills the pipe back
    // before the calls are all written.
    let mut stdin = child.stdin.take().expect("piped");
    let calls = calls.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(calls.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!(
            "go run failed in {}:\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    writer
        .join()
        .map_err(|_| "the thread writing the calls panicked".to_string())?
        .map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

// ---------------------------------------------------------------- snapshots and Go

/// `wexlab abi [--json] --rules buffers FILE` against its snapshot.
fn abi_snapshot(path: &Path, json: bool) -> Result<(), String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wexlab"));
    command.current_dir(common::root()).arg("abi");
    if json {
        command.arg("--json");
    }
    let out = command
        .args(["--rules", "buffers"])
        .arg(path.strip_prefix(common::root()).unwrap_or(path))
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_input_file(path);
    settings.set_snapshot_suffix(path.file_name().unwrap_or_default().to_string_lossy());
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let name = if json { "abi_json" } else { "abi_text" };
    settings.bind(|| insta::assert_snapshot!(name, listing));
    Ok(())
}

/// Go 1.27.3 refuses the program, with the diagnostics `--rules go` prints.
fn go_rejects(path: &Path) -> Result<(), String> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    common::go_rejects(&format!("abi_buffers_{stem}"), path)
}

// ---------------------------------------------------------------- malloc and free

fn garbage_module() -> Result<BufferHost, String> {
    let (_, wasm) = build(&common::root().join("tests/corpus/abi/buffers/garbage.go"))?;
    BufferHost::new(&wasm)
}

/// `checksum` of garbage.go, computed here.
fn checksum(bytes: &[u8]) -> i32 {
    bytes
        .iter()
        .fold(0u32, |t, &c| t.wrapping_mul(31).wrapping_add(u32::from(c))) as i32
}

/// Buffers from malloc keep their bytes, and are not handed out again,
/// while the module makes garbage enough for many collections (80 MiB in
/// all: without collections the memory would outgrow the limit checked at
/// the end); freed ones are reused.
fn lifecycle() -> Result<(), String> {
    let mut host = garbage_module()?;
    let pattern =
        |i: usize, len: usize| -> Vec<u8> { (0..len).map(|k| (k * (i + 3) + i) as u8).collect() };
    let mut live: Vec<(u32, Vec<u8>)> = Vec::new();
    for i in 0..8 {
        let bytes = pattern(i, 1 + i * 12_345);
        live.push((host.malloc(&bytes)?, bytes));
    }
    for round in 0..20 {
        host.call("churn", &[Value::I32(64)])?;
        let (at, bytes) = &live[round % live.len()];
        let len = bytes.len() as i32;
        host.call("keep", &[Value::I32(*at as i32), Value::I32(len)])?;
        for (at, bytes) in &live {
            if host.read(*at, bytes.len())? != *bytes {
                return Err(format!("round {round}: the buffer at {at} changed"));
            }
            let got = host.call(
                "checksum",
                &[Value::I32(*at as i32), Value::I32(bytes.len() as i32)],
            )?;
            if got != [Value::I32(checksum(bytes))] {
                return Err(format!(
                    "round {round}: checksum of the buffer at {at}: {got:?}"
                ));
            }
        }
        if round % 5 == 4 {
            // Free the oldest, then take a new one: it must not overlap
            // a buffer still live.
            let (at, _) = live.remove(0);
            host.free(at)?;
            host.call("churn", &[Value::I32(64)])?;
            let bytes = pattern(100 + round, 20_000);
            let at = host.malloc(&bytes)?;
            let overlaps = live.iter().find(|(other, b)| {
                at < *other + b.len() as u32 && *other < at + bytes.len() as u32
            });
            if let Some((other, _)) = overlaps {
                return Err(format!(
                    "malloc gave {at}, inside the live buffer at {other}"
                ));
            }
            live.push((at, bytes));
        }
    }
    let size = host.host.memory_size().map_err(text)?;
    if size > CHURN_LIMIT {
        return Err(format!(
            "{size} bytes of memory after 80 MiB of garbage: nothing was collected"
        ));
    }
    Ok(())
}

/// 5,000 calls, each on a fresh 10 KB buffer (malloc, write, call, free):
/// the memory stays far below 64 MB. Measured: 6,422,528 bytes (`--nocapture`
/// prints it).
fn churn() -> Result<(), String> {
    let mut host = garbage_module()?;
    for i in 0..CHURN_CALLS {
        let bytes: Vec<u8> = (0..CHURN_BYTES).map(|k| (k ^ i) as u8).collect();
        let at = host.malloc(&bytes)?;
        let got = host.call(
            "checksum",
            &[Value::I32(at as i32), Value::I32(CHURN_BYTES as i32)],
        )?;
        if got != [Value::I32(checksum(&bytes))] {
            return Err(format!("call {i}: {got:?}"));
        }
        host.free(at)?;
    }
    let size = host.host.memory_size().map_err(text)?;
    println!("buffers churn: {CHURN_CALLS} calls on {CHURN_BYTES} bytes: {size} bytes of memory");
    if size > CHURN_LIMIT {
        return Err(format!(
            "{size} bytes of memory after the churn, more than {CHURN_LIMIT}"
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------- against --rules go

struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

fn wexlab(args: &[&str]) -> Result<Ran, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_wexlab"))
        .current_dir(common::root())
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    Ok(Ran {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

/// The headers of `wexlab diff`'s listings: the wrappers that differ.
fn differing(stdout: &str) -> Vec<&str> {
    stdout.lines().filter(|l| l.starts_with("+++ ")).collect()
}

/// `wexlab diff --rules go --rules buffers`: on a program whose signatures
/// both accept, only malloc and free differ (they exist under buffers only)
/// and `--run` finds nothing; a program with a []byte result does not
/// build under go, which is an error.
fn diff_go() -> Result<(), String> {
    let shared = "tests/corpus/signatures/sig_identity.go";
    let listing = wexlab(&["diff", "--rules", "go", "--rules", "buffers", shared])?;
    let want = ["+++ buffers: export malloc", "+++ buffers: export free"];
    if listing.code != 1 || differing(&listing.stdout) != want {
        return Err(format!(
            "diff of {shared}: status {}, differing {:?}\n{}",
            listing.code,
            differing(&listing.stdout),
            listing.stderr
        ));
    }
    let run = wexlab(&[
        "diff", "--rules", "go", "--rules", "buffers", "--run", "100", shared,
    ])?;
    if run.code != 0 || !run.stdout.contains("no behaviour differs") {
        return Err(format!(
            "diff --run of {shared}: status {}\n{}{}",
            run.code, run.stdout, run.stderr
        ));
    }
    let refused = "tests/corpus/abi/buffers/exports.go";
    let run = wexlab(&["diff", "--rules", "go", "--rules", "buffers", refused])?;
    if run.code != 2
        || !run
            .stderr
            .contains("go:wasmexport: unsupported result type string")
    {
        return Err(format!(
            "diff of {refused}: status {}\n{}",
            run.code, run.stderr
        ));
    }
    Ok(())
}

/// Programs written without this rule set in mind behave the same under
/// it as under go: every export of the signature corpus (`diff --run`),
/// and every program of the run corpus that imports nothing beyond WASI
/// (built for exe, run to its end: outcome and output), but the one that
/// exports a malloc of its own, which the set's malloc meets.
fn shared_signatures() -> Result<(), String> {
    for path in common::go_files("tests/corpus/signatures") {
        let file = path
            .strip_prefix(common::root())
            .unwrap_or(&path)
            .to_string_lossy()
            .to_string();
        let run = wexlab(&[
            "diff", "--rules", "go", "--rules", "buffers", "--run", "30", &file,
        ])?;
        if run.code != 0 {
            return Err(format!(
                "diff --run of {file}: status {}\n{}{}",
                run.code, run.stdout, run.stderr
            ));
        }
    }
    let mut ran = 0;
    for path in common::go_files("tests/corpus/run") {
        let source = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        if source.contains("//go:wasmimport") {
            continue;
        }
        let file = path.to_string_lossy().to_string();
        if source.contains("//go:wasmexport malloc\n") {
            // The program's own malloc meets the set's: Go's error for it.
            let err =
                common::wexlab_build(&[(&file, &source)], Mode::Exe, common::rules("buffers"))
                    .err()
                    .unwrap_or_default();
            if !err.starts_with("rules/buffers/malloc.go:24:3: duplicate wasmexport name malloc\n")
            {
                return Err(format!(
                    "{file} exports malloc, and --rules buffers says:\n{err}"
                ));
            }
            continue;
        }
        let run = |rules: &str| -> Result<(Outcome, Vec<u8>), String> {
            let wasm = common::wexlab_build(&[(&file, &source)], Mode::Exe, common::rules(rules))?;
            let mut host =
                Host::new(&wasm, wexlab::host::Stdio::Capture, |_| Ok(())).map_err(text)?;
            let outcome = host.call("_start", &[]).map_err(text)?;
            Ok((outcome, host.stderr()))
        };
        let (go, buffers) = (run("go")?, run("buffers")?);
        if go != buffers {
            return Err(format!(
                "{file}: --rules go {:?} {:?}, --rules buffers {:?} {:?}",
                go.0,
                String::from_utf8_lossy(&go.1),
                buffers.0,
                String::from_utf8_lossy(&buffers.1)
            ));
        }
        ran += 1;
    }
    if ran < 100 {
        return Err(format!("only {ran} programs of tests/corpus/run ran"));
    }
    Ok(())
}

/// What the set refuses, in Go's words: anything but string and []byte is
/// as under go, and still at most one result.
fn limits() -> Result<(), String> {
    let cases = [
        (
            "func f() (string, int32) { return \"\", 0 }",
            "go:wasmexport: too many return values",
        ),
        (
            "func f(b []int32) {}",
            "go:wasmexport: unsupported parameter type []int32",
        ),
        (
            "func f() []int8 { return nil }",
            "go:wasmexport: unsupported result type []int8",
        ),
        (
            "func f(x int8) {}",
            "go:wasmexport: unsupported parameter type int8",
        ),
        (
            "func f(b [][]byte) {}",
            "go:wasmexport: unsupported parameter type [][]byte",
        ),
    ];
    for (func, want) in cases {
        let source = format!("package main\n\n//go:wasmexport f\n{func}\n\nfunc main() {{}}\n");
        let got = match common::wexlab_build(
            &[("f.go", &source)],
            Mode::CShared,
            common::rules("buffers"),
        ) {
            Ok(_) => "no error".to_string(),
            Err(e) => e,
        };
        if got.trim() != format!("f.go:4:6: {want}") {
            return Err(format!(
                "{func}:\n  got:  {}\n  want: f.go:4:6: {want}",
                got.trim()
            ));
        }
    }
    let import = "package main\n\n//go:wasmimport env g\nfunc g(b []int32) string\n\nfunc main() { g(nil) }\n";
    let got = match common::wexlab_build(&[("g.go", import)], Mode::Exe, common::rules("buffers")) {
        Ok(_) => "no error".to_string(),
        Err(e) => e,
    };
    let want = "g.go:4:6: go:wasmimport: unsupported parameter type []int32";
    if got.trim() != want {
        return Err(format!("import:\n  got:  {}\n  want: {want}", got.trim()));
    }
    Ok(())
}

/// `--bodies go` cannot use a rule set that carries Go code: an error that
/// says so, and nothing written.
fn bodies_go() -> Result<(), String> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("buffers-bodies-go.wasm");
    let _ = std::fs::remove_file(&out);
    let run = wexlab(&[
        "build",
        "--bodies",
        "go",
        "--rules",
        "buffers",
        "examples/add.go",
        "-o",
        &out.to_string_lossy(),
    ])?;
    let want = "wexlab: rule set buffers carries Go code (rules/buffers/malloc.go) that only wexlab compiles, and --bodies go builds with Go's toolchain: build with --bodies wexlab";
    if run.code != 1 || run.stderr.trim() != want || out.exists() {
        return Err(format!(
            "status {}, wrote {}: {}",
            run.code,
            out.exists(),
            run.stderr
        ));
    }
    Ok(())
}

/// examples/abi/buffers.go built as the README says, called by its Python
/// host under wasmtime: what the README says it prints.
fn example() -> Result<(), String> {
    let wasm = Path::new(env!("CARGO_TARGET_TMPDIR")).join("buffers-example.wasm");
    let wasm = wasm.to_string_lossy();
    let build = wexlab(&[
        "build",
        "examples/abi/buffers.go",
        "--rules",
        "buffers",
        "--buildmode",
        "c-shared",
        "-o",
        &wasm,
    ])?;
    if build.code != 0 {
        return Err(build.stderr);
    }
    let out = Command::new(&common::oracle().python)
        .current_dir(common::root())
        .args(["examples/abi/buffers.py", &*wasm])
        .output()
        .map_err(|e| e.to_string())?;
    let printed = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || printed != "HELLO, BUFFERS!\n2\nsreffub ,olleh\n" {
        return Err(format!("{printed}{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(())
}
