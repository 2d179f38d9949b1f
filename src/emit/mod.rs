//! From lowered terms to a WebAssembly module, with walrus.
//!
//! The terms are trees of instructions; the emitter walks them in post-order
//! and lays out what the terms only name: package variables and strings in
//! linear memory, the Go stack, function indices, and the return-address
//! constants of export wrappers (`(ret-addr PC_B)`), whose PC_F is the
//! wrapper's index among the module's defined functions plus 0x1000.
//!
//! One step a file: [`collect`] finds the units' functions and imports,
//! [`reach`] keeps what the exports reach (and finds what main.main
//! reaches besides, whose wasmimports stay: see `MainCode`), [`layout`]
//! places the data that
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
mod splice;
mod table;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use walrus::{
    ConstExpr, ExportItem, FunctionId, GlobalId, MemoryId, Module, ModuleConfig, ValType, ir::Value,
};

use crate::ir::build::{DataItem, MAIN_SYMBOL, direct_symbol};
use crate::mode::Mode;
use crate::rewrite::lowered::LoweredTerm;
pub use collect::{FuncDef, ImportDef, collect_units, func_name};
pub use layout::MemoryLayout;
use reach::{MainReach, Reach};
pub use splice::replace_wrappers;

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
    /// Go's module, given to `--bodies go`, lacks what the wrappers need.
    #[error("cannot put the wrappers into Go's module: {0}")]
    GoModule(String),
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
    let main = MainCode::new(&reach, &all_imports);
    let funcs: Vec<(usize, &FuncDef<'_>)> = all_funcs
        .iter()
        .enumerate()
        .filter(|(i, _)| reach.used.contains(i))
        .collect();
    let main_funcs: Vec<(usize, &FuncDef<'_>)> =
        main.funcs().iter().map(|&i| (i, &all_funcs[i])).collect();
    let imports: Vec<&ImportDef> = all_imports
        .iter()
        .filter(|i| reach.calls.contains(&i.func) || main.calls(&i.func))
        .collect();
    // Only the package variables and strings that the kept code uses, then
    // the closure records of the functions it takes as values.
    let records = table::taken(&funcs, &[]);
    let mut data = kept_data(input.data, &reach.data);
    data.extend(table::records(&records, 0));
    let layout = MemoryLayout::new(&data);
    // main's own records come after: its code is dropped, the table is not
    // its concern.
    let main_records = table::taken(&main_funcs, &records);
    let main_data = [data.clone(), table::records(&main_records, records.len())].concat();
    let main_layout = main.layout(input.data, &main_data);

    let (mut module, memory, sp) = new_module(&layout, input.names);
    let all: Vec<(usize, &FuncDef<'_>)> = funcs.iter().chain(&main_funcs).copied().collect();
    let (ids, declared) = code::declare(&mut module, &imports, &all);
    let (kept, main_declared) = declared.split_at(funcs.len());
    let indirect = table::indirect_types(&mut module, &all)?;
    let table = table::add_table(&mut module, &records, &ids, !indirect.is_empty())?;
    let ctx = instructions::Context {
        memory,
        sp,
        layout: &layout,
        functions: &ids,
        arg_widths: input.arg_widths,
        table,
        indirect: &indirect,
    };
    code::emit_bodies(&mut module, &ctx, &funcs, kept, &reach)?;
    let main_ctx = instructions::Context {
        layout: main_layout.as_ref().unwrap_or(&layout),
        ..ctx
    };
    code::emit_bodies(&mut module, &main_ctx, &main_funcs, main_declared, &reach)?;
    let wrappers = add_exports(&mut module, input, &funcs, kept, memory);
    data::add_data(&mut module, memory, &layout, &data);
    collect_garbage(&mut module, main.roots(&ids).as_ref());

    let bytes = finish::finish(&module.emit_wasm(), &wrappers).map_err(EmitError::Invalid)?;
    validate(&bytes)?;
    Ok(bytes)
}

/// The data items named in `used`, in their order.
fn kept_data(all: &[DataItem], used: &HashSet<String>) -> Vec<DataItem> {
    all.iter()
        .filter(|d| used.contains(&d.symbol))
        .cloned()
        .collect()
}

/// main.main's code where no root reaches it (c-shared mode), emitted only
/// to learn which of the program's wasmimports it calls, and dropped after.
///
/// Go's module keeps main.main in c-shared mode too (its runtime refers to
/// it), and with it every wasmimport main reaches: a host must provide them
/// all, so wexlab's module imports them too, in the same order. main's code
/// itself never runs there and a host cannot see it (it sees exports and
/// imports), so wexlab does not keep it: only the imports. They are those
/// main's code calls once its dead code is dropped, as in exe mode, hence
/// the code is emitted first.
struct MainCode<'r> {
    /// What main reaches beyond the roots, when it reaches a wasmimport
    /// that they do not (else its code is not emitted).
    reach: Option<&'r MainReach>,
    /// Those wasmimports: the candidates.
    wasmimports: Vec<&'r str>,
}

impl<'r> MainCode<'r> {
    fn new(reach: &'r Reach, imports: &'r [ImportDef]) -> MainCode<'r> {
        let wasmimports: Vec<&str> = imports
            .iter()
            .filter(|i| i.wasmimport && !reach.calls.contains(&i.func))
            .filter(|i| reach.main.calls.contains(&i.func))
            .map(|i| i.func.as_str())
            .collect();
        MainCode {
            reach: (!wasmimports.is_empty()).then_some(&reach.main),
            wasmimports,
        }
    }

    /// The functions to emit.
    fn funcs(&self) -> &'r [usize] {
        self.reach.map_or(&[], |m| m.funcs.as_slice())
    }

    /// Whether they call `name`: every import they call must be declared.
    fn calls(&self, name: &str) -> bool {
        self.reach.is_some_and(|m| m.calls.contains(name))
    }

    /// Where they find their data: after the kept data, where it moves no
    /// other address (the module's memory holds only the kept data).
    fn layout(&self, all: &[DataItem], kept: &[DataItem]) -> Option<MemoryLayout> {
        let main = self.reach?;
        let data = [kept.to_vec(), kept_data(all, &main.data)].concat();
        Some(MemoryLayout::new(&data))
    }

    /// main.main's emitted function and the candidate imports.
    fn roots(&self, ids: &HashMap<String, FunctionId>) -> Option<(FunctionId, Vec<FunctionId>)> {
        self.reach?;
        let main = *ids.get(&direct_symbol(MAIN_SYMBOL))?;
        let imports = self.wasmimports.iter().filter_map(|f| ids.get(*f).copied());
        Some((main, imports.collect()))
    }
}

