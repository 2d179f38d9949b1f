//! Wrappers lowered by wexlab's rules put into a module the Go toolchain
//! built (`wexlab build --bodies go`).
//!
//! Go's module is read with wasmparser, section by section, without
//! decoding its code. The wrappers are emitted by the emitter every build
//! uses into a small walrus module of their own (the scratch module),
//! beside what they call
//! (Go's functions by name, Go's imports), each function named by its
//! index in Go's module. walrus numbers functions its own way, so the
//! emitted bodies are then rebased: each call's index becomes Go's, and
//! each return address gets the wrapper's own PC_F; `$SP` is global 0 in
//! both. The bodies replace Go's in Go's code section. Every other byte of
//! Go's module is copied, so every other function stays as Go wrote it and
//! no index moves. Only a wrapper whose wasm type differs from Go's (a rule
//! set's own ABI) adds a type and changes its function's entry.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use walrus::{ConstExpr, FunctionBuilder, FunctionId, Module, ModuleConfig, ValType};
use wasm_encoder::{Encode, SectionId};
use wasmparser::{Parser, Payload};

use super::code;
use super::collect::{self, FuncDef, ImportDef};
use super::instructions::Context;
use super::layout::MemoryLayout;
use super::{EmitError, Lowered};

/// Why the wrappers could not be put into Go's module.
fn bad(message: impl Into<String>) -> EmitError {
    EmitError::GoModule(message.into())
}

/// What the splice needs of Go's module.
#[derive(Default)]
struct GoModule {
    types: Vec<(Vec<ValType>, Vec<ValType>)>,
    /// Imported functions: module, name, type index.
    imports: Vec<(String, String, u32)>,
    /// The type index of each defined function.
    funcs: Vec<u32>,
    globals: Vec<(ValType, bool)>,
    /// Exported functions, by export name: their index.
    exports: HashMap<String, u32>,
    /// Function names from the name section, by index.
    names: HashMap<u32, String>,
    /// Every section: id (0 for custom), byte range of the whole section,
    /// and a custom section's name.
    sections: Vec<(u8, std::ops::Range<usize>, Option<String>)>,
    /// The byte range of each function body in the code section.
    bodies: Vec<std::ops::Range<usize>>,
}

fn valtype(t: wasmparser::ValType) -> Result<ValType, EmitError> {
    Ok(match t {
        wasmparser::ValType::I32 => ValType::I32,
        wasmparser::ValType::I64 => ValType::I64,
        wasmparser::ValType::F32 => ValType::F32,
        wasmparser::ValType::F64 => ValType::F64,
        other => return Err(bad(format!("Go's module uses the value type {other}"))),
    })
}

