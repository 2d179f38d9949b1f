//! `wexlab diff`: one program under two rule sets. The listings of the
//! wrappers whose lowering differs, as unified diffs, and, on request, the
//! behaviour of every export whose wasm signature is the same under both:
//! called with the same argument tuples (`host::args`) in fresh instances of
//! both modules, until the first call whose outcome differs.
//!
//! A wrapper's listing is its lowered term, which names what it calls and
//! the globals it uses ($main.add, $SP) rather than numbering them, so it
//! does not change when unrelated functions are added to the program.

use egg::Id;
use wasmi::{FuncType, Linker, Val};

use crate::bodies_go;
use crate::host::{Host, HostError, HostState, Outcome, Stdio, Value, args};
use crate::ir::print::render_lines;
use crate::unified::unified;
use crate::wrappers::{Kind, Wrapper};

/// Columns of a listing line before a term breaks over several.
const WIDTH: usize = 100;

/// The seed of the random argument tuples: the same calls on every run.
const SEED: u64 = 0x5eed;

/// Units of work (about one a wasm instruction) a call may take, so that
/// an export that never returns for some arguments stops `--run`.
pub const CALL_FUEL: u64 = 1 << 28;

/// The listing of a wrapper: its lowered term, one subterm a line.
pub fn listing(wrapper: &Wrapper) -> String {
    let term = wrapper.lowered.term.expr();
    render_lines(&term, Id::from(term.as_ref().len() - 1), WIDTH)
}

/// A unified diff per wrapper whose listing differs (a wrapper only one
/// side has is compared with nothing), in the order of `a`, then of `b`.
pub fn listing_diffs(a: &[Wrapper], b: &[Wrapper], a_label: &str, b_label: &str) -> Vec<String> {
    let find = |side: &[Wrapper], kind: &Kind| side.iter().find(|w| w.kind == *kind).map(listing);
    let mut kinds: Vec<&Kind> = a.iter().map(|w| &w.kind).collect();
    kinds.extend(
        b.iter()
            .map(|w| &w.kind)
            .filter(|k| !a.iter().any(|w| w.kind == **k)),
    );
    kinds
        .into_iter()
        .filter_map(|kind| {
            let title = kind.title();
            unified(
                &format!("{a_label}: {title}"),
                &format!("{b_label}: {title}"),
                &find(a, kind).unwrap_or_default(),
                &find(b, kind).unwrap_or_default(),
            )
        })
        .collect()
}

/// What `--run` found.
pub struct RunReport {
    /// Exports called, with their wasm signature.
    pub called: Vec<(String, String)>,
    /// Exports left out, and why.
    pub skipped: Vec<(String, String)>,
    pub disagreement: Option<Disagreement>,
}

/// Why `--run` could not compare.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Host(#[from] HostError),
    #[error(
        "export {export} did not return within {CALL_FUEL} units of work under --rules {side} for arguments {arguments}"
    )]
    NoReturn {
        export: String,
        side: String,
        arguments: String,
    },
}

/// The first call whose outcome differs.
pub struct Disagreement {
    pub export: String,
    pub signature: String,
    pub arguments: Vec<Value>,
    pub a: Outcome,
    pub b: Outcome,
}

/// Calls each export of `exports` with `n` argument tuples in fresh
/// instances of modules `a` and `b` (initialized first, as `wexlab run
/// --invoke` does), stopping at the first disagreement. `labels` name the
/// two rule sets in errors. `go_runtime`: the modules are Go's (`--bodies
/// go`), whose runtime imports more of WASI.
pub fn run(
    (a, b): (&[u8], &[u8]),
    labels: [&str; 2],
    exports: &[String],
    n: usize,
    go_runtime: bool,
) -> Result<RunReport, RunError> {
    let mut report = RunReport {
        called: Vec::new(),
        skipped: Vec::new(),
        disagreement: None,
    };
    for export in exports {
        let (mut host_a, mut host_b) = (instance(a, go_runtime)?, instance(b, go_runtime)?);
        let signature_a = signature(&host_a, export)?;
        let signature_b = signature(&host_b, export)?;
        if signature_a != signature_b {
            let why = format!("wasm signatures differ: {signature_a} and {signature_b}");
            report.skipped.push((export.clone(), why));
            continue;
        }
        let params = host_a.param_types(export)?;
        for tuple in args::tuples(&params, n, SEED) {
            let outcome_a = call(&mut host_a, export, &tuple, labels[0])?;
            let outcome_b = call(&mut host_b, export, &tuple, labels[1])?;
            if !same(&outcome_a, &outcome_b) {
                report.disagreement = Some(Disagreement {
                    export: export.clone(),
                    signature: signature_a,
                    arguments: tuple,
                    a: outcome_a,
                    b: outcome_b,
                });
                return Ok(report);
            }
        }
        report.called.push((export.clone(), signature_a));
    }
    Ok(report)
}

