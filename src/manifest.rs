//! `wexlab abi`: for each export and import of a program, its Go signature,
//! its wasm signature, and where each parameter and result lives, read from
//! the wrappers the build lowered (not from a model of the rules).
//!
//! The front end's term gives the Go side: each parameter's and result's
//! Go type and offset in the argument area. The lowered wrapper gives the
//! wasm side: its signature, and the instructions that move values between
//! wasm and the Go stack. In an export wrapper, a store at SP+O of wasm
//! parameter N (`local.get N`, maybe widened) puts that parameter at O, and
//! the loads from SP, in order, are the wasm results. In a wasmimport's
//! Go-ABI function, which finds its argument area at SP+8 (past the return
//! address, docs/abi.md), the loads from SP, in order, are the import's
//! arguments, and the stores of values other than constants, in order, its
//! results. Each wasm value belongs to the Go parameter or result whose
//! bytes it reads or writes, so a string is a (pointer, length) pair of
//! two wasm values.

use std::fmt::Write as _;

use egg::{Id, RecExpr};

use crate::driver::{BuildError, Options, Session, SourceInput};
use crate::emit::FuncDef;
use crate::ir::lang::Node;
use crate::rewrite::lowered::LoweredTerm;
use crate::wrappers::{self, Kind, Wrapper};

/// The ABI of a program's boundary functions.
pub struct Manifest {
    pub exports: Vec<Entry>,
    pub imports: Vec<Entry>,
}

/// One export or import.
pub struct Entry {
    pub kind: Kind,
    /// `func(int32, string) (int32, bool)`.
    pub go: String,
    pub wasm_params: Vec<String>,
    pub wasm_results: Vec<String>,
    /// The argument area's size (exports: Go's frame for the call).
    pub frame: Option<i64>,
    pub params: Vec<Place>,
    pub results: Vec<Place>,
}

/// A Go parameter or result and the wasm values that carry it.
pub struct Place {
    pub go: String,
    /// Its offset in the argument area.
    pub offset: i64,
    pub wasm: Vec<Slot>,
}

/// One wasm value and the instruction that moves it.
pub struct Slot {
    /// The wasm parameter or result it is (an import's argument or result).
    pub index: usize,
    pub ty: String,
    /// `i32.store8`, `i64.load`, …
    pub op: String,
    /// The instruction's address, as an offset from SP.
    pub at: i64,
}

