//! Differential tests: every program of tests/corpus/run/ and
//! tests/corpus/signatures/ is built by Go
//! 1.27.3 and by wexlab, run under the same host (Python wasmtime) with the
//! calls its header lists, and compared on exports and their signatures,
//! wrapper instructions (call targets and return-address constants masked),
//! call results (bit-exact, NaN-aware), stderr (up to Go's traceback),
//! exit codes, and the program's own wasmimports (module, name and type, in
//! the import section's order; the runtimes' imports are left out).
//!
//! A program's header:
//!   // run: c-shared | exe        build mode (c-shared by default)
//!   // call: EXPORT ARG...         a call, after _initialize or _start;
//!        an ARG str:TEXT is a string the host writes into memory (see
//!        tests/oracle/host.py), an ARG $NAME or $NAME+OFFSET an address
//!        (an i32) that an earlier call's result bound
//!   // call: EXPORT ARG... => USE...  a call whose result is an address
//!        into the module's memory; USE is
//!          $NAME    remember it as $NAME for later steps (not compared)
//!          mem:N    compare the N bytes at it
//!          packed   the result is an i64 ptr<<32 | len: compare the len
//!                   bytes at ptr
//!        ($NAME may come with mem:N or packed; a zero address compares
//!        as nil and is not read, except for a packed zero length)
//!   // write: ADDR DATA...         the host writes bytes at ADDR ($NAME or
//!        $NAME+OFFSET); DATA is hex:BYTES (hex:0102ff) or str:TEXT (UTF-8,
//!        \s a space, \\ a backslash), several written one after another
//!   // read: ADDR N                compare the N bytes at ADDR now
//!   // import: MODULE NAME (PARAMS) (RESULTS) ACTION
//!        ACTION is callback:EXPORT (the host calls the export back),
//!        echo (returns the first argument), echo:INDEX (the argument at
//!        INDEX) or const:VALUE
//!   // wrappers: no               do not compare wrapper instructions
//!
//! Calls, writes and reads are steps run in the header's order, each with
//! an outcome compared with Go's (a write's says only that it was done).
//! Addresses are never compared as numbers: Go's module and wexlab's lay
//! memory out differently. Programs without imports run in wexlab's
//! embedded host too, memory steps included.
//!
//! Each program is also built with `--rules seed`: where that succeeds, each
//! wrapper must be Go's with exactly the differences docs/wrapper.md lists; where it
//! fails, only types outside the seed's table may be the reason.
//!
//! Each program is a trial: `cargo test --test oracle NAME` runs the programs
//! whose trial name (`oracle::run/FILE.go`) contains NAME.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use common::serde_like::Json;
use libtest_mimic::{Arguments, Trial};
use wexlab::mode::Mode;

struct Case {
    name: String,
    source: String,
    mode: Mode,
    steps: Vec<Step>,
    imports: Vec<Json>,
    compare_wrappers: bool,
}

/// A step of a program's header, run in the header's order after the
/// entry point.
enum Step {
    /// `call: EXPORT ARG... [=> USE...]`
    Call {
        export: String,
        args: Vec<String>,
        address: Option<AddressUse>,
    },
    /// `write: ADDR DATA...`: the host writes bytes at an address.
    Write { at: String, bytes: Vec<u8> },
    /// `read: ADDR N`: the N bytes at an address are compared.
    Read { at: String, len: u32 },
}

/// A call's result taken as an address (`=> $NAME`, `mem:N`, `packed`).
/// Go's module and wexlab's lay memory out differently, so the number
/// itself is never compared: only whether it is nil and what it points to.
#[derive(Default)]
struct AddressUse {
    bind: Option<String>,
    pointee: Option<Pointee>,
}

#[derive(Clone, Copy)]
enum Pointee {
    /// `mem:N`: the N bytes at the address.
    Bytes(u32),
    /// `packed`: an i64 `ptr<<32 | len`, the len bytes at ptr.
    Packed,
}

impl AddressUse {
    /// ` => $NAME mem:N`, as the header says it.
    fn label(&self) -> String {
        let mut label = " =>".to_string();
        if let Some(b) = &self.bind {
            label.push_str(&format!(" ${b}"));
        }
        match self.pointee {
            Some(Pointee::Bytes(n)) => label.push_str(&format!(" mem:{n}")),
            Some(Pointee::Packed) => label.push_str(" packed"),
            None => {}
        }
        label
    }
}

impl Pointee {
    /// The byte count of `mem:N` (a packed result carries its own).
    fn bytes(self) -> Option<u32> {
        match self {
            Pointee::Bytes(n) => Some(n),
            Pointee::Packed => None,
        }
    }
}

impl Step {
    /// The step as failure messages name it.
    fn label(&self) -> String {
        match self {
            Step::Call {
                export,
                args,
                address,
            } => {
                let uses = address.as_ref().map(AddressUse::label);
                format!(
                    "call {export}({}){}",
                    args.join(", "),
                    uses.unwrap_or_default()
                )
            }
            Step::Write { at, bytes } => format!("write {at} hex:{}", hex(bytes)),
            Step::Read { at, len } => format!("read {at} {len}"),
        }
    }

