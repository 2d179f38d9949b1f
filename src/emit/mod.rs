//! From lowered terms to a WebAssembly module, with walrus.
//!
//! The terms are trees of instructions; this module walks them in post-order
//! and lays out what the terms only name: package variables and strings in
//! linear memory, the Go stack, function indices, and the return-address
//! constants of export wrappers (`(ret-addr PC_B)`), whose PC_F is the
//! wrapper's index among the module's defined functions plus 0x1000.

mod code;
mod layout;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use egg::Id;
use walrus::{
    ConstExpr, ExportItem, FunctionBuilder, FunctionId, LocalId, MemoryId, Module, ModuleConfig,
    ValType, ir::Value,
};

use crate::ir::build::{DataItem, Mode};
use crate::ir::lang::Node;
use crate::rewrite::lowered::LoweredTerm;
pub use layout::MemoryLayout;

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

/// The value types of a `(cons i32 (cons i64 nil))` list. Elements may be
/// lists themselves (a string parameter is two i32s); they are flattened.
pub(crate) fn valtypes(t: &LoweredTerm, id: Id) -> Result<Vec<ValType>, String> {
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
struct FuncDef<'t> {
    name: String,
    params: Vec<ValType>,
    results: Vec<ValType>,
    locals: Vec<ValType>,
    body: Id,
    term: &'t LoweredTerm,
    /// A wasmexport wrapper. Nothing calls it by name: its name (the
    /// export's, any string) lives apart from the functions code calls.
    wrapper: bool,
    /// The index of the unit that defines it.
    unit: usize,
    /// Exported: the entry point or a wasmexport wrapper.
    root: bool,
}

struct ImportDef {
    module: String,
    name: String,
    func: String,
    params: Vec<ValType>,
    results: Vec<ValType>,
}

