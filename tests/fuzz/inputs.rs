//! What each fuzz target does with one input. Shared, by `#[path]`, by the
//! targets in `fuzz_targets/` and by `tests/fuzz_regressions.rs`, which
//! replays every input kept in `regressions/TARGET/` on each `cargo test`.
//! Each function returns normally, whatever the input, or panics with what
//! went wrong.

use std::path::PathBuf;
use std::sync::OnceLock;

use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};
use wexlab::diag::{FileId, Severity};
use wexlab::driver::{self, Options, RuntimeBodies, Session, SourceInput};
use wexlab::host::{Host, Stdio, Value};
use wexlab::mode::Mode;
use wexlab::parallel::on_large_stack;
use wexlab::rewrite::{self, Choice, Group, Rules, Source};
use wexlab::syntax;

/// Work for one module, all calls together: a few milliseconds.
const FUEL: u64 = 1_000_000;

/// Text through the lexer and the parser: tokens and diagnostics stay inside
/// the text, and no syntax tree means an error says why.
pub fn syntax(src: &str) {
    let lexed = syntax::lexer::lex(FileId(0), src);
    for (start, _, end) in &lexed.tokens {
        assert!(start <= end && *end <= src.len(), "token span out of range");
    }
    let parsed = syntax::parse(FileId(0), src);
    for d in &parsed.diagnostics {
        assert!(
            d.span.start as usize <= src.len(),
            "diagnostic span out of range"
        );
    }
    if parsed.file.is_none() {
        let errors = parsed.diagnostics.iter();
        assert!(
            errors.clone().any(|d| d.severity == Severity::Error),
            "no syntax tree and no error"
        );
    }
}

/// Text as one Go file through the whole front end, with the runtime
/// bodies the file names, as `wexlab check` and `build` read them; rendering
/// the diagnostics computes their lines and columns, so it is exercised too.
pub fn check(src: &str) {
    let mut session = Session::default();
    let bodies = RuntimeBodies::Wanted(Default::default());
    let program = driver::check_program_with(&mut session, &go_file(src), &bodies);
    if program.is_none() {
        assert!(
            session.diagnostics.has_errors(),
            "checking stopped without an error"
        );
    }
    let _ = session.diagnostics.render(&session.sources);
}

const RULES_PROGRAM: &str = "package main

var total int64

//go:wasmexport add
func add(a, b int32) int64 {
\tfor i := int32(0); i < b; i++ {
\t\tif a%2 == 0 {
\t\t\ttotal += int64(a) * 3
\t\t} else {
\t\t\ttotal -= int64(i)
\t\t}
\t}
\treturn total
}

func main() {}
";

/// Text as one more rule file beside the shipped `rules/go`, then, if the
/// folder loads, a small fixed program built with the result: an error or
/// a valid module. (Loading first, rather than `driver::build`'s loading
/// beside the check, spares most inputs, which do not load, the check.)
pub fn rules(extra: &str) {
    let dir = rule_dir();
    std::fs::write(dir.join("fuzz.rules"), extra).expect("the fuzzed rule file");
    let options = Options {
        rules: Choice {
            abi: Source::Dir(dir.clone()),
            ..Choice::default()
        },
        ..Options::default()
    };
    let rules = match on_large_stack(|| rewrite::load_choice(&options.rules)) {
        Ok(rules) => rules,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a rule error says nothing");
            return;
        }
    };
    let mut session = Session::default();
    let inputs = go_file(RULES_PROGRAM);
    if let Ok(wasm) = driver::build_with_rules(&mut session, &inputs, &rules, &options) {
        wasmparser::validate(&wasm).expect("every module wexlab returns is valid");
    }
}

/// A copy of the shipped `rules/go`, made once per process.
fn rule_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("wexlab-fuzz-rules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp dir");
        let shipped =
            rewrite::files_of(&Source::Builtin("go".to_string()), Group::Abi).expect("rules/go");
        for file in shipped {
            let name = PathBuf::from(&file.path);
            let name = name.file_name().expect("a rule file name");
            std::fs::write(dir.join(name), file.text).expect("a rule file copy");
        }
        dir
    })
}

/// Bytes as a wasm module in the embedded host, every exported function
/// called with small arguments taken from `seed`: errors and traps are
/// fine. The fuel budget makes a module that loops forever trap.
pub fn module(wasm: &[u8], seed: &[u8]) {
    let Some(exports) = exported_functions(wasm) else {
        return;
    };
    let Ok(mut host) = Host::with_fuel(wasm, Stdio::Capture, Some(FUEL), |_| Ok(())) else {
        return;
    };
    let mut seed = seed.iter().rev().copied().cycle();
    for (name, params) in exports {
        let args: Vec<Value> = params.iter().map(|t| value_of(*t, &mut seed)).collect();
        let _ = host.call(&name, &args);
    }
}

/// A valid Go program: it must build in both modes into a valid module,
/// which then runs as [`module`] runs one.
pub fn valid_program(program: &str, seed: &[u8]) {
    for mode in [Mode::Exe, Mode::CShared] {
        let options = Options {
            mode,
            ..Options::default()
        };
        let mut session = Session::default();
        let inputs = go_file(program);
        let wasm = driver::build_with_rules(&mut session, &inputs, shipped_rules(), &options)
            .unwrap_or_else(|e| {
                panic!(
                    "a valid program did not build ({mode:?}): {e}\n{}--- program ---\n{program}",
                    session.diagnostics.render(&session.sources)
                )
            });
        if let Err(e) = wasmparser::validate(&wasm) {
            panic!("invalid module ({mode:?}): {e}\n--- program ---\n{program}");
        }
        module(&wasm, seed);
    }
}

/// The shipped rules, loaded once per process (loading them would take
/// most of each run).
fn shipped_rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let choice = Options::default().rules;
        on_large_stack(|| rewrite::load_choice(&choice)).expect("the shipped rules load")
    })
}

fn go_file(text: &str) -> [SourceInput; 1] {
    [SourceInput {
        path: "main.go".to_string(),
        text: text.to_string(),
    }]
}

/// Names and parameter types of the exported functions, or `None` when the
/// module does not parse (the host would refuse it anyway).
fn exported_functions(wasm: &[u8]) -> Option<Vec<(String, Vec<ValType>)>> {
    let mut types = Vec::new();
    let mut funcs = Vec::new();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    types.push(ty.ok()?.params().to_vec());
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if let TypeRef::Func(t) = import.ok()?.ty {
                        funcs.push(t);
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for t in reader {
                    funcs.push(t.ok()?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.ok()?;
                    if export.kind == ExternalKind::Func {
                        exports.push((export.name.to_string(), export.index));
                    }
                }
            }
            _ => {}
        }
    }
    exports
        .into_iter()
        .map(|(name, func)| {
            let ty = *funcs.get(func as usize)?;
            Some((name, types.get(ty as usize)?.clone()))
        })
        .collect()
}

/// An argument of type `ty` made of the next seed byte: small integers, so
/// that loops bounded by an argument end in time. A reference type (which
/// the host cannot pass) gets an i32, and the call fails cleanly.
fn value_of(ty: ValType, seed: &mut impl Iterator<Item = u8>) -> Value {
    let small = seed.next().unwrap_or(0) as i8;
    match ty {
        ValType::I64 => Value::I64(small.into()),
        ValType::F32 => Value::F32(small.into()),
        ValType::F64 => Value::F64(small.into()),
        _ => Value::I32(small.into()),
    }
}