/// Drops what no export reaches: the functions and imports only dead code
/// called (code after a return is dropped as it is emitted). Given main's
/// code and the wasmimports it may call, those it still calls stay: the
/// first pass keeps what main reaches as well, as in exe mode, the second
/// drops main's code but keeps the imports that survived the first.
fn collect_garbage(module: &mut Module, main: Option<&(FunctionId, Vec<FunctionId>)>) {
    let Some((main, candidates)) = main else {
        walrus::passes::gc::run(module);
        return;
    };
    gc_keeping(module, vec![*main]);
    let imported: HashSet<FunctionId> = module
        .imports
        .iter()
        .filter_map(|i| match i.kind {
            walrus::ImportKind::Function(f) => Some(f),
            _ => None,
        })
        .collect();
    let reached = candidates.iter().copied().filter(|f| imported.contains(f));
    gc_keeping(module, reached.collect());
}

/// walrus's gc, with `keep` among its roots besides the exports.
fn gc_keeping(module: &mut Module, keep: Vec<FunctionId>) {
    let roots = module.customs.add(GcRoots(keep));
    walrus::passes::gc::run(module);
    module.customs.delete(roots);
}

/// Functions walrus's gc must keep. A custom section is how walrus lets a
/// pass add roots; this one is deleted before the module is written.
#[derive(Debug)]
struct GcRoots(Vec<FunctionId>);

impl walrus::CustomSection for GcRoots {
    fn name(&self) -> &str {
        "wexlab gc roots"
    }

    fn data(&self, _: &walrus::IdsToIndices) -> std::borrow::Cow<'_, [u8]> {
        std::borrow::Cow::Borrowed(&[])
    }

    fn add_gc_roots(&self, roots: &mut walrus::passes::Roots) {
        for f in &self.0 {
            roots.push_func(*f);
        }
    }
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