    /// The step in tests/oracle/host.py's protocol.
    fn json(&self) -> Json {
        let num = |n: u32| Json::Num(f64::from(n));
        match self {
            Step::Call {
                export,
                args,
                address,
            } => {
                let mut fields = vec![
                    ("call".into(), Json::str(export)),
                    (
                        "args".into(),
                        Json::Array(args.iter().map(Json::str).collect()),
                    ),
                ];
                let u = address.as_ref();
                if let Some(b) = u.and_then(|u| u.bind.as_ref()) {
                    fields.push(("bind".into(), Json::str(b)));
                }
                match u.and_then(|u| u.pointee) {
                    Some(Pointee::Bytes(n)) => fields.push(("read".into(), num(n))),
                    Some(Pointee::Packed) => fields.push(("read".into(), Json::str("packed"))),
                    None => {}
                }
                Json::Object(fields)
            }
            Step::Write { at, bytes } => Json::Object(vec![
                ("write".into(), Json::str(at)),
                ("hex".into(), Json::str(hex(bytes))),
            ]),
            Step::Read { at, len } => Json::Object(vec![
                ("read".into(), Json::str(at)),
                ("len".into(), num(*len)),
            ]),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `call: EXPORT ARG... [=> USE...]`.
fn parse_call(text: &str) -> Step {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (call, uses) = match words.iter().position(|w| *w == "=>") {
        Some(i) => (&words[..i], Some(&words[i + 1..])),
        None => (&words[..], None),
    };
    let (export, args) = call.split_first().expect("a call names an export");
    let args = args.iter().map(|w| w.to_string()).collect();
    Step::Call {
        export: export.to_string(),
        args,
        address: uses.map(parse_address_use),
    }
}

/// What follows `=>`: `$NAME` (remember the address), then at most one of
/// `mem:N` and `packed` (compare what it points to).
fn parse_address_use(words: &[&str]) -> AddressUse {
    let mut u = AddressUse::default();
    for &word in words {
        let pointee = if let Some(name) = word.strip_prefix('$') {
            assert!(
                is_name(name),
                "`=> {word}`: a name is letters, digits and _"
            );
            u.bind = Some(name.to_string());
            continue;
        } else if let Some(n) = word.strip_prefix("mem:") {
            Pointee::Bytes(n.parse().expect("mem:N, N a byte count"))
        } else if word == "packed" {
            Pointee::Packed
        } else {
            panic!("`=> {word}`: a result is used as $NAME, mem:N or packed");
        };
        assert!(u.pointee.is_none(), "`=> {word}`: mem:N or packed, once");
        u.pointee = Some(pointee);
    }
    assert!(
        u.bind.is_some() || u.pointee.is_some(),
        "`=>` needs $NAME, mem:N or packed"
    );
    u
}

/// `write: ADDR DATA...`, each DATA `hex:BYTES` or `str:TEXT` (`\s` a
/// space, `\\` a backslash), written one after the other.
fn parse_write(text: &str) -> Step {
    let mut words = text.split_whitespace();
    let at = words.next().expect("write: ADDR DATA...");
    let mut bytes = Vec::new();
    for word in words {
        if let Some(h) = word.strip_prefix("hex:") {
            assert!(
                h.is_ascii() && h.len() % 2 == 0,
                "`{word}`: two hex digits a byte"
            );
            for i in (0..h.len()).step_by(2) {
                let byte = u8::from_str_radix(&h[i..i + 2], 16);
                bytes.push(byte.unwrap_or_else(|_| panic!("`{word}` is not hex")));
            }
        } else if let Some(t) = word.strip_prefix("str:") {
            bytes.extend(unescape_text(t).into_bytes());
        } else {
            panic!("`write: … {word}`: data is hex:BYTES or str:TEXT");
        }
    }
    Step::Write {
        at: at.to_string(),
        bytes,
    }
}

/// `read: ADDR N`.
fn parse_read(text: &str) -> Step {
    let mut words = text.split_whitespace();
    let (Some(at), Some(len), None) = (words.next(), words.next(), words.next()) else {
        panic!("`read: {text}`: read: ADDR N");
    };
    Step::Read {
        at: at.to_string(),
        len: len.parse().expect("read: ADDR N, N a byte count"),
    }
}

/// The name in an address `$NAME` or `$NAME+OFFSET` (a decimal offset).
fn address_name(word: &str) -> &str {
    let bad = || panic!("`{word}`: an address is $NAME or $NAME+OFFSET");
    let Some(rest) = word.strip_prefix('$') else {
        bad()
    };
    let (name, offset) = rest.split_once('+').unwrap_or((rest, "0"));
    if !is_name(name) || offset.parse::<u32>().is_err() {
        bad();
    }
    name
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Every address a step uses must be well formed and bound by an earlier
/// call: a typo would otherwise fail the same way in both modules and pass.
fn check_bindings(file: &str, steps: &[Step]) {
    let mut bound = std::collections::HashSet::new();
    for step in steps {
        let used: Vec<&str> = match step {
            Step::Call { args, .. } => args
                .iter()
                .filter(|a| a.starts_with('$'))
                .map(|a| address_name(a))
                .collect(),
            Step::Write { at, .. } | Step::Read { at, .. } => vec![address_name(at)],
        };
        for name in used {
            assert!(
                bound.contains(name),
                "{file}: `{}` uses ${name} before a call binds it",
                step.label()
            );
        }
        if let Step::Call {
            address: Some(AddressUse { bind: Some(b), .. }),
            ..
        } = step
        {
            bound.insert(b.clone());
        }
    }
}

fn parse_case(name: &str, source: &str) -> Case {
    let mut case = Case {
        name: name.to_string(),
        source: source.to_string(),
        mode: Mode::CShared,
        steps: Vec::new(),
        imports: Vec::new(),
        compare_wrappers: true,
    };
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("//") else {
            if line.starts_with("package") {
                break;
            }
            continue;
        };
        let rest = rest.trim();
        if let Some(m) = rest.strip_prefix("run:") {
            case.mode = match m.trim() {
                "exe" => Mode::Exe,
                _ => Mode::CShared,
            };
        } else if let Some(c) = rest.strip_prefix("call:") {
            case.steps.push(parse_call(c));
        } else if let Some(w) = rest.strip_prefix("write:") {
            case.steps.push(parse_write(w));
        } else if let Some(r) = rest.strip_prefix("read:") {
            case.steps.push(parse_read(r));
        } else if let Some(i) = rest.strip_prefix("import:") {
            // MODULE NAME (PARAMS) (RESULTS) ACTION
            let i = i.trim();
            let (head, tail) = i
                .split_once('(')
                .expect("import: MODULE NAME (PARAMS) (RESULTS) ACTION");
            let mut hw = head.split_whitespace();
            let module = hw.next().expect("module");
            let name = hw.next().expect("name");
            let (params, tail) = tail.split_once(')').expect("params");
            let (_, tail) = tail.split_once('(').expect("results");
            let (results, action) = tail.split_once(')').expect("results");
            let list = |s: &str| Json::Array(s.split_whitespace().map(Json::str).collect());
            case.imports.push(Json::Object(vec![
                ("module".into(), Json::str(module)),
                ("name".into(), Json::str(name)),
                ("params".into(), list(params)),
                ("results".into(), list(results)),
                ("action".into(), Json::str(action.trim())),
            ]));
        } else if rest == "wrappers: no" {
            case.compare_wrappers = false;
        }
    }
    check_bindings(name, &case.steps);
    case
}

/// Go's stderr up to its traceback: the lines before it must be Go's, the
/// trace itself may differ (docs/subset.md).
fn mask_stderr(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        if line.starts_with("goroutine ") && line.ends_with(":") {
            out.push_str("goroutine …\n");
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn outcome_text(o: &Json) -> String {
    match o.get("kind").and_then(Json::as_str) {
        Some("ok") => {
            let vals: Vec<String> = o
                .get("values")
                .map(|v| v.as_array().to_vec())
                .unwrap_or_default()
                .iter()
                .map(|pair| {
                    let items = pair.as_array();
                    let ty = items.first().and_then(Json::as_str).unwrap_or("?");
                    let text = items
                        .get(1)
                        .and_then(Json::as_str)
                        .unwrap_or("?")
                        .to_string();
                    // Any NaN equals any NaN.
                    let nan = match ty {
                        "f32" => u32::from_str_radix(text.trim_start_matches("0x"), 16)
                            .is_ok_and(|b| f32::from_bits(b).is_nan()),
                        "f64" => u64::from_str_radix(text.trim_start_matches("0x"), 16)
                            .is_ok_and(|b| f64::from_bits(b).is_nan()),
                        _ => false,
                    };
                    if nan {
                        format!("{ty}:NaN")
                    } else {
                        format!("{ty}:{text}")
                    }
                })
                .collect();
            format!("ok [{}]", vals.join(", "))
        }
        Some("exit") => format!(
            "exit {}",
            o.get("code").map(|c| c.to_string()).unwrap_or_default()
        ),
        Some("trap") => "trap".to_string(),
        Some(other) => format!(
            "{other}: {}",
            o.get("message").and_then(Json::as_str).unwrap_or("")
        ),
        None => "?".to_string(),
    }
}

/// A case's builds: Go's, wexlab's with the go rules, and with the seed rules.
struct Builds {
    go: Result<Vec<u8>, String>,
    ours: Result<Vec<u8>, String>,
    seed: Result<Vec<u8>, String>,
}

/// The cases that run, built, and what the Python host saw of the modules
/// of those that built both ways (Go's outcome, then wexlab's). The host is
/// started once for all of them: one Python process per program would cost
/// more than the runs.
struct Batch {
    builds: HashMap<usize, Builds>,
    runs: HashMap<usize, (Json, Json)>,
}

impl Batch {
    fn new(cases: &[Case], selected: &[usize]) -> Batch {
        let oracle = common::oracle();
        let builds = build_all(cases, selected);
        let base = oracle.cache.join("modules");
        std::fs::create_dir_all(&base).unwrap();
        let mut jobs = Vec::new();
        let mut ran = Vec::new();
        for &i in selected {
            let c = &cases[i];
            let (Ok(go), Ok(ours)) = (&builds[&i].go, &builds[&i].ours) else {
                continue;
            };
            let go_path = base.join(format!("{}.go.wasm", c.name));
            let our_path = base.join(format!("{}.wexlab.wasm", c.name));
            std::fs::write(&go_path, go).unwrap();
            std::fs::write(&our_path, ours).unwrap();
            jobs.push(host_job(c, &go_path));
            jobs.push(host_job(c, &our_path));
            ran.push(i);
        }
        let results = if jobs.is_empty() {
            Vec::new()
        } else {
            oracle.run(&Json::Array(jobs))
        };
        let mut results = results.into_iter();
        let runs = ran
            .into_iter()
            .map(|i| {
                let mut next = || results.next().expect("the host answers every job");
                (i, (next(), next()))
            })
            .collect();
        Batch { builds, runs }
    }
}

/// Builds the selected cases, Go's builds on two threads.
fn build_all(cases: &[Case], selected: &[usize]) -> HashMap<usize, Builds> {
    let oracle = common::oracle();
    let build = |c: &Case| {
        let file = format!("{}.go", c.name);
        let files = [(file.as_str(), c.source.as_str())];
        Builds {
            go: oracle.go_build(&c.name, &files, c.mode),
            ours: common::wexlab_build(&files, c.mode, common::rules("go")),
            seed: common::wexlab_build(&files, c.mode, common::rules("seed")),
        }
    };
    std::thread::scope(|s| {
        let handles: Vec<_> = selected
            .chunks(selected.len().div_ceil(2).max(1))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|&i| (i, build(&cases[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("build thread"))
            .collect()
    })
}

/// The host's job for one module of a case: its entry point, steps and imports.
fn host_job(c: &Case, wasm: &std::path::Path) -> Json {
    let calls = c.steps.iter().map(Step::json).collect();
    Json::Object(vec![
        ("wasm".into(), Json::str(wasm.display().to_string())),
        ("entry".into(), Json::str(entry_of(c))),
        ("calls".into(), Json::Array(calls)),
        ("imports".into(), Json::Array(c.imports.clone())),
    ])
}

fn entry_of(c: &Case) -> &'static str {
    match c.mode {
        Mode::Exe => "_start",
        Mode::CShared => "_initialize",
    }
}

/// What the trials counted, for the summary line.
#[derive(Default)]
struct Totals {
    programs: usize,
    calls: usize,
    embedded: usize,
    seed_wrappers: usize,
    disagreements: usize,
}

/// Compares one case's builds and runs with Go's; returns the disagreements.
fn check_case(
    c: &Case,
    builds: &Builds,
    run: Option<&(Json, Json)>,
    totals: &mut Totals,
) -> Vec<String> {
    let mut failures = Vec::new();
    totals.programs += 1;
    if let Ok(go) = &builds.go {
        totals.seed_wrappers += check_seed_rules(c, go, &builds.seed, &mut failures);
    }
    let (go, ours) = match (&builds.go, &builds.ours) {
        (Ok(g), Ok(o)) => (g, o),
        (Err(e), _) => {
            failures.push(format!("{}: Go does not build it:\n{e}", c.name));
            return failures;
        }
        (_, Err(e)) => {
            failures.push(format!("{}: wexlab does not build it:\n{e}", c.name));
            return failures;
        }
    };
    if c.compare_wrappers {
        for (export, _) in exports_of(ours) {
            if export == "_start" || export == "_initialize" || export == "memory" {
                continue;
            }
            let g = common::wrapper_body(go, &export);
            let o = common::wrapper_body(ours, &export);
            if g != o {
                failures.push(format!(
                    "{}: the wrapper of {export} differs\n  Go:     {:?}\n  wexlab: {:?}",
                    c.name, g, o
                ));
            }
        }
    }
    let (go_imports, our_imports) = (go_own_imports(go), wexlab_own_imports(ours));
    if go_imports != our_imports {
        failures.push(format!(
            "{}: the program's imports differ\n  Go:     {go_imports:?}\n  wexlab: {our_imports:?}",
            c.name
        ));
    }
    let (go, ours) = run.expect("the host ran every case that built");
    if go.get("exports") != ours.get("exports") {
        failures.push(format!(
            "{}: exports differ\n  Go:     {}\n  wexlab: {}",
            c.name,
            go.get("exports").map(|e| e.to_string()).unwrap_or_default(),
            ours.get("exports")
                .map(|e| e.to_string())
                .unwrap_or_default()
        ));
    }
    let (go_out, our_out) = (
        go.get("outcomes").unwrap().as_array(),
        ours.get("outcomes").unwrap().as_array(),
    );
    let names: Vec<String> = std::iter::once(format!("call {}", entry_of(c)))
        .chain(c.steps.iter().map(Step::label))
        .collect();
    let calls = c.steps.iter().filter(|s| matches!(s, Step::Call { .. }));
    totals.calls += 1 + calls.count();
    for (n, name) in names.iter().enumerate() {
        let g = go_out
            .get(n)
            .map(outcome_text)
            .unwrap_or_else(|| "missing".into());
        let o = our_out
            .get(n)
            .map(outcome_text)
            .unwrap_or_else(|| "missing".into());
        if g != o {
            failures.push(format!("{}: {name}\n  Go:     {g}\n  wexlab: {o}", c.name));
        }
    }
    // wexlab's own host (`wexlab run`, wasmi) must see what Go's build
    // shows under wasmtime too. Programs with imports are left to the
    // Python host, which implements their actions.
    if c.imports.is_empty() {
        totals.embedded += 1;
        let (outcomes, stderr) = embedded_transcript(&builds.ours, c);
        for (n, name) in names.iter().enumerate() {
            let g = go_out
                .get(n)
                .map(outcome_text)
                .unwrap_or_else(|| "missing".into());
            let o = outcomes.get(n).cloned().unwrap_or_else(|| "missing".into());
            if g != o {
                failures.push(format!(
                    "{}: {name} in wexlab's embedded host\n  Go:     {g}\n  wexlab: {o}",
                    c.name
                ));
            }
        }
        let gs = mask_stderr(go.get("stderr").and_then(Json::as_str).unwrap_or(""));
        if gs != mask_stderr(&stderr) {
            failures.push(format!(
                "{}: stderr differs in wexlab's embedded host\n--- Go\n{gs}--- wexlab\n{}---",
                c.name,
                mask_stderr(&stderr)
            ));
        }
    }
    let gs = mask_stderr(go.get("stderr").and_then(Json::as_str).unwrap_or(""));
    let os = mask_stderr(ours.get("stderr").and_then(Json::as_str).unwrap_or(""));
    if gs != os {
        failures.push(format!(
            "{}: stderr differs\n--- Go\n{gs}--- wexlab\n{os}---",
            c.name
        ));
    }
    failures
}

/// Shared by the trials: the cases, those the command line selects, their
/// batch (made by the first trial that needs it) and the counts.
struct Shared {
    cases: Vec<Case>,
    selected: Vec<usize>,
    /// `Err` holds why the batch failed (no oracle, the host crashed): each
    /// trial reports it rather than making the batch again.
    batch: OnceLock<Result<Batch, String>>,
    totals: Mutex<Totals>,
}

impl Shared {
    fn check(&self, i: usize) -> Result<(), String> {
        let batch = self.batch.get_or_init(|| {
            std::panic::catch_unwind(|| Batch::new(&self.cases, &self.selected)).map_err(|e| {
                let message = e
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| e.downcast_ref::<&str>().copied());
                format!("the batch failed: {}", message.unwrap_or("(no message)"))
            })
        });
        let batch = batch.as_ref().map_err(String::clone)?;
        let mut totals = self.totals.lock().unwrap_or_else(|e| e.into_inner());
        let failures = check_case(
            &self.cases[i],
            &batch.builds[&i],
            batch.runs.get(&i),
            &mut totals,
        );
        totals.disagreements += failures.len();
        if failures.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "wexlab disagrees with Go 1.27.3:\n\n{}",
                failures.join("\n\n")
            ))
        }
    }
}

fn main() {
    let args = Arguments::from_args();
    let paths: Vec<_> = ["run", "signatures"]
        .iter()
        .flat_map(|d| common::go_files(&format!("tests/corpus/{d}")))
        .collect();
    let names: Vec<String> = paths
        .iter()
        .map(|p| common::trial_name("oracle", p))
        .collect();
    let cases: Vec<Case> = paths
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            parse_case(&name, &std::fs::read_to_string(p).unwrap())
        })
        .collect();
    let selected = (0..cases.len())
        .filter(|&i| !args.is_filtered_out(&Trial::test(names[i].clone(), || Ok(()))))
        .collect();
    let shared = Arc::new(Shared {
        cases,
        selected,
        batch: OnceLock::new(),
        totals: Mutex::default(),
    });
    let trials = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let shared = Arc::clone(&shared);
            Trial::test(name, move || Ok(shared.check(i)?))
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    let totals = shared.totals.lock().unwrap_or_else(|e| e.into_inner());
    if totals.programs > 0 {
        common::summary(&format!(
            "oracle: {} programs, {} calls, {} programs also in the embedded host, {} seed-rule wrappers; {} disagreement(s)",
            totals.programs,
            totals.calls,
            totals.embedded,
            totals.seed_wrappers,
            totals.disagreements
        ));
    }
    // The corpus holds programs written for the seed's type table; if none
    // of them built with `--rules seed`, the seed comparison checked nothing.
    if common::runs_everything(&args) && totals.seed_wrappers < 20 {
        eprintln!(
            "oracle: only {} wrappers were compared with the seed shape",
            totals.seed_wrappers
        );
        std::process::exit(101);
    }
    conclusion.exit();
}