/// Builds the program and describes its wrappers.
pub fn manifest(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Manifest, BuildError> {
    of_wrappers(&wrappers::lower(session, inputs, options)?)
}

/// Describes wrappers already lowered (`--bodies go` lowers them from the
/// program's signatures).
pub fn of_wrappers(lowered: &[Wrapper]) -> Result<Manifest, BuildError> {
    let mut manifest = Manifest {
        exports: Vec::new(),
        imports: Vec::new(),
    };
    for wrapper in lowered {
        let entry = describe(wrapper)?;
        match entry.kind {
            Kind::Export(_) => manifest.exports.push(entry),
            Kind::Import { .. } => manifest.imports.push(entry),
        }
    }
    Ok(manifest)
}

/// A `(param TYPE OFFSET $SPELLING)` of the front end's term.
struct GoValue {
    spelling: String,
    offset: i64,
}

/// An access to the Go stack found in a wrapper's body.
enum Access {
    /// A store of wasm local N (None: of another value, such as a call's result).
    Store {
        op: String,
        at: i64,
        local: Option<usize>,
    },
    Load {
        op: String,
        at: i64,
    },
}

fn describe(wrapper: &Wrapper) -> Result<Entry, BuildError> {
    let (funcs, imports) = wrapper.defined()?;
    let lowered = &wrapper.lowered.term;
    let (frame, go_params, go_results) = go_side(&wrapper.input);
    let func = funcs.first();
    let accesses = func.map(|f| accesses(lowered, f)).unwrap_or_default();
    let (wasm_params, wasm_results, base, param_slots, result_slots);
    match &wrapper.kind {
        Kind::Export(_) => {
            let f = func.expect("an export wrapper is a wasm function");
            wasm_params = names(&f.params);
            wasm_results = names(&f.results);
            base = 0;
            param_slots = stored_locals(&accesses, &wasm_params);
            result_slots = loads(&accesses, &wasm_results);
        }
        Kind::Import { .. } => {
            let import = imports.first().expect("a wasmimport is a wasm import");
            wasm_params = names(&import.params);
            wasm_results = names(&import.results);
            base = 8;
            param_slots = loads(&accesses, &wasm_params);
            result_slots = stores(&accesses, &wasm_results);
        }
    }
    let go = format!(
        "func({}){}",
        spellings(&go_params),
        results_text(&go_results)
    );
    // A result's region ends at the next result; the last parameter's at the first result.
    let params_end = go_results.first().map(|r| r.offset);
    Ok(Entry {
        kind: wrapper.kind.clone(),
        go,
        wasm_params,
        wasm_results,
        frame: matches!(wrapper.kind, Kind::Export(_)).then_some(frame),
        params: places(&go_params, params_end, base, param_slots),
        results: places(&go_results, None, base, result_slots),
    })
}

fn names(types: &[walrus::ValType]) -> Vec<String> {
    types.iter().map(|t| t.to_string()).collect()
}

fn spellings(values: &[GoValue]) -> String {
    let list: Vec<&str> = values.iter().map(|v| v.spelling.as_str()).collect();
    list.join(", ")
}

fn results_text(results: &[GoValue]) -> String {
    match results {
        [] => String::new(),
        [one] => format!(" {}", one.spelling),
        many => format!(" ({})", spellings(many)),
    }
}

/// Gives each Go value the slots whose address falls within its bytes:
/// from its offset to the next value's (or `end`).
fn places(values: &[GoValue], end: Option<i64>, base: i64, slots: Vec<Slot>) -> Vec<Place> {
    let mut out: Vec<Place> = values
        .iter()
        .map(|v| Place {
            go: v.spelling.clone(),
            offset: v.offset,
            wasm: Vec::new(),
        })
        .collect();
    for slot in slots {
        let offset = slot.at - base;
        let owner = (0..values.len()).rev().find(|&i| {
            let next = values.get(i + 1).map(|v| v.offset).or(end);
            values[i].offset <= offset && next.is_none_or(|n| offset < n)
        });
        if let Some(i) = owner {
            out[i].wasm.push(slot);
        }
    }
    out
}

/// Export wrappers: each store of a wasm parameter.
fn stored_locals(accesses: &[Access], types: &[String]) -> Vec<Slot> {
    accesses
        .iter()
        .filter_map(|a| match a {
            Access::Store {
                op,
                at,
                local: Some(n),
            } if *n < types.len() => Some(Slot {
                index: *n,
                ty: types[*n].clone(),
                op: op.clone(),
                at: *at,
            }),
            _ => None,
        })
        .collect()
}

/// The loads from the Go stack, in order, as wasm values `types`.
fn loads(accesses: &[Access], types: &[String]) -> Vec<Slot> {
    let found = accesses.iter().filter_map(|a| match a {
        Access::Load { op, at } => Some((op, at)),
        Access::Store { .. } => None,
    });
    numbered(found, types)
}

/// The stores to the Go stack of values other than constants, in order,
/// one wasm value each; a store of a local that an earlier store read is
/// that earlier value again (a []byte's length stored as its capacity too).
fn stores(accesses: &[Access], types: &[String]) -> Vec<Slot> {
    // (local, wasm value) of the stores so far.
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut out = Vec::new();
    for access in accesses {
        let Access::Store { op, at, local } = access else {
            continue;
        };
        let earlier = seen.iter().find(|(l, _)| Some(*l) == *local);
        let index = match earlier {
            Some(&(_, index)) => index,
            None => {
                next += 1;
                if let Some(l) = local {
                    seen.push((*l, next - 1));
                }
                next - 1
            }
        };
        let Some(ty) = types.get(index) else {
            break;
        };
        out.push(Slot {
            index,
            ty: ty.clone(),
            op: op.clone(),
            at: *at,
        });
    }
    out
}

fn numbered<'a>(found: impl Iterator<Item = (&'a String, &'a i64)>, types: &[String]) -> Vec<Slot> {
    found
        .zip(types)
        .enumerate()
        .map(|(index, ((op, at), ty))| Slot {
            index,
            ty: ty.clone(),
            op: op.clone(),
            at: *at,
        })
        .collect()
}

