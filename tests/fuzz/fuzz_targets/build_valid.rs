//! Bytes steer `wexlab_gen` to a valid program of the subset, which must then
//! build in both modes into a valid module that runs without a panic of the
//! host. Unlike the other targets this one reaches lowering and emission on
//! every input, since the front end has nothing to reject.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use wexlab::driver::{self, BuildError, Options, Session, SourceInput};
use wexlab::emit;
use wexlab::host::{Host, Stdio, Value};
use wexlab::mode::Mode;
use wexlab::parallel::on_large_stack;
use wexlab::rewrite::{self, Rules};

/// Work for one module, all calls together: a few milliseconds.
const FUEL: u64 = 1_000_000;

fuzz_target!(|data: &[u8]| {
    let Ok(program) = wexlab_gen::program(&mut Unstructured::new(data)) else {
        return;
    };
    for mode in [Mode::Exe, Mode::CShared] {
        let wasm = build(&program, mode);
        if let Err(e) = wasmparser::validate(&wasm) {
            panic!("invalid module ({mode:?}): {e}\n--- program ---\n{program}");
        }
        run(&wasm, data);
    }
});

/// The module of `program`: `driver::build`'s steps, with the rules loaded
/// once per process (loading them took most of each run). A valid program
/// that does not build is the bug this target looks for, so the panic shows
/// both the diagnostics and the program.
fn build(program: &str, mode: Mode) -> Vec<u8> {
    let inputs = [SourceInput {
        path: "main.go".to_string(),
        text: program.to_string(),
    }];
    let mut session = Session::default();
    let built = on_large_stack(|| {
        let checked = driver::check_program(&mut session, &inputs).ok_or(BuildError::Source)?;
        let lowered = driver::lower_program(&mut session, &checked, rules(), mode, true)?;
        let input = emit::Input {
            mode,
            units: &lowered.units,
            data: &lowered.built.data,
            arg_widths: &lowered.built.arg_widths,
            names: false,
        };
        Ok::<_, BuildError>(emit::emit(&input)?)
    });
    match built {
        Ok(wasm) => wasm,
        Err(e) => panic!(
            "a valid program did not build ({mode:?}): {e}\n{}--- program ---\n{program}",
            session.diagnostics.render(&session.sources)
        ),
    }
}

/// The shipped rules, as `Options::default()` chooses them.
fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let choice = Options::default().rules;
        on_large_stack(|| rewrite::load_choice(&choice)).expect("the shipped rules load")
    })
}

/// Every export in order (the entry point comes first), with small
/// arguments taken from the input; traps and exits are fine.
fn run(wasm: &[u8], data: &[u8]) {
    let Ok(mut host) = Host::with_fuel(wasm, Stdio::Capture, Some(FUEL), |_| Ok(())) else {
        return;
    };
    let mut seed = data.iter().rev().copied().cycle();
    for (name, params) in exports(wasm) {
        let args: Vec<Value> = params.iter().map(|t| value_of(*t, &mut seed)).collect();
        let _ = host.call(&name, &args);
    }
}

/// Names and parameter types of the module's exported functions.
fn exports(wasm: &[u8]) -> Vec<(String, Vec<wasmparser::ValType>)> {
    use wasmparser::{ExternalKind, Parser, Payload, TypeRef};
    let mut types = Vec::new();
    let mut funcs = Vec::new();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.expect("a validated module parses") {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    types.push(ty.expect("a function type").params().to_vec());
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if let TypeRef::Func(t) = import.expect("an import").ty {
                        funcs.push(t);
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                funcs.extend(reader.into_iter().map(|t| t.expect("a function")));
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.expect("an export");
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
        .map(|(name, func)| (name, types[funcs[func as usize] as usize].clone()))
        .collect()
}

/// A small argument from the next input byte, so that loops bounded by an
/// argument end within the fuel.
fn value_of(ty: wasmparser::ValType, seed: &mut impl Iterator<Item = u8>) -> Value {
    let small = seed.next().unwrap_or(0) as i8;
    match ty {
        wasmparser::ValType::I64 => Value::I64(small.into()),
        wasmparser::ValType::F32 => Value::F32(small.into()),
        wasmparser::ValType::F64 => Value::F64(small.into()),
        _ => Value::I32(small.into()),
    }
}