/// Go 1.27.3's runtime imports, from `wasi_snapshot_preview1`: every
/// module it builds lists them first, whatever the program uses, then the
/// program's own wasmimports.
const GO_RUNTIME_IMPORTS: [&str; 10] = [
    "sched_yield",
    "proc_exit",
    "args_get",
    "args_sizes_get",
    "clock_time_get",
    "environ_get",
    "environ_sizes_get",
    "fd_write",
    "random_get",
    "poll_oneoff",
];

/// The program's own wasmimports in Go's module, in order: what follows
/// the runtime's imports (or why the module does not start with them).
fn go_own_imports(wasm: &[u8]) -> Result<Vec<String>, String> {
    let imports = imports_of(wasm)?;
    let runtime: Vec<String> = imports
        .iter()
        .take(GO_RUNTIME_IMPORTS.len())
        .map(|i| i.module_name.clone())
        .collect();
    let expected: Vec<String> = GO_RUNTIME_IMPORTS
        .iter()
        .map(|n| format!("wasi_snapshot_preview1.{n}"))
        .collect();
    if runtime != expected {
        return Err(format!("Go's runtime imports are not {expected:?}"));
    }
    let own = &imports[GO_RUNTIME_IMPORTS.len()..];
    Ok(own.iter().map(Import::text).collect())
}