/// The frame (an export's third child; 0 for an import) and the Go
/// parameters and results of the front end's term.
fn go_side(term: &RecExpr<Node>) -> (i64, Vec<GoValue>, Vec<GoValue>) {
    let root = &term[Id::from(term.as_ref().len() - 1)];
    let Node::Op(op, c) = root else {
        return (0, Vec::new(), Vec::new());
    };
    let n = c.len();
    let frame = match (op.as_str(), &term[c[2]]) {
        ("export", Node::Num(f)) => *f,
        _ => 0,
    };
    (frame, go_values(term, c[n - 2]), go_values(term, c[n - 1]))
}

fn go_values(term: &RecExpr<Node>, mut list: Id) -> Vec<GoValue> {
    let mut out = Vec::new();
    while let Node::Op(op, c) = &term[list]
        && op.as_str() == "cons"
    {
        if let Node::Op(_, p) = &term[c[0]]
            && let (Node::Num(offset), Node::Name(spelling)) = (&term[p[1]], &term[p[2]])
        {
            out.push(GoValue {
                spelling: spelling.as_str().to_string(),
                offset: *offset,
            });
        }
        list = c[1];
    }
    out
}

/// The loads and stores at SP in a function's body, in the order they run
/// (post-order, as the emitter writes them). SP is `(global.get $SP)`, or a
/// local set from it (Go's wasmimport functions keep it in one).
fn accesses(term: &LoweredTerm, func: &FuncDef<'_>) -> Vec<Access> {
    let mut walk = Walk {
        term,
        sp_locals: Vec::new(),
        out: Vec::new(),
    };
    walk.node(func.body);
    walk.out
}

struct Walk<'t> {
    term: &'t LoweredTerm,
    /// The locals that hold SP, as the walk has seen them set.
    sp_locals: Vec<i64>,
    out: Vec<Access>,
}

impl Walk<'_> {
    fn node(&mut self, id: Id) {
        let term = self.term;
        let Node::Op(op, c) = term.node(id) else {
            return;
        };
        for &child in c.iter() {
            self.node(child);
        }
        let op = op.as_str();
        let first = c.first().map(|&x| term.node(x));
        if op == "local.set"
            && let (Some(Node::Num(n)), Some(&value)) = (first, c.get(1))
        {
            if self.is_sp(value) {
                self.sp_locals.push(*n);
            } else {
                self.sp_locals.retain(|l| l != n);
            }
            return;
        }
        let offset = match first {
            Some(Node::Num(o)) => *o,
            _ => return,
        };
        if c.len() < 2 || !self.is_sp(c[1]) {
            return;
        }
        if op.contains(".load") && c.len() == 2 {
            self.out.push(Access::Load {
                op: op.to_string(),
                at: offset,
            });
        } else if op.contains(".store") && c.len() == 3 && !is_constant(term, c[2]) {
            self.out.push(Access::Store {
                op: op.to_string(),
                at: offset,
                local: local_read(term, c[2]),
            });
        }
    }

    fn is_sp(&self, id: Id) -> bool {
        match self.term.node(id) {
            Node::Op(op, c) if op.as_str() == "global.get" && c.len() == 1 => {
                self.term.name(c[0]).is_some_and(|s| s.as_str() == "SP")
            }
            Node::Op(op, c) if op.as_str() == "local.get" && c.len() == 1 => {
                matches!(self.term.node(c[0]), Node::Num(n) if self.sp_locals.contains(n))
            }
            _ => false,
        }
    }
}

fn is_constant(term: &LoweredTerm, id: Id) -> bool {
    matches!(term.node(id), Node::Op(op, _) if op.as_str().ends_with(".const"))
}

/// The local a value reads, seen through a widening (`i64.extend_i32_u`).
fn local_read(term: &LoweredTerm, id: Id) -> Option<usize> {
    match term.node(id) {
        Node::Op(op, c) if op.as_str() == "local.get" && c.len() == 1 => match term.node(c[0]) {
            Node::Num(n) => usize::try_from(*n).ok(),
            _ => None,
        },
        Node::Op(op, c) if op.as_str().contains(".extend") && c.len() == 1 => {
            local_read(term, c[0])
        }
        _ => None,
    }
}