fn name_of(t: &LoweredTerm, id: Id) -> Option<String> {
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

/// What a function body refers to: the functions it calls and the package
/// variables and strings whose addresses it uses.
#[derive(Default)]
struct Refs {
    calls: Vec<String>,
    /// Calls that only a function with a frame makes: those of `(if-frame X)`
    /// and of X in `(if-frame-else X Y)` (the stack check's report).
    frame_calls: Vec<String>,
    data: Vec<String>,
}

fn references(t: &LoweredTerm, body: Id) -> Refs {
    let mut refs = Refs::default();
    let mut stack = vec![(body, false)];
    while let Some((i, gated)) = stack.pop() {
        let Node::Op(op, c) = t.node(i) else {
            continue;
        };
        match op.as_str() {
            "call" if !c.is_empty() => {
                if let Some(n) = func_name(t, c[0]) {
                    if gated {
                        refs.frame_calls.push(n);
                    } else {
                        refs.calls.push(n);
                    }
                }
            }
            "data-addr" if c.len() == 1 => {
                if let Some(n) = name_of(t, c[0]) {
                    refs.data.push(n);
                }
            }
            "if-frame" => {
                stack.extend(c.iter().map(|x| (*x, true)));
                continue;
            }
            "if-frame-else" if c.len() == 2 => {
                stack.push((c[0], true));
                stack.push((c[1], gated));
                continue;
            }
            _ => {}
        }
        stack.extend(c.iter().map(|x| (*x, gated)));
    }
    refs.calls.sort();
    refs.calls.dedup();
    refs.frame_calls.sort();
    refs.frame_calls.dedup();
    refs
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

/// Builds the module. PC_F constants are first emitted with a placeholder
/// of the same encoded length, then patched once function indices are known.
pub fn emit(input: &Input<'_>) -> Result<Vec<u8>, EmitError> {
    let mut all_funcs = Vec::new();
    let mut all_imports = Vec::new();
    for (i, u) in input.units.iter().enumerate() {
        collect(u, i, u.term.root(), &mut all_funcs, &mut all_imports)?;
    }
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

    let mut config = ModuleConfig::new();
    config
        .generate_producers_section(false)
        .generate_name_section(input.names);
    let mut module = Module::with_config(config);
    let memory = module
        .memories
        .add_local(false, false, layout.pages, None, None);
    let sp = module
        .globals
        .add_local(ValType::I32, true, false, ConstExpr::Value(Value::I32(0)));
    module.globals.get_mut(sp).name = Some("SP".to_string());

    // The functions code calls, by name; wrappers are not among them.
    let mut ids: HashMap<String, FunctionId> = HashMap::default();
    for imp in &imports {
        let ty = module.types.add(&imp.params, &imp.results);
        let (fid, _) = module.add_import_func(&imp.module, &imp.name, ty);
        module.funcs.get_mut(fid).name = Some(imp.func.clone());
        ids.entry(imp.func.clone()).or_insert(fid);
    }
    // Declare every function first, so that bodies can call any of them.
    let mut declared: Vec<(FunctionId, Vec<LocalId>)> = Vec::new();
    for (_, f) in &funcs {
        let mut fb = FunctionBuilder::new(&mut module.types, &f.params, &f.results);
        fb.name(f.name.clone());
        let params: Vec<LocalId> = f.params.iter().map(|t| module.locals.add(*t)).collect();
        let mut all = params.clone();
        all.extend(f.locals.iter().map(|t| module.locals.add(*t)));
        let fid = fb.finish(params, &mut module.funcs);
        if !f.wrapper {
            ids.entry(f.name.clone()).or_insert(fid);
        }
        declared.push((fid, all));
    }
    let ctx = code::Context {
        memory,
        sp,
        layout: &layout,
        functions: &ids,
        arg_widths: input.arg_widths,
    };
    // Bodies are independent of each other: build them in parallel.
    let position: HashMap<FunctionId, usize> = declared
        .iter()
        .enumerate()
        .map(|(k, (fid, _))| (*fid, k))
        .collect();
    let mut jobs: Vec<(usize, &mut walrus::LocalFunction)> = module
        .funcs
        .iter_local_mut()
        .filter_map(|(fid, local)| Some((*position.get(&fid)?, local)))
        .collect();
    // In module order, so that the first error reported is the first
    // function's, whatever the threads did.
    jobs.sort_by_key(|(k, _)| *k);
    crate::parallel::map(jobs, |(k, local)| {
        let (i, f) = funcs[k];
        let how = code::How {
            recursive: reach.recursive.contains(&i),
            framed: reach.framed.contains(&i),
            // Export wrappers are Go's instructions, dead code included.
            trim: !f.wrapper,
        };
        let locals = &declared[k].1;
        code::emit_body(
            &ctx,
            local.builder_mut(),
            &f.name,
            f.term,
            f.body,
            locals,
            how,
        )
    })
    .into_iter()
    .collect::<Result<(), EmitError>>()?;
    // Exports: the entry point, the wasmexports in source order, memory.
    let mut roots: HashMap<usize, FunctionId> = HashMap::default();
    for ((_, f), (fid, _)) in funcs.iter().zip(&declared) {
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
    add_data(&mut module, memory, &layout, &data);
    walrus::passes::gc::run(&mut module);

    let bytes = finish(&module.emit_wasm(), &wrappers).map_err(EmitError::Invalid)?;
    validate(&bytes)?;
    Ok(bytes)
}

/// What the module keeps: the functions reachable from its exports (by
/// index in the list of definitions), the names they call, the data they
/// use, which of them are recursive (reach themselves) and which need a
/// frame on the Go stack (the recursive ones and those that call a Go-ABI
/// function, whose arguments go there).
///
/// Recursion is judged without the calls of the stack check itself: the
/// overflow report prints, and printing is not recursion (the program ends).
struct Reach {
    used: HashSet<usize>,
    calls: HashSet<String>,
    data: HashSet<String>,
    recursive: HashSet<usize>,
    framed: HashSet<usize>,
}

impl Reach {
    fn new(funcs: &[FuncDef<'_>], arg_widths: &HashMap<String, u64>) -> Reach {
        let refs: Vec<Refs> =
            crate::parallel::map(funcs.iter().collect(), |f| references(f.term, f.body));
        // What a call names: the first function defined with that name
        // (wrappers cannot be called).
        let mut callable: HashMap<&str, usize> = HashMap::default();
        for (i, f) in funcs.iter().enumerate().filter(|(_, f)| !f.wrapper) {
            callable.entry(f.name.as_str()).or_insert(i);
        }
        let edges: Vec<Vec<usize>> = refs
            .iter()
            .map(|r| {
                r.calls
                    .iter()
                    .filter_map(|c| callable.get(c.as_str()).copied())
                    .collect()
            })
            .collect();
        let recursive = recursive_functions(&edges);
        let framed: HashSet<usize> = refs
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                recursive.contains(i) || r.calls.iter().any(|c| arg_widths.contains_key(c))
            })
            .map(|(i, _)| i)
            .collect();
        // Everything the roots reach, the stack check's calls included
        // where a frame is made.
        let mut used: HashSet<usize> = HashSet::default();
        let mut calls: HashSet<String> = HashSet::default();
        let mut work: Vec<usize> = Vec::new();
        for (i, _) in funcs.iter().enumerate().filter(|(_, f)| f.root) {
            if used.insert(i) {
                work.push(i);
            }
        }
        while let Some(n) = work.pop() {
            let r = &refs[n];
            let gated = if framed.contains(&n) {
                r.frame_calls.as_slice()
            } else {
                &[]
            };
            for c in r.calls.iter().chain(gated) {
                if !calls.contains(c) {
                    calls.insert(c.clone());
                }
                if let Some(&j) = callable.get(c.as_str())
                    && used.insert(j)
                {
                    work.push(j);
                }
            }
        }
        let mut data = HashSet::default();
        for &i in &used {
            data.extend(refs[i].data.iter().cloned());
        }
        Reach {
            used,
            calls,
            data,
            recursive,
            framed,
        }
    }
}

/// The functions that can reach themselves through `edges` (calls): those
/// with a call to themselves or in a cycle of several (Tarjan's strongly
/// connected components, iteratively: call chains can be long).
fn recursive_functions(edges: &[Vec<usize>]) -> HashSet<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut recursive = HashSet::default();
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, how many of its edges are done)
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut done)) = frames.last_mut() {
            if let Some(&w) = edges[v].get(*done) {
                *done += 1;
                if index[w] == UNSEEN {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    frames.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 || edges[v].contains(&v) {
                    recursive.extend(component);
                }
            }
        }
    }
    recursive
}