impl GoModule {
    fn read(bytes: &[u8]) -> Result<GoModule, EmitError> {
        let err = |e: wasmparser::BinaryReaderError| bad(e.to_string());
        let mut m = GoModule::default();
        let mut section_start = 8;
        for payload in Parser::new(0).parse_all(bytes) {
            let payload = payload.map_err(err)?;
            if let Some((id, range)) = payload.as_section() {
                let name = match &payload {
                    Payload::CustomSection(c) => Some(c.name().to_string()),
                    _ => None,
                };
                // The section's id and size precede its contents.
                m.sections.push((id, section_start..range.end, name));
                section_start = range.end;
            }
            match payload {
                Payload::TypeSection(r) => {
                    for ty in r.into_iter_err_on_gc_types() {
                        let ty = ty.map_err(err)?;
                        let params: Result<Vec<_>, _> =
                            ty.params().iter().map(|t| valtype(*t)).collect();
                        let results: Result<Vec<_>, _> =
                            ty.results().iter().map(|t| valtype(*t)).collect();
                        m.types.push((params?, results?));
                    }
                }
                Payload::ImportSection(r) => {
                    for imp in r.into_imports() {
                        let imp = imp.map_err(err)?;
                        match imp.ty {
                            wasmparser::TypeRef::Func(t) => {
                                m.imports
                                    .push((imp.module.to_string(), imp.name.to_string(), t))
                            }
                            _ => {
                                return Err(bad("Go's module imports something besides functions"));
                            }
                        }
                    }
                }
                Payload::FunctionSection(r) => {
                    for t in r {
                        m.funcs.push(t.map_err(err)?);
                    }
                }
                Payload::GlobalSection(r) => {
                    for g in r {
                        let g = g.map_err(err)?;
                        m.globals.push((valtype(g.ty.content_type)?, g.ty.mutable));
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.map_err(err)?;
                        if e.kind == wasmparser::ExternalKind::Func {
                            m.exports.insert(e.name.to_string(), e.index);
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => m.bodies.push(body.range()),
                Payload::CustomSection(c) => {
                    if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                        for n in names {
                            if let wasmparser::Name::Function(map) = n.map_err(err)? {
                                for naming in map {
                                    let naming = naming.map_err(err)?;
                                    m.names.insert(naming.index, naming.name.to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(m)
    }

    fn type_of(&self, func: u32) -> Option<&(Vec<ValType>, Vec<ValType>)> {
        let imported = self.imports.len() as u32;
        let t = if func < imported {
            self.imports[func as usize].2
        } else {
            *self.funcs.get((func - imported) as usize)?
        };
        self.types.get(t as usize)
    }
}

/// Which of Go's functions a lowered wrapper replaces.
fn target(go: &GoModule, f: &FuncDef<'_>, unit: &Lowered) -> Result<u32, EmitError> {
    match &unit.export {
        Some(name) => go.exports.get(name).copied().ok_or_else(|| {
            bad(format!(
                "Go's module exports no function {name} (was the program built from the same files?)"
            ))
        }),
        None => go
            .names
            .iter()
            .filter(|(_, n)| **n == f.name)
            .map(|(i, _)| *i)
            .min()
            .ok_or_else(|| bad(format!("Go's module has no function named {}", f.name))),
    }
}

/// Replaces the wrappers of Go's module with the lowered `units` (the
/// wasmexport and wasmimport units of the program). A wasmimport whose Go
/// function Go dropped (nothing calls it) is left out, as Go left it out.
/// With `names`, Go's name section is kept; without, it is dropped.
pub fn replace_wrappers(
    go_bytes: &[u8],
    units: &[Lowered],
    names: bool,
) -> Result<Vec<u8>, EmitError> {
    let go = GoModule::read(go_bytes)?;
    if go.names.is_empty() {
        return Err(bad(
            "Go's module has no name section, which wexlab needs to find the wrappers (was it built with -ldflags=-s?)",
        ));
    }
    let (funcs, imports) = collect::collect_units(units)?;
    let mut replaced: HashMap<u32, &FuncDef<'_>> = HashMap::default();
    for f in funcs.iter() {
        let unit = &units[f.unit];
        if unit.export.is_none() && !go.names.values().any(|n| *n == f.name) {
            continue;
        }
        replaced.insert(target(&go, f, unit)?, f);
    }
    let imports_called = imports_called(go_bytes, &go, &replaced);
    let bodies = emit_rebased(&go, &replaced, &imports, &imports_called, units)?;
    let out = reassemble(go_bytes, &go, &replaced, &bodies, names)?;
    validate(&out, &go, &replaced)?;
    Ok(out)
}

/// For each replaced wasmimport function, by the import its lowered body
/// calls, the import Go's own body calls: two Go functions that import one
/// host function are two imports in Go's module, one called by each.
fn imports_called(
    go_bytes: &[u8],
    go: &GoModule,
    replaced: &HashMap<u32, &FuncDef<'_>>,
) -> HashMap<String, u32> {
    let imported = go.imports.len() as u32;
    let mut out = HashMap::default();
    for (&index, f) in replaced {
        let Some(range) = index
            .checked_sub(imported)
            .and_then(|i| go.bodies.get(i as usize))
        else {
            continue;
        };
        let Some(go_import) = first_import_call(&go_bytes[range.clone()], range.start, imported)
        else {
            continue;
        };
        for callee in crate::driver::called(f.term) {
            if callee.starts_with("import ") {
                out.insert(callee, go_import);
            }
        }
    }
    out
}

/// The first call in a function body to one of the `imported` functions.
fn first_import_call(body: &[u8], offset: usize, imported: u32) -> Option<u32> {
    let body = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(body, offset));
    let mut ops = body.get_operators_reader().ok()?;
    while !ops.eof() {
        match ops.read().ok()? {
            wasmparser::Operator::Call { function_index } if function_index < imported => {
                return Some(function_index);
            }
            _ => {}
        }
    }
    None
}

/// Validates the module: every section, and the bodies of the wrappers.
/// Go's other bodies are Go's bytes, checked against the same types and
/// indices Go checked them against, unless a wrapper's type changed (an
/// ABI Go lacks): then every body is validated, since Go's code may refer
/// to the wrapper. Validating 1,600 bodies Go already validated would be
/// most of the cost of a build.
fn validate(
    bytes: &[u8],
    go: &GoModule,
    replaced: &HashMap<u32, &FuncDef<'_>>,
) -> Result<(), EmitError> {
    let retyped = replaced
        .iter()
        .any(|(&i, f)| go.type_of(i) != Some(&(f.params.clone(), f.results.clone())));
    if retyped {
        return super::validate(bytes);
    }
    let invalid = |e: wasmparser::BinaryReaderError| EmitError::Invalid(e.to_string());
    let mut validator = wasmparser::Validator::new();
    let mut allocations = wasmparser::FuncValidatorAllocations::default();
    let imported = go.imports.len() as u32;
    let mut index = imported;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(invalid)?;
        let body = match &payload {
            Payload::CodeSectionEntry(body) => Some(body.clone()),
            _ => None,
        };
        let func = validator.payload(&payload).map_err(invalid)?;
        if let (wasmparser::ValidPayload::Func(func, _), Some(body)) = (func, body) {
            if replaced.contains_key(&index) {
                let mut v = func.into_validator(std::mem::take(&mut allocations));
                v.validate(&body).map_err(invalid)?;
                allocations = v.into_allocations();
            }
            index += 1;
        }
    }
    Ok(())
}

/// The wrappers' bodies, encoded with Go's indices, by function index.
///
/// walrus numbers a module's functions itself (largest first), so the
/// scratch module holds only the wrappers and what they call, each named
/// by its index in Go's module; the indices its code uses are mapped back
/// to Go's through those names.
fn emit_rebased(
    go: &GoModule,
    replaced: &HashMap<u32, &FuncDef<'_>>,
    imports: &[ImportDef],
    imports_called: &HashMap<String, u32>,
    units: &[Lowered],
) -> Result<HashMap<u32, Vec<u8>>, EmitError> {
    let mut config = ModuleConfig::new();
    config
        .generate_producers_section(false)
        .generate_name_section(true);
    let mut m = Module::with_config(config);
    let memory = m.memories.add_local(false, false, 1, None, None);
    let sp = m.globals.add_local(
        ValType::I32,
        true,
        false,
        ConstExpr::Value(walrus::ir::Value::I32(0)),
    );
    if go.globals.first() != Some(&(ValType::I32, true)) {
        return Err(bad(
            "Go's module has no stack pointer (a mutable i32 global 0)",
        ));
    }
    let by_name: HashMap<&str, u32> = go.names.iter().map(|(i, n)| (n.as_str(), *i)).collect();
    let mut ids: HashMap<String, FunctionId> = HashMap::default();
    // What the wrappers call: Go's functions by name, and its imports.
    for f in replaced.values() {
        for callee in crate::driver::called(f.term) {
            let Some(&index) = by_name.get(callee.as_str()) else {
                continue;
            };
            if ids.contains_key(&callee) {
                continue;
            }
            let Some((params, results)) = go.type_of(index) else {
                continue;
            };
            let fid = declare(
                &mut m,
                index,
                params,
                results,
                go.imports.get(index as usize),
            );
            ids.insert(callee, fid);
        }
    }
    for imp in imports {
        let first_of_name = || {
            go.imports
                .iter()
                .position(|(module, name, _)| *module == imp.module && *name == imp.name)
        };
        let index = match imports_called.get(&imp.func) {
            Some(&i) => Some(i as usize),
            None => first_of_name(),
        };
        if let Some(index) = index
            && !ids.contains_key(&imp.func)
            && let Some((params, results)) = go.type_of(index as u32)
        {
            let fid = declare(&mut m, index as u32, params, results, go.imports.get(index));
            ids.insert(imp.func.clone(), fid);
        }
    }
    let mut declared: Vec<(u32, FunctionId, Vec<walrus::LocalId>)> = Vec::new();
    let mut order: Vec<u32> = replaced.keys().copied().collect();
    order.sort_unstable();
    for index in order {
        let f = replaced[&index];
        let mut fb = FunctionBuilder::new(&mut m.types, &f.params, &f.results);
        fb.name(index.to_string());
        let params: Vec<_> = f.params.iter().map(|t| m.locals.add(*t)).collect();
        let mut all = params.clone();
        all.extend(f.locals.iter().map(|t| m.locals.add(*t)));
        declared.push((index, fb.finish(params, &mut m.funcs), all));
    }
    let layout = MemoryLayout::new(&[]);
    let arg_widths = HashMap::default();
    // A wrapper calls its Go function directly: no table.
    let indirect = HashMap::default();
    let ctx = Context {
        memory,
        sp,
        layout: &layout,
        functions: &ids,
        arg_widths: &arg_widths,
        table: None,
        indirect: &indirect,
    };
    for (index, fid, locals) in &declared {
        let f = replaced[index];
        let local = m.funcs.get_mut(*fid).kind.unwrap_local_mut();
        code::emit_wrapper(&ctx, local.builder_mut(), f, locals)?;
    }
    // Empty `else` arms dropped; return addresses are patched below.
    let bytes =
        super::finish::finish(&m.emit_wasm(), &HashSet::default()).map_err(EmitError::Invalid)?;
    let scratch = GoModule::read(&bytes)?;
    let scratch_imported = scratch.imports.len() as u32;
    // Scratch index to Go index, through the names.
    let to_go: HashMap<u32, u32> = scratch
        .names
        .iter()
        .filter_map(|(i, n)| Some((*i, n.parse::<u32>().ok()?)))
        .collect();
    let imported = go.imports.len() as u32;
    let mut out = HashMap::default();
    for (k, range) in scratch.bodies.iter().enumerate() {
        let Some(&index) = to_go.get(&(scratch_imported + k as u32)) else {
            continue;
        };
        let Some(f) = replaced.get(&index) else {
            continue;
        };
        // Go numbers its functions from 0x1000, its imports aside.
        let pc_f = units[f.unit]
            .export
            .as_ref()
            .map(|_| 0x1000 + (index - imported) as i64);
        out.insert(index, rebase(&bytes, range.clone(), &to_go, pc_f)?);
    }
    Ok(out)
}

/// Declares, in the scratch module, Go's function `index` (an import when
/// `import` is given), named by its index.
fn declare(
    m: &mut Module,
    index: u32,
    params: &[ValType],
    results: &[ValType],
    import: Option<&(String, String, u32)>,
) -> FunctionId {
    let ty = m.types.add(params, results);
    let fid = match import {
        Some((module, name, _)) => m.add_import_func(module, name, ty).0,
        None => {
            let mut fb = FunctionBuilder::new(&mut m.types, params, results);
            fb.func_body().unreachable();
            fb.finish(Vec::new(), &mut m.funcs)
        }
    };
    m.funcs.get_mut(fid).name = Some(index.to_string());
    fid
}

/// A body of the scratch module with Go's indices: each call's function index
/// mapped, and, in an export wrapper (`pc_f` given), each return address's
/// placeholder PC_F replaced by the real one.
fn rebase(
    bytes: &[u8],
    range: std::ops::Range<usize>,
    to_go: &HashMap<u32, u32>,
    pc_f: Option<i64>,
) -> Result<Vec<u8>, EmitError> {
    use wasmparser::Operator;
    let err = |e: wasmparser::BinaryReaderError| bad(e.to_string());
    let body = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(
        &bytes[range.clone()],
        range.start,
    ));
    let mut ops = body.get_operators_reader().map_err(err)?;
    let mut out = Vec::new();
    let mut copied = range.start;
    while !ops.eof() {
        let (op, offset) = ops.read_with_offset().map_err(err)?;
        let replacement = match op {
            Operator::Call { function_index } => {
                let index = to_go.get(&function_index).copied().ok_or_else(|| {
                    bad(format!(
                        "a wrapper calls function {function_index} of no known name"
                    ))
                })?;
                let mut enc = vec![CALL_OPCODE];
                index.encode(&mut enc);
                enc
            }
            Operator::I64Const { value }
                if value >> 16 == super::finish::PC_F_PLACEHOLDER && (value & 0xffff) <= 1 =>
            {
                let Some(pc_f) = pc_f else { continue };
                let mut enc = vec![I64_CONST_OPCODE];
                ((pc_f << 16) | (value & 0xffff)).encode(&mut enc);
                enc
            }
            Operator::Block {
                blockty: wasmparser::BlockType::FuncType(_),
            }
            | Operator::Loop {
                blockty: wasmparser::BlockType::FuncType(_),
            }
            | Operator::If {
                blockty: wasmparser::BlockType::FuncType(_),
            } => {
                return Err(bad(
                    "a wrapper has a block with several results, which needs a type of its own",
                ));
            }
            _ => continue,
        };
        out.extend_from_slice(&bytes[copied..offset]);
        out.extend_from_slice(&replacement);
        copied = ops.original_position();
    }
    out.extend_from_slice(&bytes[copied..range.end]);
    Ok(out)
}

/// `call` and `i64.const` in the binary format.
const CALL_OPCODE: u8 = 0x10;
const I64_CONST_OPCODE: u8 = 0x42;

/// Go's module with the new bodies in its code section (and, for a wrapper
/// whose type Go's module lacks, that type added and its function's entry
/// changed), the name section dropped unless `names`.
fn reassemble(
    bytes: &[u8],
    go: &GoModule,
    replaced: &HashMap<u32, &FuncDef<'_>>,
    bodies: &HashMap<u32, Vec<u8>>,
    names: bool,
) -> Result<Vec<u8>, EmitError> {
    let imported = go.imports.len() as u32;
    let mut types = go.types.clone();
    let mut funcs = go.funcs.clone();
    // In index order: the types added are numbered the same in every build.
    let mut order: Vec<(&u32, &&FuncDef<'_>)> = replaced.iter().collect();
    order.sort_unstable_by_key(|(i, _)| **i);
    for (&index, f) in order {
        let ty = (f.params.clone(), f.results.clone());
        if go.type_of(index) == Some(&ty) {
            continue;
        }
        let t = match types.iter().position(|t| *t == ty) {
            Some(t) => t,
            None => {
                types.push(ty);
                types.len() - 1
            }
        };
        funcs[(index - imported) as usize] = t as u32;
    }
    let mut out = bytes[..8].to_vec();
    for (id, range, name) in &go.sections {
        match *id {
            0 if name.as_deref() == Some("name") && !names => {}
            1 if types.len() != go.types.len() => section(
                &mut out,
                SectionId::Type,
                &type_section(bytes, range, &types, go.types.len())?,
            ),
            3 if funcs != go.funcs => {
                let mut body = Vec::new();
                (funcs.len() as u32).encode(&mut body);
                for t in &funcs {
                    t.encode(&mut body);
                }
                section(&mut out, SectionId::Function, &body);
            }
            10 => {
                let mut body = Vec::new();
                (go.bodies.len() as u32).encode(&mut body);
                for (i, r) in go.bodies.iter().enumerate() {
                    match bodies.get(&(imported + i as u32)) {
                        Some(new) => {
                            (new.len() as u32).encode(&mut body);
                            body.extend_from_slice(new);
                        }
                        None => {
                            (r.len() as u32).encode(&mut body);
                            body.extend_from_slice(&bytes[r.clone()]);
                        }
                    }
                }
                section(&mut out, SectionId::Code, &body);
            }
            _ => out.extend_from_slice(&bytes[range.clone()]),
        }
    }
    Ok(out)
}

/// A section as Go's linker writes it: its size always in five LEB128
/// bytes (it writes a placeholder first and fills it in), so that a module
/// whose sections are Go's is Go's byte for byte.
fn section(out: &mut Vec<u8>, id: SectionId, body: &[u8]) {
    out.push(id as u8);
    let mut size = body.len() as u64;
    for i in 0..5 {
        let more = if i < 4 { 0x80 } else { 0 };
        out.push((size & 0x7f) as u8 | more);
        size >>= 7;
    }
    out.extend_from_slice(body);
}

/// Go's type section with the types past `old` appended: Go's entries are
/// copied as they are, so no index moves.
fn type_section(
    bytes: &[u8],
    range: &std::ops::Range<usize>,
    types: &[(Vec<ValType>, Vec<ValType>)],
    old: usize,
) -> Result<Vec<u8>, EmitError> {
    // The section's contents after its id, size and entry count.
    let mut reader = wasmparser::BinaryReader::new(&bytes[range.clone()], range.start);
    let err = |e: wasmparser::BinaryReaderError| bad(e.to_string());
    reader.read_u8().map_err(err)?;
    reader.read_var_u32().map_err(err)?;
    reader.read_var_u32().map_err(err)?;
    let entries = &bytes[reader.original_position()..range.end];
    let mut body = Vec::new();
    (types.len() as u32).encode(&mut body);
    body.extend_from_slice(entries);
    let byte = |t: &ValType| match t {
        ValType::I32 => Ok(0x7f),
        ValType::I64 => Ok(0x7e),
        ValType::F32 => Ok(0x7d),
        ValType::F64 => Ok(0x7c),
        other => Err(bad(format!(
            "a wrapper has a parameter or result of type {other}"
        ))),
    };
    for (params, results) in &types[old..] {
        body.push(FUNC_TYPE);
        for list in [params, results] {
            (list.len() as u32).encode(&mut body);
            for t in list {
                body.push(byte(t)?);
            }
        }
    }
    Ok(body)
}

/// The form byte of a function type.
const FUNC_TYPE: u8 = 0x60;