// ---------------------------------------------------------------- output

impl Manifest {
    /// The JSON form: keys in a fixed order, two-space indentation, so that
    /// it can be kept as a golden file.
    pub fn json(&self) -> String {
        let mut out = String::from("{\n");
        for (key, entries, last) in [
            ("exports", &self.exports, false),
            ("imports", &self.imports, true),
        ] {
            let _ = write!(out, "  {}: [", quote(key));
            for (i, e) in entries.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                e.json(&mut out);
            }
            out.push_str(if entries.is_empty() { "]" } else { "\n  ]" });
            out.push_str(if last { "\n" } else { ",\n" });
        }
        out.push_str("}\n");
        out
    }

    /// The readable form.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for e in self.exports.iter().chain(&self.imports) {
            e.text(&mut out);
        }
        out
    }
}

impl Entry {
    fn json(&self, out: &mut String) {
        let list = |items: &[String]| {
            let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
            format!("[{}]", quoted.join(", "))
        };
        out.push_str("    {");
        match &self.kind {
            Kind::Export(name) => {
                let _ = write!(out, "\"name\": {}", quote(name));
            }
            Kind::Import {
                module,
                name,
                go_symbol,
            } => {
                let _ = write!(
                    out,
                    "\"module\": {}, \"name\": {}, \"go_name\": {}",
                    quote(module),
                    quote(name),
                    quote(go_symbol)
                );
            }
        }
        let _ = write!(
            out,
            ",\n     \"go\": {},\n     \"wasm\": {{\"params\": {}, \"results\": {}}}",
            quote(&self.go),
            list(&self.wasm_params),
            list(&self.wasm_results)
        );
        if let Some(frame) = self.frame {
            let _ = write!(out, ",\n     \"frame\": {frame}");
        }
        for (key, places) in [("params", &self.params), ("results", &self.results)] {
            let _ = write!(out, ",\n     {}: [", quote(key));
            for (i, p) in places.iter().enumerate() {
                let slots: Vec<String> = p
                    .wasm
                    .iter()
                    .map(|s| {
                        format!(
                            "{{\"index\": {}, \"type\": {}, \"op\": {}, \"sp_offset\": {}}}",
                            s.index,
                            quote(&s.ty),
                            quote(&s.op),
                            s.at
                        )
                    })
                    .collect();
                let _ = write!(
                    out,
                    "{}\n       {{\"go\": {}, \"offset\": {}, \"wasm\": [{}]}}",
                    if i == 0 { "" } else { "," },
                    quote(&p.go),
                    p.offset,
                    slots.join(", ")
                );
            }
            out.push_str(if places.is_empty() { "]" } else { "\n     ]" });
        }
        out.push('}');
    }

    fn text(&self, out: &mut String) {
        let _ = writeln!(out, "{}: {}", self.kind.title(), self.go);
        let _ = write!(
            out,
            "  wasm ({}) -> ({})",
            self.wasm_params.join(" "),
            self.wasm_results.join(" ")
        );
        match self.frame {
            Some(frame) => {
                let _ = writeln!(out, ", argument area {frame} bytes");
            }
            None => out.push('\n'),
        }
        let is_export = matches!(self.kind, Kind::Export(_));
        for (what, places) in [("param", &self.params), ("result", &self.results)] {
            for (i, p) in places.iter().enumerate() {
                let moves: Vec<String> = p
                    .wasm
                    .iter()
                    .map(|s| {
                        let value = match (is_export, what) {
                            (true, "param") => format!("wasm param {}", s.index),
                            (true, _) => format!("wasm result {}", s.index),
                            (false, "param") => format!("import argument {}", s.index),
                            (false, _) => format!("import result {}", s.index),
                        };
                        format!("{value} ({}) by {} at SP+{}", s.ty, s.op, s.at)
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "  {what} {i} {} at +{}: {}",
                    p.go,
                    p.offset,
                    if moves.is_empty() {
                        "no wasm value".to_string()
                    } else {
                        moves.join(", ")
                    }
                );
            }
        }
    }
}

/// A JSON string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