/// Active data segments for the initialized package variables and strings.
/// Items close to each other share a segment (the zeros between them cost
/// less than a segment header).
fn add_data(module: &mut Module, memory: MemoryId, layout: &MemoryLayout, data: &[DataItem]) {
    const GAP: u64 = 6;
    let mut items: Vec<(u64, &[u8])> = data
        .iter()
        .filter_map(|item| {
            let bytes = item.bytes.as_deref()?;
            let addr = layout.address(&item.symbol)?;
            // Memory starts zeroed: leading and trailing zeros need no bytes.
            let first = bytes.iter().position(|b| *b != 0)?;
            let last = bytes.iter().rposition(|b| *b != 0)?;
            Some((addr + first as u64, &bytes[first..=last]))
        })
        .collect();
    items.sort_by_key(|(a, _)| *a);
    let mut segments: Vec<(u64, Vec<u8>)> = Vec::new();
    for (addr, bytes) in items {
        match segments.last_mut() {
            Some((start, seg))
                if addr >= *start + seg.len() as u64
                    && addr - (*start + seg.len() as u64) <= GAP =>
            {
                seg.resize((addr - *start) as usize, 0);
                seg.extend_from_slice(bytes);
            }
            _ => segments.push((addr, bytes.to_vec())),
        }
    }
    for (addr, bytes) in segments {
        module.data.add(
            walrus::DataKind::Active {
                memory,
                offset: ConstExpr::Value(Value::I32(addr as i32)),
            },
            bytes,
        );
    }
}

/// The placeholder PC_F: as long to encode as any real one (five LEB bytes).
pub(crate) const PC_F_PLACEHOLDER: i64 = 0x1000;

