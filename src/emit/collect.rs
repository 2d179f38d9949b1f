//! The module's functions and imports, as the lowered units define them.

use egg::Id;
use walrus::ValType;

use super::{EmitError, Lowered};
use crate::ir::lang::Node;
use crate::rewrite::lowered::LoweredTerm;

/// The value types of a `(cons i32 (cons i64 nil))` list. Elements may be
/// lists themselves (a string parameter is two i32s); they are flattened.
pub fn valtypes(t: &LoweredTerm, id: Id) -> Result<Vec<ValType>, String> {
    let mut out = Vec::new();
    flatten(t, id, &mut out)?;
    Ok(out)
}

fn flatten(t: &LoweredTerm, mut id: Id, out: &mut Vec<ValType>) -> Result<(), String> {
    loop {
        match t.node(id) {
            Node::Op(op, c) if op.as_str() == "nil" && c.is_empty() => return Ok(()),
            Node::Op(op, c) if op.as_str() == "cons" => {
                match t.node(c[0]) {
                    Node::Op(v, _) if matches!(v.as_str(), "cons" | "nil") => {
                        flatten(t, c[0], out)?
                    }
                    Node::Op(v, _) => out.push(match v.as_str() {
                        "i32" => ValType::I32,
                        "i64" => ValType::I64,
                        "f32" => ValType::F32,
                        "f64" => ValType::F64,
                        other => return Err(format!("`{other}` is not a wasm value type")),
                    }),
                    _ => return Err(format!("`{}` is not a wasm value type", t.show(c[0]))),
                }
                id = c[1];
            }
            _ => {
                return Err(format!(
                    "expected a list of value types, found `{}`",
                    t.show(id)
                ));
            }
        }
    }
}

/// A wasm function found in a lowered term.
pub struct FuncDef<'t> {
    pub name: String,
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
    pub locals: Vec<ValType>,
    pub body: Id,
    pub term: &'t LoweredTerm,
    /// A wasmexport wrapper. Nothing calls it by name: its name (the
    /// export's, any string) lives apart from the functions code calls.
    pub wrapper: bool,
    /// The index of the unit that defines it.
    pub unit: usize,
    /// Exported: the entry point or a wasmexport wrapper.
    pub root: bool,
}

pub struct ImportDef {
    /// Declared by a `//go:wasmimport` (not by the runtime glue of the
    /// entry point, whose WASI imports are wexlab's own).
    pub wasmimport: bool,
    pub module: String,
    pub name: String,
    pub func: String,
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

pub fn name_of(t: &LoweredTerm, id: Id) -> Option<String> {
    t.name(id).map(|s| s.as_str().to_string())
}

/// The wasm function a term names: `$name`, or `(direct $name)` for the
/// direct-ABI version of a Go function.
pub fn func_name(t: &LoweredTerm, id: Id) -> Option<String> {
    match t.node(id) {
        Node::Name(_) => name_of(t, id),
        Node::Op(op, c) if op.as_str() == "direct" && c.len() == 1 => t
            .name(c[0])
            .map(|s| crate::ir::build::direct_symbol(s.as_str())),
        _ => None,
    }
}

/// The functions and imports the units define, in unit order.
pub fn collect_units(units: &[Lowered]) -> Result<(Vec<FuncDef<'_>>, Vec<ImportDef>), EmitError> {
    let mut funcs = Vec::new();
    let mut imports = Vec::new();
    for (i, u) in units.iter().enumerate() {
        collect(u, i, u.term.root(), &mut funcs, &mut imports)?;
    }
    Ok((funcs, imports))
}

/// Finds the functions and imports a lowered term defines.
fn collect<'t>(
    unit: &'t Lowered,
    unit_index: usize,
    id: Id,
    funcs: &mut Vec<FuncDef<'t>>,
    imports: &mut Vec<ImportDef>,
) -> Result<(), EmitError> {
    let t = &unit.term;
    let bad = |why: String| EmitError::BadTerm {
        func: unit.symbol.clone(),
        term: crate::ir::print::render_expr(&t.expr(), id),
        why,
    };
    match t.node(id) {
        Node::Op(op, c) if op.as_str() == "seq" => {
            for x in c.iter() {
                collect(unit, unit_index, *x, funcs, imports)?;
            }
            Ok(())
        }
        Node::Op(op, c) if op.as_str() == "wasm.func" => {
            let name = func_name(t, c[0])
                .ok_or_else(|| bad("a function is named by $name or (direct $name)".into()))?;
            funcs.push(FuncDef {
                root: (unit.export.is_some() || unit.entry) && name == unit.symbol,
                wrapper: unit.export.is_some(),
                unit: unit_index,
                name,
                params: valtypes(t, c[1]).map_err(bad)?,
                results: valtypes(t, c[2]).map_err(bad)?,
                locals: valtypes(t, c[3]).map_err(bad)?,
                body: c[4],
                term: t,
            });
            Ok(())
        }
        Node::Op(op, c) if op.as_str() == "wasm.import" => {
            let get = |i: usize| {
                name_of(t, c[i]).ok_or_else(|| bad("module, name and function are $names".into()))
            };
            imports.push(ImportDef {
                wasmimport: !unit.entry,
                module: get(0)?,
                name: get(1)?,
                func: get(2)?,
                params: valtypes(t, c[3]).map_err(bad)?,
                results: valtypes(t, c[4]).map_err(bad)?,
            });
            Ok(())
        }
        Node::Op(op, c) if op.as_str() == "nop" && c.is_empty() => Ok(()),
        _ => Err(bad(
            "a unit must lower to wasm.func, wasm.import or a seq of them".into(),
        )),
    }
}