/// One call with its own fuel; running out of it is an error, not an outcome.
fn call(host: &mut Host, export: &str, tuple: &[Value], side: &str) -> Result<Outcome, RunError> {
    host.refuel(CALL_FUEL)?;
    let outcome = host.call(export, tuple)?;
    if outcome == Outcome::Trap(wasmi::TrapCode::OutOfFuel.to_string()) {
        let shown: Vec<String> = tuple.iter().map(Value::to_string).collect();
        return Err(RunError::NoReturn {
            export: export.to_string(),
            side: side.to_string(),
            arguments: shown.join(" "),
        });
    }
    Ok(outcome)
}

/// A fresh instance, initialized. Functions it imports beyond WASI return
/// zeros, the same in both modules.
fn instance(wasm: &[u8], go_runtime: bool) -> Result<Host, HostError> {
    let stubs = imported_functions(wasm)?;
    let fuel = Some(CALL_FUEL);
    let mut host = Host::with_fuel(wasm, Stdio::Capture, fuel, |linker| {
        if go_runtime {
            bodies_go::wasi::add_to_linker(linker)?;
        }
        stub(linker, &stubs)
    })?;
    let entry = if host.param_types("_start").is_ok() {
        "_start"
    } else {
        "_initialize"
    };
    match host.call(entry, &[])? {
        Outcome::Returned(_) | Outcome::Exit(0) => Ok(host),
        other => Err(HostError::Instantiate(format!(
            "{entry} ended with {other:?}"
        ))),
    }
}

/// The functions a module imports from modules other than WASI's.
fn imported_functions(wasm: &[u8]) -> Result<Vec<(String, String, FuncType)>, HostError> {
    let engine = wasmi::Engine::default();
    let module = wasmi::Module::new(&engine, wasm).map_err(|e| HostError::Load(e.to_string()))?;
    Ok(module
        .imports()
        .filter(|i| i.module() != "wasi_snapshot_preview1")
        .filter_map(|i| {
            let ty = i.ty().func()?.clone();
            Some((i.module().to_string(), i.name().to_string(), ty))
        })
        .collect())
}

fn stub(
    linker: &mut Linker<HostState>,
    functions: &[(String, String, FuncType)],
) -> Result<(), wasmi::Error> {
    for (module, name, ty) in functions {
        let zeros: Vec<Val> = ty
            .results()
            .iter()
            .map(|t| Val::default_for_ty(*t))
            .collect();
        linker.func_new(module, name, ty.clone(), move |_, _, results| {
            results.clone_from_slice(&zeros);
            Ok(())
        })?;
    }
    Ok(())
}

fn signature(host: &Host, export: &str) -> Result<String, HostError> {
    Ok(format!(
        "({}) -> ({})",
        host.param_types(export)?.join(" "),
        host.result_types(export)?.join(" ")
    ))
}

/// Whether two outcomes are the same behaviour: values equal bit for bit,
/// except that any NaN equals any NaN (wasm leaves a NaN's payload open).
fn same(a: &Outcome, b: &Outcome) -> bool {
    match (a, b) {
        (Outcome::Returned(x), Outcome::Returned(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_value(v, w))
        }
        _ => a == b,
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::F32(x), Value::F32(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Value::F64(x), Value::F64(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        _ => a == b,
    }
}

/// An outcome as the report shows it.
pub fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Returned(values) if values.is_empty() => "returned".to_string(),
        Outcome::Returned(values) => {
            let shown: Vec<String> = values.iter().map(Value::to_string).collect();
            format!("returned {}", shown.join(" "))
        }
        Outcome::Exit(code) => format!("exited with status {code}"),
        Outcome::Trap(why) => format!("trapped: {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nans_are_the_same_behaviour_and_other_bits_are_not() {
        let nan = |bits: u64| Outcome::Returned(vec![Value::F64(f64::from_bits(bits))]);
        assert!(same(
            &nan(0x7ff8_0000_0000_0000),
            &nan(0x7ff8_0000_0000_0001)
        ));
        assert!(!same(
            &Outcome::Returned(vec![Value::F64(0.0)]),
            &Outcome::Returned(vec![Value::F64(-0.0)])
        ));
        assert!(!same(&Outcome::Exit(2), &Outcome::Returned(vec![])));
    }
}