/// The program's own wasmimports in wexlab's module, in order: those its
/// name section names as wasmimports (wexlab's runtime imports, WASI's
/// fd_write and proc_exit, are there only when used; docs/module.md).
fn wexlab_own_imports(wasm: &[u8]) -> Result<Vec<String>, String> {
    let imports = imports_of(wasm)?;
    let own = imports.iter().filter(|i| {
        i.func_name
            .as_deref()
            .is_some_and(wexlab::ir::build::is_import_symbol)
    });
    Ok(own.map(Import::text).collect())
}

/// An imported function: `MODULE.NAME`, its type, and its name in the name
/// section, if any.
struct Import {
    module_name: String,
    params: Vec<wasmparser::ValType>,
    results: Vec<wasmparser::ValType>,
    func_name: Option<String>,
}

impl Import {
    /// `env.f (i32 i64) -> (f64)`, as failures show and compare it.
    fn text(&self) -> String {
        let list = |ts: &[wasmparser::ValType]| {
            ts.iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        format!(
            "{} ({}) -> ({})",
            self.module_name,
            list(&self.params),
            list(&self.results)
        )
    }
}

/// The imported functions of a module, in the import section's order.
fn imports_of(wasm: &[u8]) -> Result<Vec<Import>, String> {
    use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut types = Vec::new();
    let mut imports: Vec<Import> = Vec::new();
    let mut names: HashMap<u32, String> = HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::TypeSection(r) => {
                for ty in r.into_iter_err_on_gc_types() {
                    types.push(ty.map_err(err)?);
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.map_err(err)?;
                    let TypeRef::Func(t) = imp.ty else { continue };
                    let ty = types.get(t as usize).ok_or("an import's type is missing")?;
                    imports.push(Import {
                        module_name: format!("{}.{}", imp.module, imp.name),
                        params: ty.params().to_vec(),
                        results: ty.results().to_vec(),
                        func_name: None,
                    });
                }
            }
            Payload::CustomSection(c) => {
                if let KnownCustom::Name(r) = c.as_known() {
                    for sub in r {
                        if let Name::Function(map) = sub.map_err(err)? {
                            for n in map {
                                let n = n.map_err(err)?;
                                names.insert(n.index, n.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // Imported functions come first in the function index space.
    for (i, imp) in imports.iter_mut().enumerate() {
        imp.func_name = names.remove(&(i as u32));
    }
    Ok(imports)
}

fn exports_of(wasm: &[u8]) -> Vec<(String, u32)> {
    use wasmparser::{Parser, Payload};
    let mut out = Vec::new();
    for payload in Parser::new(0).parse_all(wasm).flatten() {
        if let Payload::ExportSection(r) = payload {
            for e in r.into_iter().flatten() {
                out.push((e.name.to_string(), e.index));
            }
        }
    }
    out
}

/// Types the seed CL's table accepts (docs/abi.md), by underlying type; the
/// corpus names its named types `My…` after their underlying types.
/// unsafe.Pointer is a parameter type only.
fn seed_accepts(go_type: &str, result: bool) -> bool {
    let number = matches!(
        go_type,
        "int32" | "uint32" | "int64" | "uint64" | "float32" | "float64"
    ) || matches!(
        go_type,
        "MyI32" | "MyI32b" | "MyU32" | "MyI64" | "MyU64" | "MyF32" | "MyF64"
    );
    number || (!result && matches!(go_type, "unsafe.Pointer" | "MyPtr"))
}

/// `--rules seed` against docs/wrapper.md: where the seed set builds a program, each
/// wrapper must be Go's wrapper with the seed's differences applied; where
/// it refuses, every error must name a type outside the seed's table.
/// Returns the number of wrappers compared.
fn check_seed_rules(
    c: &Case,
    go: &[u8],
    seed: &Result<Vec<u8>, String>,
    failures: &mut Vec<String>,
) -> usize {
    let seed = match seed {
        Ok(seed) => seed,
        Err(diags) => {
            for line in diags
                .lines()
                .filter(|l| l.contains(": error: ") || !l.starts_with(' '))
            {
                let named = line
                    .split_once("unsupported parameter type ")
                    .map(|(_, t)| (t.trim(), false))
                    .or_else(|| {
                        line.split_once("unsupported result type ")
                            .map(|(_, t)| (t.trim(), true))
                    });
                let acceptable = match named {
                    Some((t, result)) => !seed_accepts(t, result),
                    // The seed knows no strings or bools at all, so a
                    // program using them elsewhere may fail in other ways
                    // only if the go rules also fail: they did not.
                    None => line.trim().is_empty() || line.contains("too many return values"),
                };
                if !acceptable {
                    failures.push(format!(
                        "{}: --rules seed refuses it wrongly:\n{line}",
                        c.name
                    ));
                }
            }
            return 0;
        }
    };
    let mut compared = 0;
    for (export, _) in exports_of(seed) {
        if export == "_start" || export == "_initialize" || export == "memory" {
            continue;
        }
        let Some(go_body) = common::wrapper_body(go, &export) else {
            failures.push(format!("{}: Go has no export {export}", c.name));
            continue;
        };
        let expected = seed_shape(&go_body);
        let got = common::wrapper_body(seed, &export);
        compared += 1;
        if got.as_ref() != expected.as_ref().ok() {
            failures.push(format!(
                "{}: the --rules seed wrapper of {export} is not the seed shape\n  expected: {:?}\n  wexlab:   {:?}",
                c.name, expected, got
            ));
        }
    }
    compared
}

/// Go 1.27.3's wrapper turned into the seed CL's, by exactly the
/// differences docs/wrapper.md lists: no init check; a frameless wrapper still ends
/// with `SP += 0` (but has no prologue); RET uses PC_B 1; the unwind branch
/// is `if unreachable end`.
fn seed_shape(go: &[String]) -> Result<Vec<String>, String> {
    let is = |i: usize, prefix: &str| go.get(i).is_some_and(|op| op.starts_with(prefix));
    // global.get 0; i32.eqz; if; call notInitialized; end
    if !(is(0, "GlobalGet") && is(1, "I32Eqz") && is(2, "If") && is(3, "call _") && is(4, "End")) {
        return Err(format!(
            "Go's wrapper does not start with the init check: {go:?}"
        ));
    }
    let n = go.len();
    if !(n >= 2 && go[n - 2] == "Return" && go[n - 1] == "Unreachable") {
        return Err("Go's wrapper does not end with return; unreachable".into());
    }
    let has_epilogue =
        n >= 6 && is(n - 6, "GlobalGet") && is(n - 5, "I32Const") && is(n - 4, "I32Add");
    let mut out: Vec<String> = Vec::new();
    let mut i = 5;
    while i < n - 2 {
        let op = &go[i];
        if op.starts_with("i64.const RET+") {
            out.push("i64.const RET+1".into());
        } else if op.starts_with("If") {
            // Go's unwind branch, from `if` to its `end`.
            let end = go[i..].iter().position(|o| o == "End").map(|k| i + k);
            let Some(end) = end else {
                return Err("the unwind branch has no end".into());
            };
            out.extend([
                "If { blockty: Empty }".into(),
                "Unreachable".into(),
                "End".into(),
            ]);
            i = end;
        } else {
            out.push(op.clone());
        }
        i += 1;
    }
    if !has_epilogue {
        out.extend([
            "GlobalGet { global_index: 0 }".to_string(),
            "I32Const { value: 0 }".to_string(),
            "I32Add".to_string(),
            "GlobalSet { global_index: 0 }".to_string(),
        ]);
    }
    out.extend(["Return".to_string(), "Unreachable".to_string()]);
    Ok(out)
}

/// A call argument as tests/oracle/host.py reads it: integers in any base,
/// wrapped to the width; floats as numbers, `nan`, `inf`, or hex bits.
/// A `str:` argument's text: `\s` is a space, `\\` a backslash.
fn unescape_text(t: &str) -> String {
    let mut out = String::new();
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('s')) => {
                out.push(' ');
                chars.next();
            }
            ('\\', Some('\\')) => {
                out.push('\\');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

fn parse_arg(text: &str, ty: &str) -> Option<wexlab::host::Value> {
    use wexlab::host::Value;
    let int = |t: &str| -> Option<i128> {
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, t),
        };
        let v = match digits.strip_prefix("0x") {
            Some(h) => i128::from_str_radix(h, 16).ok()?,
            None => digits.parse::<i128>().ok()?,
        };
        Some(if neg { -v } else { v })
    };
    let low = text.to_lowercase();
    Some(match ty {
        "i32" => Value::I32(int(text)? as i32),
        "i64" => Value::I64(int(text)? as i64),
        "f32" | "f64" => {
            let bits = low
                .strip_prefix("0x")
                .and_then(|h| u64::from_str_radix(h, 16).ok());
            let f = match low.as_str() {
                "nan" | "+nan" => f64::NAN,
                "inf" | "+inf" => f64::INFINITY,
                "-inf" => f64::NEG_INFINITY,
                _ if bits.is_some() => 0.0,
                _ => low.parse::<f64>().ok()?,
            };
            match (ty, bits) {
                ("f32", Some(b)) => Value::F32(f32::from_bits(b as u32)),
                ("f64", Some(b)) => Value::F64(f64::from_bits(b)),
                ("f32", None) => Value::F32(f as f32),
                _ => Value::F64(f),
            }
        }
        _ => return None,
    })
}

/// Runs a case's steps in wexlab's embedded host; each outcome in
/// `outcome_text`'s words, and stderr.
fn embedded_transcript(wasm: &Result<Vec<u8>, String>, c: &Case) -> (Vec<String>, String) {
    use wexlab::host::{Host, Stdio};
    let Ok(wasm) = wasm else {
        return (Vec::new(), String::new());
    };
    let mut host = match Host::new(wasm, Stdio::Capture, |_| Ok(())) {
        Ok(h) => h,
        Err(e) => return (vec![format!("error: {e}")], String::new()),
    };
    let entry = Step::Call {
        export: entry_of(c).to_string(),
        args: Vec::new(),
        address: None,
    };
    let mut bound = Bound::new();
    let out = std::iter::once(&entry)
        .chain(&c.steps)
        .map(|s| embedded_step(&mut host, s, &mut bound).unwrap_or_else(|e| format!("error: {e}")))
        .collect();
    (out, String::from_utf8_lossy(&host.stderr()).into_owned())
}

/// The addresses that calls' results bound, by name.
type Bound = HashMap<String, u32>;

/// host.py's words for a memory step outside the memory.
const OUT_OF_BOUNDS: &str = "address out of bounds";

/// One step in the embedded host: its outcome, or why it could not run
/// (for memory steps, in host.py's words).
fn embedded_step(
    host: &mut wexlab::host::Host,
    step: &Step,
    bound: &mut Bound,
) -> Result<String, String> {
    match step {
        Step::Call {
            export,
            args,
            address,
        } => embedded_call(host, export, args, address.as_ref(), bound),
        Step::Write { at, bytes } => {
            let at = resolve(at, bound)?;
            host.write_memory(at, bytes).map_err(|_| OUT_OF_BOUNDS)?;
            Ok("ok []".into())
        }
        Step::Read { at, len } => {
            let at = resolve(at, bound)?;
            let bytes = host.read_memory(at, *len as usize);
            Ok(format!(
                "ok [mem:{}]",
                hex(&bytes.map_err(|_| OUT_OF_BOUNDS)?)
            ))
        }
    }
}

/// The address `$NAME` or `$NAME+OFFSET` stands for.
fn resolve(text: &str, bound: &Bound) -> Result<u32, String> {
    let rest = text.trim_start_matches('$');
    let (name, offset) = rest.split_once('+').unwrap_or((rest, "0"));
    let base = bound.get(name).ok_or_else(|| format!("unbound ${name}"))?;
    let offset = offset.parse::<u32>().map_err(|_| OUT_OF_BOUNDS)?;
    Ok(base.checked_add(offset).ok_or(OUT_OF_BOUNDS)?)
}

fn embedded_call(
    host: &mut wexlab::host::Host,
    export: &str,
    args: &[String],
    address: Option<&AddressUse>,
    bound: &mut Bound,
) -> Result<String, String> {
    use wexlab::host::{Outcome, Value};
    // $NAME as its address; str:TEXT as host.py reads it: \s is a space,
    // \\ a backslash.
    let args = args
        .iter()
        .map(|a| match a.strip_prefix("str:") {
            _ if a.starts_with('$') => resolve(a, bound).map(|at| at.to_string()),
            Some(t) => Ok(format!("str:{}", unescape_text(t))),
            None => Ok(a.clone()),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let args = host.place_strings(&args).map_err(|e| e.to_string())?;
    let types = host.param_types(export).map_err(|e| e.to_string())?;
    let values: Option<Vec<Value>> = args
        .iter()
        .zip(&types)
        .map(|(a, t)| parse_arg(a, t))
        .collect();
    let values = values.filter(|v| v.len() == types.len()).ok_or("arity")?;
    Ok(
        match host.call(export, &values).map_err(|e| e.to_string())? {
            Outcome::Returned(vals) => match address {
                Some(u) => embedded_address(host, &vals, u, bound)?,
                None => {
                    let vals: Vec<String> = vals.iter().map(value_text).collect();
                    format!("ok [{}]", vals.join(", "))
                }
            },
            Outcome::Exit(code) => format!("exit {code}"),
            Outcome::Trap(_) => "trap".into(),
        },
    )
}

fn value_text(v: &wexlab::host::Value) -> String {
    use wexlab::host::Value;
    match v {
        Value::I32(x) => format!("i32:{x}"),
        Value::I64(x) => format!("i64:{x}"),
        Value::F32(x) if x.is_nan() => "f32:NaN".into(),
        Value::F64(x) if x.is_nan() => "f64:NaN".into(),
        Value::F32(x) => format!("f32:0x{:08x}", x.to_bits()),
        Value::F64(x) => format!("f64:0x{:016x}", x.to_bits()),
    }
}

/// A call's result used as an address, as host.py's address_values
/// reports it: nil, the name it was bound to, or the bytes it points to.
fn embedded_address(
    host: &wexlab::host::Host,
    vals: &[wexlab::host::Value],
    u: &AddressUse,
    bound: &mut Bound,
) -> Result<String, String> {
    use wexlab::host::Value;
    let (at, len) = match (vals, u.pointee) {
        ([Value::I64(v)], Some(Pointee::Packed)) => ((*v as u64 >> 32) as u32, Some(*v as u32)),
        ([Value::I32(_)], Some(Pointee::Packed)) => return Err("not a packed address".into()),
        ([Value::I32(v)], p) => (*v as u32, p.and_then(Pointee::bytes)),
        ([Value::I64(v)], p) => {
            let at = u32::try_from(*v as u64).map_err(|_| "not an address")?;
            (at, p.and_then(Pointee::bytes))
        }
        _ => return Err("not an address".into()),
    };
    if let Some(b) = &u.bind {
        bound.insert(b.clone(), at);
    }
    Ok(match (at, len) {
        (0, l) if l != Some(0) => "ok [addr:nil]".into(),
        (_, None) => format!("ok [addr:${}]", u.bind.as_deref().unwrap_or_default()),
        (_, Some(n)) => {
            let bytes = host.read_memory(at, n as usize);
            format!("ok [mem:{}]", hex(&bytes.map_err(|_| OUT_OF_BOUNDS)?))
        }
    })
}
