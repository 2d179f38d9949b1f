//! The function table behind func values: which functions kept code takes
//! as values (`(func-record (direct $F))`), their closure records (static
//! data holding each one's table index), the table and its elements, and
//! the types `call_indirect` names.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use walrus::ir::Value;
use walrus::{
    ConstExpr, ElementItems, ElementKind, FunctionId, GlobalId, Module, RefType, TableId, TypeId,
    ValType,
};

use super::EmitError;
use super::collect::{FuncDef, func_name, valtypes};
use crate::ir::build::DataItem;
use crate::ir::lang::Node;

/// The value types of a `call_indirect`: parameters, results.
pub type Signature = (Vec<walrus::ValType>, Vec<walrus::ValType>);

/// The data symbol of function `func`'s closure record.
pub fn record_symbol(func: &str) -> String {
    format!("go:func.{func}")
}

/// The functions `funcs` take as values, in order of first appearance
/// (each one's table index), leaving out those already in `known`.
pub fn taken(funcs: &[(usize, &FuncDef<'_>)], known: &[String]) -> Vec<String> {
    let mut seen: HashSet<String> = known.iter().cloned().collect();
    let mut out = Vec::new();
    for (_, f) in funcs {
        for node in f.term.nodes() {
            if let Node::Op(op, c) = node
                && op.as_str() == "func-record"
                && let Some(name) = c.first().and_then(|&x| func_name(f.term, x))
                && seen.insert(name.clone())
            {
                out.push(name);
            }
        }
    }
    out
}

/// The closure records of `funcs`, whose table indices start at `first`:
/// one word, the index, as Go's record starts with the code pointer.
pub fn records(funcs: &[String], first: usize) -> Vec<DataItem> {
    funcs
        .iter()
        .enumerate()
        .map(|(i, f)| DataItem {
            symbol: record_symbol(f),
            size: 8,
            align: 8,
            bytes: Some(((first + i) as u64).to_le_bytes().to_vec()),
        })
        .collect()
}

/// Adds the types of the `call_indirect`s of `funcs` to the module.
pub fn indirect_types(
    module: &mut Module,
    funcs: &[(usize, &FuncDef<'_>)],
) -> Result<HashMap<Signature, TypeId>, EmitError> {
    let mut types = HashMap::default();
    for (_, f) in funcs {
        for node in f.term.nodes() {
            let Node::Op(op, c) = node else { continue };
            if op.as_str() != "call_indirect" || c.len() != 3 {
                continue;
            }
            let bad = |why: String| EmitError::BadTerm {
                func: f.name.clone(),
                term: "call_indirect".to_string(),
                why,
            };
            let params = valtypes(f.term, c[0]).map_err(bad)?;
            let results = valtypes(f.term, c[1]).map_err(bad)?;
            let ty = module.types.add(&params, &results);
            types.insert((params, results), ty);
        }
    }
    Ok(types)
}

/// The table, when code calls through it or takes functions as values:
/// slot i holds the i-th function of `funcs`; with it the closure context,
/// the global where a call puts the value it calls through.
pub fn add_table(
    module: &mut Module,
    funcs: &[String],
    ids: &HashMap<String, FunctionId>,
    needed: bool,
) -> Result<Option<(TableId, GlobalId)>, EmitError> {
    if !needed && funcs.is_empty() {
        return Ok(None);
    }
    let items = funcs
        .iter()
        .map(|f| {
            ids.get(f).copied().ok_or_else(|| EmitError::UnknownCallee {
                func: "the function table".to_string(),
                callee: f.clone(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let n = items.len() as u64;
    let table = module.tables.add_local(false, n, Some(n), RefType::FUNCREF);
    let offset = ConstExpr::Value(Value::I32(0));
    let elem = module.elements.add(
        ElementKind::Active { table, offset },
        ElementItems::Functions(items),
    );
    module.tables.get_mut(table).elem_segments.insert(elem);
    let context =
        module
            .globals
            .add_local(ValType::I64, true, false, ConstExpr::Value(Value::I64(0)));
    Ok(Some((table, context)))
}