/// Finishes the code section walrus wrote: drops empty `else` arms (walrus
/// always writes one; Go's wrappers have `if … end`), and rewrites
/// `i64.const (PLACEHOLDER<<16 | PC_B)` in export wrappers (the functions
/// exported under the names in `wrappers`) with the wrapper's real PC_F,
/// known only now that walrus has ordered the functions.
fn finish(bytes: &[u8], wrappers: &HashSet<&str>) -> Result<Vec<u8>, String> {
    use wasmparser::{Operator, Parser, Payload};
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut imported = 0u32;
    // Export wrappers, by function index (from the export section).
    let mut wrapper_index: HashSet<u32> = HashSet::default();
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    let mut code_section: Option<(usize, usize)> = None;
    let mut prev_end = 8;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(err)?;
        if let Some((_, range)) = payload.as_section() {
            if let Payload::CodeSectionStart { .. } = payload {
                code_section = Some((prev_end, range.end));
            }
            prev_end = range.end;
        }
        match payload {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp.map_err(err)?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                bodies.push((range.start, range.end));
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(err)?;
                    if e.kind == wasmparser::ExternalKind::Func && wrappers.contains(e.name) {
                        wrapper_index.insert(e.index);
                    }
                }
            }
            _ => {}
        }
    }
    let Some((section_start, section_end)) = code_section else {
        return Ok(bytes.to_vec());
    };
    let mut code = Vec::new();
    leb_u32(bodies.len() as u32, &mut code);
    for (i, &(start, end)) in bodies.iter().enumerate() {
        let is_wrapper = wrapper_index.contains(&(imported + i as u32));
        // Without the `else` opcode's byte anywhere, a body has no `else`
        // arm: outside wrappers, nothing to change.
        if !is_wrapper && !bytes[start..end].contains(&ELSE_OPCODE) {
            leb_u32((end - start) as u32, &mut code);
            code.extend_from_slice(&bytes[start..end]);
            continue;
        }
        let pc_f = 0x1000 + i as i64;
        let mut drop_at = Vec::new();
        let mut patches = Vec::new();
        let body =
            wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(&bytes[start..end], start));
        let mut ops = body.get_operators_reader().map_err(err)?;
        let mut pending_else: Option<usize> = None;
        while !ops.eof() {
            let (op, offset) = ops.read_with_offset().map_err(err)?;
            if let Some(at) = pending_else.take()
                && matches!(op, Operator::End)
            {
                drop_at.push(at);
            }
            match op {
                Operator::Else => pending_else = Some(offset),
                Operator::I64Const { value }
                    if is_wrapper && value >> 16 == PC_F_PLACEHOLDER && (value & 0xffff) <= 1 =>
                {
                    patches.push((offset + 1, (pc_f << 16) | (value & 0xffff)));
                }
                _ => {}
            }
        }
        let mut out = bytes[start..end].to_vec();
        for (at, value) in patches {
            let mut enc = Vec::new();
            leb_i64(value, &mut enc);
            if enc.len() != 5 {
                return Err(format!(
                    "return address {value:#x} does not encode in five bytes"
                ));
            }
            out[at - start..at - start + 5].copy_from_slice(&enc);
        }
        for at in drop_at.into_iter().rev() {
            out.remove(at - start);
        }
        leb_u32(out.len() as u32, &mut code);
        code.extend_from_slice(&out);
    }
    let mut result = bytes[..section_start].to_vec();
    result.push(10);
    leb_u32(code.len() as u32, &mut result);
    result.extend_from_slice(&code);
    result.extend_from_slice(&bytes[section_end..]);
    Ok(result)
}

/// `else` in the binary format.
const ELSE_OPCODE: u8 = 0x05;

fn leb_u32(mut v: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn leb_i64(mut v: i64, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

pub fn validate(bytes: &[u8]) -> Result<(), EmitError> {
    wasmparser::Validator::new()
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| EmitError::Invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::recursive_functions;

    #[test]
    fn recursion_is_a_cycle_or_a_call_to_itself() {
        // 0 → 1 → 2 → 0 is a cycle; 3 calls itself; 4 → 0 reaches the cycle
        // without being on it; 5 calls nothing.
        let edges = vec![vec![1], vec![2], vec![0, 5], vec![3], vec![0], vec![]];
        let mut found: Vec<usize> = recursive_functions(&edges).into_iter().collect();
        found.sort();
        assert_eq!(found, vec![0, 1, 2, 3]);
        // A call chain far longer than any recursion would survive.
        let chain: Vec<Vec<usize>> = (0..200_000).map(|i| vec![i + 1]).chain([vec![]]).collect();
        assert!(recursive_functions(&chain).is_empty());
    }
}
