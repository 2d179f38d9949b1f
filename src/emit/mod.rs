//! From lowered terms to a WebAssembly module, with walrus.
//!
//! The terms are trees of instructions; the emitter walks them in post-order
//! and lays out what the terms only name: package variables and strings in
//! linear memory, the Go stack, function indices, and the return-address
//! constants of export wrappers (`(ret-addr PC_B)`), whose PC_F is the
//! wrapper's index among the module's defined functions plus 0x1000.
//!
//! One step a file: [`collect`] finds the units' functions and imports,
//! [`reach`] keeps what the exports reach, [`layout`] places the data that
//! [`data`] writes, [`code`] declares the functions and emits their bodies,
//! whose instructions [`instructions`] writes, and [`finish`] patches the
//! code section walrus wrote.

mod code;
mod collect;
mod data;
mod finish;
mod instructions;
mod layout;
mod reach;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use walrus::{
    ConstExpr, ExportItem, FunctionId, GlobalId, MemoryId, Module, ModuleConfig, ValType, ir::Value,
};

use crate::ir::build::DataItem;
use crate::mode::Mode;
use crate::rewrite::lowered::LoweredTerm;
pub use collect::func_name;
use collect::{FuncDef, ImportDef};
pub use layout::MemoryLayout;
use reach::Reach;

/// A lowered unit, ready to emit.
pub struct Lowered {
    pub symbol: String,
    /// `Some(name)` for a wasmexport wrapper.
    pub export: Option<String>,
    pub entry: bool,
    pub term: LoweredTerm,
}

pub struct Input<'a> {
    pub mode: Mode,
    pub units: &'a [Lowered],
    pub data: &'a [DataItem],
    /// The argument area of every Go-ABI function, for frame sizes.
    pub arg_widths: &'a HashMap<String, u64>,
    /// Write the name section (function names, for debuggers and WAT).
    pub names: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    #[error(
        "{func}: the lowered code calls {callee}, which no package defines (check the rules that produce this call)"
    )]
    UnknownCallee { func: String, callee: String },
    #[error("{func}: the rules produced {term}, which is not code the emitter understands: {why}")]
    BadTerm {
        func: String,
        term: String,
        why: String,
    },
    #[error(
        "the module wexlab built is not valid WebAssembly ({0}); this is a bug in the rules or in wexlab"
    )]
    Invalid(String),
}

/// Builds the module. PC_F constants are first emitted with a placeholder
/// of the same encoded length, then patched once function indices are known.
pub fn emit(input: &Input<'_>) -> Result<Vec<u8>, EmitError> {
    let (all_funcs, all_imports) = collect::collect_units(input.units)?;
    let reach = Reach::new(&all_funcs, input.arg_widths);
    let funcs: Vec<(usize, &FuncDef<'_>)> = all_funcs
        .iter()
        .enumerate()
        .filter(|(i, _)| reach.used.contains(i))
        .collect();
    let imports: Vec<&ImportDef> = all_imports
        .iter()
        .filter(|i| reach.calls.contains(&i.func))
        .collect();
    // Only the package variables and strings that the kept code uses.
    let data: Vec<DataItem> = input
        .data
        .iter()
        .filter(|d| reach.data.contains(&d.symbol))
        .cloned()
        .collect();
    let layout = MemoryLayout::new(&data);

    let (mut module, memory, sp) = new_module(&layout, input.names);
    let (ids, declared) = code::declare(&mut module, &imports, &funcs);
    let ctx = instructions::Context {
        memory,
        sp,
        layout: &layout,
        functions: &ids,
        arg_widths: input.arg_widths,
    };
    code::emit_bodies(&mut module, &ctx, &funcs, &declared, &reach)?;
    let wrappers = add_exports(&mut module, input, &funcs, &declared, memory);
    data::add_data(&mut module, memory, &layout, &data);
    walrus::passes::gc::run(&mut module);

    let bytes = finish::finish(&module.emit_wasm(), &wrappers).map_err(EmitError::Invalid)?;
    validate(&bytes)?;
    Ok(bytes)
}

/// An empty module with its memory and the Go stack pointer `SP`.
fn new_module(layout: &MemoryLayout, names: bool) -> (Module, MemoryId, GlobalId) {
    let mut config = ModuleConfig::new();
    config
        .generate_producers_section(false)
        .generate_name_section(names);
    let mut module = Module::with_config(config);
    let memory = module
        .memories
        .add_local(false, false, layout.pages, None, None);
    let sp = module
        .globals
        .add_local(ValType::I32, true, false, ConstExpr::Value(Value::I32(0)));
    module.globals.get_mut(sp).name = Some("SP".to_string());
    (module, memory, sp)
}

/// The exports: the entry point, the wasmexports in source order, memory.
/// Returns the names of the wasmexport wrappers.
fn add_exports<'a>(
    module: &mut Module,
    input: &'a Input<'_>,
    funcs: &[(usize, &FuncDef<'_>)],
    declared: &[code::Declared],
    memory: MemoryId,
) -> HashSet<&'a str> {
    let mut roots: HashMap<usize, FunctionId> = HashMap::default();
    for ((_, f), (fid, _)) in funcs.iter().zip(declared) {
        if f.root {
            roots.entry(f.unit).or_insert(*fid);
        }
    }
    let root_of = |unit: usize| roots.get(&unit).copied();
    for (i, _) in input.units.iter().enumerate().filter(|(_, u)| u.entry) {
        let name = match input.mode {
            Mode::Exe => "_start",
            Mode::CShared => "_initialize",
        };
        if let Some(fid) = root_of(i) {
            module.exports.add(name, ExportItem::Function(fid));
        }
    }
    let mut wrappers: HashSet<&str> = HashSet::default();
    for (i, u) in input.units.iter().enumerate() {
        if let Some(name) = &u.export
            && let Some(fid) = root_of(i)
        {
            module.exports.add(name, ExportItem::Function(fid));
            wrappers.insert(name);
        }
    }
    module.exports.add("memory", ExportItem::Memory(memory));
    wrappers
}

pub fn validate(bytes: &[u8]) -> Result<(), EmitError> {
    wasmparser::Validator::new()
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| EmitError::Invalid(e.to_string()))
}
