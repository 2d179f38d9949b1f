//! Arbitrary bytes as a wasm module into the embedded host, then every
//! exported function called with arguments taken from the input. Errors and
//! traps are fine; a panic is not.
//!
//! The host runs on a fuel budget, so a module that loops forever traps
//! instead of hanging the fuzzer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasmparser::{ExternalKind, Parser, Payload, ValType};
use wexlab::host::{Host, Stdio, Value};

/// Work for one input, all calls together: a few milliseconds.
const FUEL: u64 = 1_000_000;

fuzz_target!(|data: &[u8]| {
    let Some(exports) = exported_functions(data) else {
        return;
    };
    let Ok(mut host) = Host::with_fuel(data, Stdio::Capture, Some(FUEL), |_| Ok(())) else {
        return;
    };
    let mut seed = data.iter().rev().copied().cycle();
    for (name, params) in exports {
        let args: Vec<Value> = params.iter().map(|t| value_of(*t, &mut seed)).collect();
        let _ = host.call(&name, &args);
    }
});

/// Names and parameter types of the exported functions, or `None` when the
/// module does not parse (the host would refuse it anyway).
fn exported_functions(wasm: &[u8]) -> Option<Vec<(String, Vec<ValType>)>> {
    let mut types = Vec::new();
    let mut func_types = Vec::new();
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
                    if let wasmparser::TypeRef::Func(t) = import.ok()?.ty {
                        func_types.push(t);
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for t in reader {
                    func_types.push(t.ok()?);
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
            let ty = *func_types.get(func as usize)?;
            Some((name, types.get(ty as usize)?.clone()))
        })
        .collect()
}

/// An argument of type `ty` made of the next input byte: small integers, so
/// that loops bounded by an argument (the seeds' kernels) end in time. A
/// reference type (which the host cannot pass) gets an i32, and the call
/// fails cleanly.
fn value_of(ty: ValType, seed: &mut impl Iterator<Item = u8>) -> Value {
    let small = seed.next().unwrap_or(0) as i8;
    match ty {
        ValType::I64 => Value::I64(small.into()),
        ValType::F32 => Value::F32(small.into()),
        ValType::F64 => Value::F64(small.into()),
        _ => Value::I32(small.into()),
    }
}
