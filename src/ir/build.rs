//! From the checked program to e-graph terms: one term per function, per
//! wasmexport, per wasmimport, and one for the module entry (`_start` or
//! `_initialize`). Package variables get addresses in linear memory here.
//!
//! The terms speak Go (`go.add int32`, `go.call`, `export`); the rules turn
//! them into WebAssembly. Two things are decided here rather than in rules,
//! because they are about Go's evaluation order, not about lowering:
//! every call is evaluated into a temporary before the expression that uses
//! it (as gc's order pass does), and operands that a lowering may need twice
//! (divisors, shift counts, dereferenced pointers) are kept in locals.

use rustc_hash::FxHashMap as HashMap;

use egg::{Id, RecExpr};

use super::abi::{Layout, layout};
use super::lang::{Node, Sym};
use crate::check::constant::{self, Value};
use crate::check::hir::{self, ExprKind, FuncId, Place, Program, Stmt};
use crate::check::types::{Basic, Signature, TypeId, TypeKind};
use crate::diag::Span;
use crate::mode::Mode;
use crate::syntax::ast::{BinOp, UnOp};

/// The first wasm local of a Go variable in a Go-ABI function: local 0 is
/// PC_B, local 1 the cached stack pointer (see rules/lower/func.rules). In a
/// direct function Go's locals start at 0: the parameters are wasm parameters.
pub const FIRST_GO_LOCAL: u32 = 2;

/// The name of the wasm function that is `symbol`'s direct-ABI version:
/// arguments as wasm parameters, results as wasm results, no Go stack
/// (rules/lower/func.rules). Terms write it `(direct $symbol)`.
pub fn direct_symbol(symbol: &str) -> String {
    format!("{symbol}$direct")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A Go function with Go's ABI (what export wrappers call).
    Func,
    /// A Go function with the direct ABI (what Go code calls).
    Direct,
    /// The wasm wrapper of a `//go:wasmexport` function.
    Export { name: String },
    /// A `//go:wasmimport` function: the wasm import and its Go-ABI wrapper.
    Import,
    /// `_start` or `_initialize`.
    Entry,
}

impl UnitKind {
    /// A wasmexport or wasmimport wrapper: lowered first (its failures are
    /// Go's signature errors) and without the cleanup rules.
    pub fn is_wrapper(&self) -> bool {
        matches!(self, UnitKind::Export { .. } | UnitKind::Import)
    }
}

/// A term to lower, with what it is and where diagnostics about it go.
pub struct Unit {
    pub symbol: String,
    pub kind: UnitKind,
    /// `None` for either version of a Go function until something calls
    /// it: [`Built::build_called`] builds it then. (Export wrappers call
    /// Go-ABI versions, so most of a library's direct versions are never
    /// needed, and most of the runtime is never called at all.)
    pub term: Option<RecExpr<Node>>,
    /// The Go function it is built from.
    pub func: Option<FuncId>,
    pub span: Option<Span>,
}

/// A package variable or string literal in linear memory.
#[derive(Clone, Debug)]
pub struct DataItem {
    pub symbol: String,
    pub size: u64,
    pub align: u64,
    /// Initial bytes (zeros when `None`).
    pub bytes: Option<Vec<u8>>,
}

pub struct Built {
    pub units: Vec<Unit>,
    /// The package variables; the string literals join them in
    /// [`Built::add_string_data`].
    pub data: Vec<DataItem>,
    /// The argument area of every Go-ABI function, for frame sizes.
    pub arg_widths: HashMap<String, u64>,
    /// The string literals of the units built so far, numbered in the order
    /// of the units.
    strings: Strings,
    /// Each function's backing stores in its frame.
    stores: Vec<super::escape::Stores>,
    /// For each function, whether calling it may allocate (gc.rs).
    allocating: Vec<bool>,
}

/// A term under construction.
#[derive(Default)]
pub struct Term {
    pub expr: RecExpr<Node>,
}

impl Term {
    pub fn op(&mut self, name: &str, children: Vec<Id>) -> Id {
        self.expr.add(Node::op(name, children))
    }

    pub fn atom(&mut self, name: &str) -> Id {
        self.op(name, vec![])
    }

    pub fn num(&mut self, n: i64) -> Id {
        self.expr.add(Node::Num(n))
    }

    pub fn name(&mut self, s: &str) -> Id {
        self.expr.add(Node::name(s))
    }

    /// `(cons a (cons b … nil))`
    pub fn list(&mut self, items: Vec<Id>) -> Id {
        let mut tail = self.atom("nil");
        for it in items.into_iter().rev() {
            tail = self.op("cons", vec![it, tail]);
        }
        tail
    }

    pub fn seq(&mut self, items: Vec<Id>) -> Id {
        match items.len() {
            1 => items[0],
            0 => self.atom("nop"),
            _ => self.op("seq", items),
        }
    }

    pub fn finish(self) -> RecExpr<Node> {
        self.expr
    }
}

/// `(seq GUARD S1 S2 …)` as `(seq GUARD (seq S1 S2 …))` when GUARD is an
/// `if` without else, as a base case opens a recursive function: the
/// lowering may then run a guard that only computes before the function
/// takes its frame (go-dfunc-guard in rules/lower/func.rules), which matches
/// a guard and one statement. The same statements in the same order.
fn guard_first(t: &mut Term, body: Id) -> Id {
    let op_of = |id: Id| match &t.expr[id] {
        Node::Op(op, children) => Some((op.as_str(), children.clone())),
        _ => None,
    };
    let Some(("seq", items)) = op_of(body) else {
        return body;
    };
    let opens_with_guard = items.len() > 2
        && matches!(op_of(items[0]), Some(("go.if", c))
            if c.get(2).and_then(|&e| op_of(e)).is_some_and(|(o, _)| o == "nop"));
    if !opens_with_guard {
        return body;
    }
    let rest = t.op("seq", items[1..].to_vec());
    t.op("seq", vec![items[0], rest])
}

/// The term of a Go type: its underlying structure. A named type met again
/// inside its own structure (`type node struct{ next *node }`) is spelled
/// `recursive` there: such a type can only recur behind a pointer, slice,
/// map or function, and no rule looks past those.
pub fn type_term(t: &mut Term, prog: &Program, ty: TypeId) -> Id {
    structure_term(t, prog, ty, &mut Vec::new())
}

/// `type_term`, with the named types whose structure is being spelled out.
fn structure_term(t: &mut Term, prog: &Program, ty: TypeId, open: &mut Vec<TypeId>) -> Id {
    let types = &prog.types;
    if open.contains(&ty) {
        return t.atom("recursive");
    }
    // Go's wasm ABI recognizes structs.HostLayout by name, not structure
    // (a type defined from it does not count): its own atom.
    if types.is_host_layout(ty) {
        return t.atom("hostlayout");
    }
    let named = types.is_named(ty);
    if named {
        open.push(ty);
    }
    let term = match types.under(ty) {
        TypeKind::Basic(b) => {
            let name = match b.canonical() {
                Basic::UntypedBool => "bool",
                Basic::UntypedInt => "int",
                Basic::UntypedRune => "int32",
                Basic::UntypedFloat => "float64",
                Basic::UntypedString => "string",
                Basic::UntypedNil => "unsafe.Pointer",
                other => other.name(),
            };
            t.atom(name)
        }
        TypeKind::Pointer(e) => {
            let e = *e;
            let inner = structure_term(t, prog, e, open);
            t.op("ptr", vec![inner])
        }
        TypeKind::Array(n, e) => {
            let (n, e) = (*n, *e);
            let len = t.num(n as i64);
            let inner = structure_term(t, prog, e, open);
            t.op("array", vec![len, inner])
        }
        TypeKind::Slice(e) => {
            let e = *e;
            let inner = structure_term(t, prog, e, open);
            t.op("slice", vec![inner])
        }
        TypeKind::Struct(fields) => {
            let fields = fields.clone();
            let children = fields
                .iter()
                .map(|f| structure_term(t, prog, f.ty, open))
                .collect();
            t.op("struct", children)
        }
        TypeKind::Map(..) => t.atom("map"),
        TypeKind::Chan(..) => t.atom("chan"),
        TypeKind::Func(_) => t.atom("func"),
        TypeKind::Interface(_)
        | TypeKind::Tuple(_)
        | TypeKind::Invalid
        | TypeKind::Named { .. } => t.atom("interface"),
    };
    if named {
        open.pop();
    }
    term
}

pub fn build(prog: &Program, mode: Mode) -> Built {
    let mut data = Vec::new();
    let mut statics: HashMap<hir::GlobalId, Vec<u8>> = HashMap::default();
    let mut dynamic_inits = Vec::new();
    for init in &prog.inits {
        match (init.targets.as_slice(), init.values.as_slice()) {
            // A string's data word is an address the emitter places: its
            // initializer runs as code.
            ([Place::Global(g)], [v])
                if matches!(v.kind, ExprKind::Const(_)) && !prog.types.is_string(v.ty) =>
            {
                if let ExprKind::Const(c) = &v.kind {
                    statics.insert(*g, const_bytes(prog, c, v.ty));
                }
            }
            _ => dynamic_inits.push(init),
        }
    }
    if std::env::var_os("WEXLAB_GC_STRESS").is_some()
        && let Some(i) = prog
            .globals
            .iter()
            .position(|g| g.symbol == "runtime.gcStress")
    {
        statics.insert(hir::GlobalId(i as u32), vec![1]);
    }
    for (i, g) in prog.globals.iter().enumerate() {
        data.push(DataItem {
            symbol: g.symbol.clone(),
            size: prog.types.size(g.ty).max(1),
            align: prog.types.align(g.ty).max(1),
            bytes: statics.remove(&hir::GlobalId(i as u32)),
        });
    }

    let mut arg_widths = HashMap::default();
    for f in &prog.funcs {
        arg_widths.insert(
            f.symbol.clone(),
            layout(&prog.types, &f.sig.params, &f.sig.results).width,
        );
    }
    arg_widths.insert(INIT_SYMBOL.to_string(), 0);

    let stores = super::escape::analyze(prog);
    let allocating = super::gc::allocating(prog);
    // Each Go function's two versions, built once something calls them;
    // the wasmimport wrappers now.
    let mut strings = Strings::default();
    let mut units = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let id = FuncId(i as u32);
        if f.import.is_some() {
            units.push(import_unit(prog, id));
        } else if f.body.is_some() {
            // Only export wrappers call Go-ABI versions, and no export
            // passes an array or struct by value.
            let by_value = f
                .sig
                .params
                .iter()
                .chain(&f.sig.results)
                .any(|&t| prog.types.is_aggregate(t));
            let kinds = [
                (!by_value).then_some(UnitKind::Func),
                Some(UnitKind::Direct),
            ];
            for kind in kinds.into_iter().flatten() {
                let symbol = match kind {
                    UnitKind::Direct => direct_symbol(&f.symbol),
                    _ => f.symbol.clone(),
                };
                units.push(Unit {
                    symbol,
                    kind,
                    term: None,
                    func: Some(id),
                    span: Some(f.name_span),
                });
            }
        }
    }
    // Package initialization that is not static data: called from the
    // entry point only, so only its direct version.
    {
        let mut fb = FuncBuilder::new(prog, mode, &[], &mut strings, true);
        let body: Vec<Stmt> = dynamic_inits
            .iter()
            .map(|i| Stmt::Assign {
                targets: i.targets.clone(),
                values: i.values.clone(),
            })
            .chain(std::iter::once(Stmt::Return(vec![])))
            .collect();
        let void = Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        };
        let term = fb.func(INIT_SYMBOL, &[], &void, &body);
        units.push(Unit {
            symbol: direct_symbol(INIT_SYMBOL),
            kind: UnitKind::Direct,
            term: Some(term),
            func: None,
            // Where a failure to lower it is reported: the first initializer.
            span: dynamic_inits
                .first()
                .and_then(|i| i.values.first())
                .map(|v| v.span),
        });
    }
    units.extend(crate::parallel::map(prog.exports.iter().collect(), |e| {
        export_unit(prog, e)
    }));
    units.push(entry_unit(mode));
    Built {
        units,
        data,
        arg_widths,
        strings,
        stores,
        allocating,
    }
}

impl Built {
    /// Builds the versions of Go functions among `which` (indices in
    /// `units`) that are not built yet, in parallel.
    pub fn build_called(
        &mut self,
        prog: &Program,
        mode: Mode,
        units: &mut [Unit],
        which: &[usize],
    ) {
        let todo: Vec<(usize, FuncId, bool)> = which
            .iter()
            .filter(|&&i| units[i].term.is_none())
            .filter_map(|&i| Some((i, units[i].func?, units[i].kind == UnitKind::Direct)))
            .collect();
        let built = crate::parallel::map(todo, |(i, id, direct)| {
            let mut own = Strings::own();
            let term = func_term(
                prog,
                mode,
                id,
                direct,
                &self.stores,
                &self.allocating,
                &mut own,
            );
            (i, term, own)
        });
        for (i, mut term, own) in built {
            self.strings.adopt(&own, std::iter::once(&mut term));
            units[i].term = Some(term);
        }
    }

    /// Adds the string literals to `data`, once every unit is built.
    pub fn add_string_data(&mut self) {
        for (i, s) in std::mem::take(&mut self.strings.list)
            .into_iter()
            .enumerate()
        {
            self.data.push(DataItem {
                symbol: string_symbol(i),
                size: s.len().max(1) as u64,
                align: 1,
                bytes: Some(s),
            });
        }
    }
}

/// Whether evaluating a place calls a function (`a[f()] = v`).
fn place_calls(p: &Place) -> bool {
    match p {
        Place::Deref(e) | Place::Mem(e) => has_call(e),
        _ => false,
    }
}

/// The runtime functions behind string operations that gc's order pass
/// leaves in place (see `FuncBuilder::arg_values`).
const LATE_CALLS: [&str; 4] = [
    "runtime.concatstrings",
    "runtime.intstring",
    "runtime.slicebytetostring",
    "runtime.slicerunetostring",
];

fn has_call(e: &hir::Expr) -> bool {
    has_call_where(e, &|_| true)
}

/// Whether `e` calls a function `counts` counts (and looks inside the
/// arguments of those it does not).
fn has_call_where(e: &hir::Expr, counts: &dyn Fn(FuncId) -> bool) -> bool {
    let has_call = |e: &hir::Expr| has_call_where(e, counts);
    match &e.kind {
        ExprKind::Call { func, args } => counts(*func) || args.iter().any(has_call),
        ExprKind::Const(_)
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::New
        | ExprKind::FuncRef(_)
        | ExprKind::Unreachable => false,
        // Which function a value calls is not known here: any counts.
        ExprKind::CallValue { .. } => true,
        ExprKind::Closure { captures, .. } => captures.iter().any(has_call),
        ExprKind::Unary(_, x)
        | ExprKind::Conv(x)
        | ExprKind::Deref(x)
        | ExprKind::Len(x)
        | ExprKind::Field(x, _)
        | ExprKind::AddrOf(x) => has_call(x),
        ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => has_call(a) || has_call(b),
        ExprKind::Slice(x, bounds) => has_call(x) || bounds.iter().flatten().any(|b| has_call(b)),
        ExprKind::Cap(x) | ExprKind::Clear(x) => has_call(x),
        ExprKind::MakeSlice(n, c) => has_call(n) || c.as_deref().is_some_and(has_call),
        ExprKind::Append { slice, values, .. } => has_call(slice) || values.iter().any(has_call),
        ExprKind::Copy(a, b) => has_call(a) || has_call(b),
        ExprKind::SliceLit(_, elems) => elems.iter().any(|(_, v)| has_call(v)),
        ExprKind::MinMax(_, args) | ExprKind::Unsafe(_, args) | ExprKind::Map(_, args) => {
            args.iter().any(has_call)
        }
        ExprKind::Composite(elems) => elems.iter().any(|(_, v)| has_call(v)),
    }
}

/// The term of a Go function with a body: its Go-ABI or its direct version.
fn func_term(
    prog: &Program,
    mode: Mode,
    id: FuncId,
    direct: bool,
    stores: &[super::escape::Stores],
    allocating: &[bool],
    own: &mut Strings,
) -> RecExpr<Node> {
    let f = prog.func(id);
    let body = f.body.as_deref().unwrap_or_default();
    let mut fb = FuncBuilder::new(prog, mode, &f.locals, own, direct);
    fb.stores = stores.get(id.0 as usize);
    fb.allocating = Some(allocating);
    fb.captures = f.captures.clone();
    if direct {
        fb.id = Some(id);
    }
    fb.results = f.results.clone();
    fb.func(&f.symbol, &f.params, &f.sig, body)
}

/// Whether a value of this type can live in wasm locals.
fn representable(prog: &Program, ty: TypeId) -> bool {
    match prog.types.under(ty) {
        TypeKind::Basic(b) => !b.is_complex(),
        TypeKind::Pointer(_)
        | TypeKind::Func(_)
        | TypeKind::Slice(_)
        | TypeKind::Array(..)
        | TypeKind::Struct(_) => true,
        _ => false,
    }
}

/// The function that runs package variable initializers.
pub const INIT_SYMBOL: &str = "main.init";

/// The program's `main` function.
pub const MAIN_SYMBOL: &str = "main.main";

fn string_symbol(i: usize) -> String {
    format!("go:string.{i}")
}

#[derive(Default)]
pub(super) struct Strings {
    list: Vec<Vec<u8>>,
    index: HashMap<Vec<u8>, usize>,
    /// One function's table: names are placeholders, renumbered later.
    placeholders: bool,
}

/// A string literal's name in one function's table, before renumbering (no
/// Go symbol starts with \u{1}).
fn placeholder_symbol(i: usize) -> String {
    format!("\u{1}string.{i}")
}

impl Strings {
    /// A table of one function's own, built alongside others.
    fn own() -> Strings {
        Strings {
            placeholders: true,
            ..Strings::default()
        }
    }

    /// Numbers the strings of `own`, a function's table, after those
    /// already here, and renames them so in `terms`: the numbering of
    /// building the functions one after the other.
    fn adopt<'t>(&mut self, own: &Strings, terms: impl Iterator<Item = &'t mut RecExpr<Node>>) {
        if own.list.is_empty() {
            return;
        }
        let renumber: HashMap<Sym, Sym> = own
            .list
            .iter()
            .enumerate()
            .map(|(i, s)| (Sym::new(&placeholder_symbol(i)), Sym::new(&self.symbol(s))))
            .collect();
        for term in terms {
            let nodes: Vec<Node> = term
                .as_ref()
                .iter()
                .map(|n| match n {
                    Node::Name(s) => Node::Name(*renumber.get(s).unwrap_or(s)),
                    other => other.clone(),
                })
                .collect();
            *term = nodes.into();
        }
    }

    pub(super) fn symbol(&mut self, s: &[u8]) -> String {
        let n = self.list.len();
        let i = *self.index.entry(s.to_vec()).or_insert(n);
        if i == n {
            self.list.push(s.to_vec());
        }
        if self.placeholders {
            placeholder_symbol(i)
        } else {
            string_symbol(i)
        }
    }
}

/// The little-endian bytes of a constant of type `ty`, as stored in memory.
fn const_bytes(prog: &Program, v: &Value, ty: TypeId) -> Vec<u8> {
    let size = prog.types.size(ty) as usize;
    let bits = const_bits(prog, v, ty);
    bits.to_le_bytes()[..size.min(8)].to_vec()
}

/// The bits of a constant as its wasm value: integers two's complement,
/// floats IEEE (float32 in the low 32 bits), booleans 0 or 1.
fn const_bits(prog: &Program, v: &Value, ty: TypeId) -> i64 {
    let b = prog.types.basic_of(ty);
    match v {
        Value::Bool(x) => *x as i64,
        Value::Int(_) | Value::Float(_) => {
            let exact = v.as_rational().unwrap_or_default();
            match b {
                Some(Basic::Float32) => constant::round_f32(&exact).to_bits() as i64,
                Some(b) if b.is_integer() => v.as_int().unwrap_or(0) as i64,
                _ => constant::round_f64(&exact).to_bits() as i64,
            }
        }
        Value::Str(_) => 0,
    }
}

fn param_list(t: &mut Term, prog: &Program, types: &[TypeId], offsets: &[u64], op: &str) -> Id {
    let items = types
        .iter()
        .zip(offsets)
        .map(|(&ty, &off)| {
            let tt = type_term(t, prog, ty);
            let o = t.num(off as i64);
            let display = t.name(&prog.types.display(ty));
            t.op(op, vec![tt, o, display])
        })
        .collect();
    t.list(items)
}

fn export_unit(prog: &Program, e: &hir::Export) -> Unit {
    let f = prog.func(e.func);
    let l = layout(&prog.types, &f.sig.params, &f.sig.results);
    let mut t = Term::default();
    let name = t.name(&e.name);
    let callee = t.name(&f.symbol);
    let width = t.num(l.width as i64);
    let params = param_list(&mut t, prog, &f.sig.params, &l.params, "param");
    let results = param_list(&mut t, prog, &f.sig.results, &l.results, "result");
    t.op("export", vec![name, callee, width, params, results]);
    Unit {
        symbol: e.name.clone(),
        kind: UnitKind::Export {
            name: e.name.clone(),
        },
        term: Some(t.finish()),
        func: Some(e.func),
        span: Some(f.name_span),
    }
}

fn import_unit(prog: &Program, id: FuncId) -> Unit {
    let f = prog.func(id);
    let imp = f.import.as_ref().expect("an import");
    let l = layout(&prog.types, &f.sig.params, &f.sig.results);
    let mut t = Term::default();
    let module = t.name(&imp.module);
    let name = t.name(&imp.name);
    let symbol = t.name(&f.symbol);
    let wasm_name = t.name(&import_symbol(&imp.module, &imp.name, &f.symbol));
    let params = param_list(&mut t, prog, &f.sig.params, &l.params, "param");
    let results = param_list(&mut t, prog, &f.sig.results, &l.results, "result");
    t.op(
        "import",
        vec![module, name, symbol, wasm_name, params, results],
    );
    Unit {
        symbol: f.symbol.clone(),
        kind: UnitKind::Import,
        term: Some(t.finish()),
        func: Some(id),
        span: Some(f.name_span),
    }
}

/// The name of the wasm function a wasmimport becomes: its own namespace,
/// so that no module and name (`runtime overflow`) meets a function of
/// wexlab's. It names the Go function too: as in Go's module, each
/// wasmimport function is an import of its own, though another imports
/// the same `MODULE.NAME` (maybe with another type).
pub fn import_symbol(module: &str, name: &str, go_symbol: &str) -> String {
    format!("{IMPORT_NAMESPACE}{module}.{name} {go_symbol}")
}

/// What the names of [`import_symbol`] start with.
const IMPORT_NAMESPACE: &str = "import ";

/// Whether a wasm function's name is a wasmimport's (so a tool reading
/// the name section tells the program's imports from the runtime's).
pub fn is_import_symbol(name: &str) -> bool {
    name.starts_with(IMPORT_NAMESPACE)
}

fn entry_unit(mode: Mode) -> Unit {
    let mut t = Term::default();
    let kind = t.atom(match mode {
        Mode::Exe => "exe",
        Mode::CShared => "c-shared",
    });
    let main = t.name(MAIN_SYMBOL);
    let init = t.name(INIT_SYMBOL);
    t.op("entry", vec![kind, main, init]);
    Unit {
        symbol: match mode {
            Mode::Exe => "_start".to_string(),
            Mode::CShared => "_initialize".to_string(),
        },
        kind: UnitKind::Entry,
        term: Some(t.finish()),
        func: None,
        span: None,
    }
}

/// A string as the scalars it is made of, with their offsets in memory:
/// its pointer word, then its length word (Go's layout on wasm).
const STRING_PARTS: [(&str, u64); 2] = [("uintptr", 0), ("int", 8)];
/// A slice's words: its pointer, length and capacity (`(go.slice P L C)`).
const SLICE_PARTS: [(&str, u64); 3] = [("uintptr", 0), ("int", 8), ("int", 16)];

/// Builds the term of one function body.
pub(super) struct FuncBuilder<'p, 's> {
    pub(super) prog: &'p Program,
    mode: Mode,
    /// Building the direct-ABI version (else Go's ABI).
    direct: bool,
    /// The wasm local of Go's local 0.
    base: u32,
    /// The function being built (for the direct ABI's tail calls).
    id: Option<FuncId>,
    pub(super) t: Term,
    /// Types of all locals (Go's, then temporaries).
    pub(super) locals: Vec<TypeId>,
    /// For each Go local that lives in memory, the wasm local holding its
    /// address (see memory.rs).
    pub(super) homes: Vec<Option<u32>>,
    /// The Go locals whose address is taken: they live on the heap.
    pub(super) taken: Vec<bool>,
    /// A function literal's captured variables (funcs.rs).
    pub(super) captures: Vec<hir::LocalId>,
    /// The bytes of the frame's local area taken so far.
    pub(super) frame_size: u64,
    /// Each local's first wasm local, counted from `base`: a string takes
    /// two (its pointer and length words), other values one.
    slots: Vec<u32>,
    /// The wasm locals taken so far, counted from `base`.
    next_slot: u32,
    pub(super) strings: &'s mut Strings,
    next_label: u32,
    labels: HashMap<hir::LabelId, (String, String)>,
    /// Where the current function's results go, relative to its arguments.
    result_offsets: Vec<u64>,
    /// The current function's result variables.
    results: Vec<hir::LocalId>,
    /// Where the function's backing stores go (escape.rs).
    pub(super) stores: Option<&'p super::escape::Stores>,
    /// Each store's offset in the frame and its "taken" flag's local.
    pub(super) store_slots: HashMap<u32, (u64, u32)>,
    /// For each function, whether calling it may allocate (gc.rs).
    pub(super) allocating: Option<&'p [bool]>,
    /// While a call is built in place (inline.rs): the callee's
    /// parameters' values.
    inlined: Option<HashMap<hir::LocalId, Id>>,
    /// The frame word that keeps each local holding an address, by local.
    pub(super) root_slots: HashMap<usize, u64>,
    /// Locals below this live through the whole body (Go's, and the
    /// addresses of those on the heap); those after it are temporaries.
    pub(super) lasting: usize,
    /// The temporaries of the statements being built, from the outermost
    /// in: a statement's are dropped when it is done, as none is used
    /// after the statement that made it.
    pub(super) live_temps: Vec<usize>,
    /// The temporaries of finished statements, by type: a later statement
    /// takes one of these before it adds a local (a function of 100,000
    /// statements would otherwise pass wasm's 50,000 locals).
    free_temps: HashMap<TypeId, Vec<usize>>,
}

impl<'p, 's> FuncBuilder<'p, 's> {
    fn new(
        prog: &'p Program,
        mode: Mode,
        locals: &[hir::Local],
        strings: &'s mut Strings,
        direct: bool,
    ) -> Self {
        let mut fb = FuncBuilder {
            prog,
            mode,
            direct,
            base: if direct { 0 } else { FIRST_GO_LOCAL },
            id: None,
            t: Term::default(),
            locals: Vec::with_capacity(locals.len()),
            homes: vec![None; locals.len()],
            taken: Vec::new(),
            captures: Vec::new(),
            frame_size: 0,
            slots: Vec::with_capacity(locals.len()),
            next_slot: 0,
            strings,
            next_label: 0,
            labels: HashMap::default(),
            result_offsets: Vec::new(),
            results: Vec::new(),
            stores: None,
            store_slots: HashMap::default(),
            allocating: None,
            inlined: None,
            root_slots: HashMap::default(),
            lasting: 0,
            live_temps: Vec::new(),
            free_temps: HashMap::default(),
        };
        for l in locals {
            fb.push_local(l.ty);
        }
        fb
    }

    /// A new local of type `ty`; its first wasm local.
    pub(super) fn push_local(&mut self, ty: TypeId) -> u32 {
        let first = self.next_slot;
        self.live_temps.push(self.locals.len());
        self.locals.push(ty);
        self.slots.push(first);
        self.next_slot += self.width(ty);
        self.base + first
    }

    /// The first wasm local of a Go local.
    pub(super) fn slot(&self, l: hir::LocalId) -> u32 {
        self.first_wasm_local(l.0 as usize)
    }

    /// The first wasm local of local `i` (Go's or a temporary).
    pub(super) fn first_wasm_local(&self, i: usize) -> u32 {
        self.base + self.slots[i]
    }

    /// How many wasm values a value of type `ty` takes.
    fn width(&self, ty: TypeId) -> u32 {
        if self.prog.types.is_string(ty) {
            STRING_PARTS.len() as u32
        } else if self.is_slice(ty) {
            SLICE_PARTS.len() as u32
        } else {
            1
        }
    }

    /// The types of `ty`'s scalar parts, with their offsets in memory (an
    /// aggregate is one part: its address).
    fn part_types(&mut self, ty: TypeId) -> Vec<(Id, u64)> {
        if self.is_aggregate(ty) {
            return vec![(self.t.atom("unsafe.Pointer"), 0)];
        }
        if self.prog.types.is_string(ty) {
            STRING_PARTS
                .iter()
                .map(|&(name, off)| (self.t.atom(name), off))
                .collect()
        } else if self.is_slice(ty) {
            SLICE_PARTS
                .iter()
                .map(|&(name, off)| (self.t.atom(name), off))
                .collect()
        } else {
            vec![(self.ty(ty), 0)]
        }
    }

    /// The values of `v`'s parts (of a string: `(go.strptr v)`, `(go.strlen v)`).
    fn part_values(&mut self, ty: TypeId, v: Id) -> Vec<Id> {
        if self.prog.types.is_string(ty) {
            vec![
                self.t.op("go.strptr", vec![v]),
                self.t.op("go.strlen", vec![v]),
            ]
        } else if self.is_slice(ty) {
            vec![
                self.t.op("go.sliceptr", vec![v]),
                self.t.op("go.slicelen", vec![v]),
                self.t.op("go.slicecap", vec![v]),
            ]
        } else {
            vec![v]
        }
    }

    /// The value held in the wasm locals from `first` on.
    pub(super) fn read_locals(&mut self, ty: TypeId, first: u32) -> Id {
        if self.prog.types.is_string(ty) {
            let p = self.local_get(first);
            let n = self.local_get(first + 1);
            self.t.op("go.str", vec![p, n])
        } else if self.is_slice(ty) {
            let p = self.local_get(first);
            let n = self.local_get(first + 1);
            let c = self.local_get(first + 2);
            self.t.op("go.slice", vec![p, n, c])
        } else {
            self.local_get(first)
        }
    }

    /// Stores `v` into the wasm locals from `first` on; `v` must be simple
    /// (see [`Self::simple`]) when it has several parts.
    pub(super) fn write_locals(&mut self, ty: TypeId, first: u32, v: Id, out: &mut Vec<Id>) {
        for (i, part) in self.part_values(ty, v).into_iter().enumerate() {
            out.push(self.local_set(first + i as u32, part));
        }
    }

    /// Evaluates `v` for its effects only.
    fn drop_value(&mut self, ty: TypeId, v: Id, out: &mut Vec<Id>) {
        for part in self.part_values(ty, v) {
            out.push(self.t.op("drop", vec![part]));
        }
    }

    /// `(go.func NAME PARAMS LOCALS BODY)` for Go's ABI, or
    /// `(go.dfunc NAME PARAMS RESULTS LOCALS FRAME-LOCAL BODY)` for the
    /// direct ABI, where PARAMS and RESULTS are lists of types (the wasm
    /// parameters and results) and FRAME-LOCAL is an i32 local for the
    /// function's stack pointer, should it need a Go stack frame.
    fn func(
        &mut self,
        symbol: &str,
        params: &[hir::LocalId],
        sig: &Signature,
        body: &[Stmt],
    ) -> RecExpr<Node> {
        let param_types = &sig.params;
        let l = layout(&self.prog.types, &sig.params, &sig.results);
        self.result_offsets = l.results.clone();
        let name = self.t.name(symbol);
        let mut ps = Vec::new();
        for (i, (&local, &ty)) in params.iter().zip(param_types).enumerate() {
            if self.direct {
                ps.extend(self.local_types(ty));
                continue;
            }
            if !representable(self.prog, ty) {
                // Never read (the checker saw to it): not loaded.
                continue;
            }
            let first = self.slot(local);
            for (k, (tt, part_off)) in self.part_types(ty).into_iter().enumerate() {
                let off = self.t.num((l.params[i] + part_off) as i64);
                let idx = self.t.num((first + k as u32) as i64);
                ps.push(self.t.op("param", vec![tt, off, idx]));
            }
        }
        let params_list = self.t.list(ps);
        let looped;
        let mut body = body;
        // A loop reuses the parameters' memory, where calls would not.
        let in_memory = self.locals.iter().any(|&t| self.is_aggregate(t));
        if self.direct
            && !in_memory
            && self.stores.is_none_or(|s| s.appends.is_empty())
            && let Some(id) = self.id
        {
            let acc = hir::LocalId(self.locals.len() as u32);
            if let Some(b) = super::tailcall::rewrite(self.prog, id, body, acc) {
                self.push_local(sig.results[0]);
                looped = b;
                body = &looped;
            }
        }
        let results = std::mem::take(&mut self.results);
        let mut stmts = self.place_locals(params, &results, body);
        self.lasting = self.locals.len();
        self.live_temps.clear();
        for s in body {
            self.stmt(s, &mut stmts);
        }
        if self.frame_size > 0 {
            let n = self.t.num(self.frame_size as i64);
            stmts.insert(0, self.t.op("frame-area", vec![n]));
        }
        let body = self.t.seq(stmts);
        let body = super::proven::mark(&mut self.t.expr, body);
        if self.direct {
            let body = guard_first(&mut self.t, body);
            // The frame local comes after every other local.
            let frame_local = self.base + self.next_slot;
            let results = self.local_type_list(&sig.results);
            // Locals after the parameters: those are wasm parameters.
            let local_types: Vec<TypeId> = self.locals[params.len()..].to_vec();
            let mut locals: Vec<Id> = local_types
                .into_iter()
                .flat_map(|ty| self.local_types(ty))
                .collect();
            let frame_local_type = self.t.atom("int32");
            locals.push(self.t.op("go.valtype", vec![frame_local_type]));
            let locals = self.t.list(locals);
            let fl = self.t.num(frame_local as i64);
            self.t.op(
                "go.dfunc",
                vec![name, params_list, results, locals, fl, body],
            );
        } else {
            // Locals last: temporaries are only known now.
            let local_types: Vec<TypeId> = self.locals.clone();
            let locals: Vec<Id> = local_types
                .into_iter()
                .flat_map(|ty| self.local_types(ty))
                .collect();
            let locals = self.t.list(locals);
            self.t.op("go.func", vec![name, params_list, locals, body]);
        }
        std::mem::take(&mut self.t).finish()
    }

    /// The wasm locals of a local as the term lists them, one
    /// `(go.valtype T)` a part: each element of a list of locals is lowered
    /// on its own, so that a long list takes no more rounds than a short one.
    /// The wasm types of values of `types`, one after another, as a list.
    pub(super) fn local_type_list(&mut self, types: &[TypeId]) -> Id {
        let all: Vec<Id> = types.iter().flat_map(|&ty| self.local_types(ty)).collect();
        self.t.list(all)
    }

    pub(super) fn local_types(&mut self, ty: TypeId) -> Vec<Id> {
        if !representable(self.prog, ty) {
            // A parameter the body never reads: any value type does.
            let t = self.t.atom("unsafe.Pointer");
            return vec![self.t.op("go.valtype", vec![t])];
        }
        self.part_types(ty)
            .into_iter()
            .map(|(t, _)| self.t.op("go.valtype", vec![t]))
            .collect()
    }

    pub(super) fn ty(&mut self, ty: TypeId) -> Id {
        type_term(&mut self.t, self.prog, ty)
    }

    /// A local for a value the current statement makes and uses; nothing
    /// reads it after the statement.
    pub(super) fn temp(&mut self, ty: TypeId) -> u32 {
        match self.free_temps.get_mut(&ty).and_then(Vec::pop) {
            Some(i) => {
                self.live_temps.push(i);
                self.first_wasm_local(i)
            }
            None => self.push_local(ty),
        }
    }

    /// A local that later statements read too (made in the middle of the
    /// body, so not one of the function's locals from the start).
    pub(super) fn lasting_temp(&mut self, ty: TypeId) -> u32 {
        let first = self.push_local(ty);
        self.live_temps.pop();
        first
    }

    pub(super) fn local_get(&mut self, n: u32) -> Id {
        let i = self.t.num(n as i64);
        self.t.op("local.get", vec![i])
    }

    pub(super) fn local_set(&mut self, n: u32, v: Id) -> Id {
        let i = self.t.num(n as i64);
        self.t.op("local.set", vec![i, v])
    }

    /// Keeps a value in a local unless it already is one (or a constant),
    /// so that a lowering may use it twice.
    pub(super) fn simple(&mut self, v: Id, ty: TypeId, pre: &mut Vec<Id>) -> Id {
        if self.is_simple(v) {
            return v;
        }
        let n = self.temp(ty);
        self.write_locals(ty, n, v, pre);
        self.read_locals(ty, n)
    }

    /// `v`, kept in locals when it has several parts and computing it twice
    /// would not be safe ([`Self::is_simple`]).
    pub(super) fn simple_parts(&mut self, ty: TypeId, v: Id, pre: &mut Vec<Id>) -> Id {
        if self.width(ty) > 1 {
            self.simple(v, ty, pre)
        } else {
            v
        }
    }

    /// A local, a constant, or a string made of those.
    fn is_simple(&self, v: Id) -> bool {
        match &self.t.expr[v] {
            Node::Op(op, c) => match op.as_str() {
                "local.get" | "go.const" | "go.strlit" | "go.frameaddr" | "go.addr" => true,
                "go.str" | "go.slice" => c.iter().all(|&x| self.is_simple(x)),
                _ => false,
            },
            _ => false,
        }
    }

    fn labels(&mut self, l: hir::LabelId) -> (String, String) {
        if let Some(x) = self.labels.get(&l) {
            return x.clone();
        }
        if l == hir::UNWIND {
            // The name unwind-exit branches to (src/emit/instructions.rs).
            let x = ("unwind".to_string(), "unwind".to_string());
            self.labels.insert(l, x.clone());
            return x;
        }
        self.next_label += 1;
        let n = self.next_label;
        let x = (format!("L{n}.break"), format!("L{n}.continue"));
        self.labels.insert(l, x.clone());
        x
    }

    /// A statement; its temporaries are roots for the collector (gc.rs)
    /// only while it is built, those of the statements enclosing it too.
    /// Keeping every earlier statement's made a long function's code grow
    /// with the square of its length. Once it is built, its temporaries
    /// are free for the statements after it.
    fn stmt(&mut self, s: &Stmt, out: &mut Vec<Id>) {
        let enclosing = self.live_temps.len();
        self.stmt_kind(s, out);
        for i in self.live_temps.split_off(enclosing) {
            self.free_temps.entry(self.locals[i]).or_default().push(i);
        }
    }

    fn stmt_kind(&mut self, s: &Stmt, out: &mut Vec<Id>) {
        match s {
            Stmt::Expr(e) => match &e.kind {
                _ if self.map_stmt(e, out) => {}
                ExprKind::Clear(x) => self.clear(x, out),
                ExprKind::Call { func, args } => {
                    if let Some(name) = &self.prog.func(*func).intrinsic {
                        let call = self.intrinsic(&name.clone(), args, out);
                        out.push(call);
                    } else {
                        self.call(*func, args, out, false);
                    }
                }
                ExprKind::CallValue { callee, args } => {
                    self.call_value(callee, args, out, false);
                }
                _ => {
                    let v = self.expr(e, out);
                    self.drop_value(e.ty, v, out);
                }
            },
            Stmt::Assign { targets, values } => self.assign(targets, values, out),
            Stmt::If { cond, then, els } => {
                let mut pre = Vec::new();
                let c = self.expr(cond, &mut pre);
                out.extend(pre);
                let then_b = self.block(then);
                let els_b = self.block(els);
                out.push(self.t.op("go.if", vec![c, then_b, els_b]));
            }
            Stmt::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let (brk, cont) = self.labels(*label);
                let cond = match cond {
                    Some(c) => {
                        let mut pre = Vec::new();
                        let v = self.expr(c, &mut pre);
                        pre.push(v);
                        self.t.seq(pre)
                    }
                    None => {
                        let b = self.t.atom("bool");
                        let one = self.t.num(1);
                        self.t.op("go.const", vec![b, one])
                    }
                };
                let body_b = self.block(body);
                let (cond, body_b) = self.reuse_condition(cond, body_b);
                let post_b = self.block(post);
                out.push(self.labeled_loop(&brk, &cont, cond, body_b, post_b));
            }
            Stmt::Breakable { label, body } => {
                let (brk, _) = self.labels(*label);
                let b = self.block(body);
                if *label == hir::UNWIND {
                    // Calls after the block need no check (direct_call).
                    self.labels.remove(label);
                }
                let l = self.t.name(&brk);
                out.push(self.t.op("go.block", vec![l, b]));
            }
            Stmt::Break(l) => {
                let (brk, _) = self.labels(*l);
                let n = self.t.name(&brk);
                out.push(self.t.op("go.break", vec![n]));
            }
            Stmt::Continue(l) => {
                let (_, cont) = self.labels(*l);
                let n = self.t.name(&cont);
                out.push(self.t.op("go.continue", vec![n]));
            }
            Stmt::Return(values) if self.direct => {
                let mut vals = Vec::new();
                for v in values {
                    let val = self.expr(v, out);
                    let val = self.simple_parts(v.ty, val, out);
                    vals.extend(self.part_values(v.ty, val));
                }
                let list = self.t.list(vals);
                out.push(self.t.op("go.dreturn", vec![list]));
            }
            Stmt::Return(values) => {
                let mut rets = Vec::new();
                if !values.is_empty() {
                    let results = self.result_layout();
                    for (v, off) in values.iter().zip(results) {
                        let val = self.expr(v, out);
                        let val = self.simple_parts(v.ty, val, out);
                        let parts = self.part_types(v.ty);
                        let vals = self.part_values(v.ty, val);
                        for ((tt, part_off), val) in parts.into_iter().zip(vals) {
                            let o = self.t.num((off + part_off) as i64);
                            rets.push(self.t.op("ret", vec![tt, o, val]));
                        }
                    }
                }
                let list = self.t.list(rets);
                out.push(self.t.op("go.return", vec![list]));
            }
            Stmt::Block(b) => {
                for s in b {
                    self.stmt(s, out);
                }
            }
            Stmt::Fresh(l) => self.fresh(*l, out),
            Stmt::Renew(l) => self.renew(*l, out),
            Stmt::Print { args, newline } => {
                // Go evaluates every argument before it prints any: when a
                // later one panics, nothing is printed.
                let mut values = Vec::with_capacity(args.len());
                for a in args {
                    let v = self.expr(a, out);
                    let v = if args.len() > 1 {
                        self.simple(v, a.ty, out)
                    } else {
                        self.simple_parts(a.ty, v, out)
                    };
                    values.push(v);
                }
                for (i, (a, v)) in args.iter().zip(values).enumerate() {
                    if *newline && i > 0 {
                        out.push(self.t.op("go.printsp", vec![]));
                    }
                    let tt = self.ty(a.ty);
                    out.push(self.t.op("go.print", vec![tt, v]));
                }
                if *newline {
                    out.push(self.t.op("go.printnl", vec![]));
                }
            }
        }
    }

    fn labeled_loop(&mut self, brk: &str, cont: &str, cond: Id, body: Id, post: Id) -> Id {
        let brk_n = self.t.name(brk);
        let cont_n = self.t.name(cont);
        let top = self.t.name(&brk.replace(".break", ".top"));
        self.t
            .op("go.loop", vec![brk_n, cont_n, top, cond, body, post])
    }

    /// A loop of the builder's own (no Go label names it).
    pub(super) fn loop_term(&mut self, cond: Id, body: Vec<Id>, post: Vec<Id>) -> Id {
        self.next_label += 1;
        let n = self.next_label;
        let (brk, cont) = (format!("L{n}.break"), format!("L{n}.continue"));
        let body = self.t.seq(body);
        let post = self.t.seq(post);
        self.labeled_loop(&brk, &cont, cond, body, post)
    }

    fn result_layout(&self) -> Vec<u64> {
        self.result_offsets.clone()
    }

    fn block(&mut self, stmts: &[Stmt]) -> Id {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        self.t.seq(out)
    }

    fn assign(&mut self, targets: &[Place], values: &[hir::Expr], out: &mut Vec<Id>) {
        // a, b = f()
        if values.len() == 1 && targets.len() > 1 {
            if !matches!(
                values[0].kind,
                ExprKind::Call { .. }
                    | ExprKind::CallValue { .. }
                    | ExprKind::Map(hir::MapOp::Lookup, _)
            ) {
                return;
            }
            let places: Vec<Option<(Place, Option<Id>)>> =
                targets.iter().map(|p| self.place(p, out)).collect();
            let tmps = self.results_of(&values[0], out);
            for (p, (n, ty)) in places.into_iter().zip(tmps) {
                if let Some((p, ptr)) = p {
                    let v = self.read_locals(ty, n);
                    self.store(&p, ptr, ty, v, out);
                }
            }
            return;
        }
        if targets.len() == 1 {
            if matches!(targets[0], Place::Blank) {
                let v = self.expr(&values[0], out);
                self.drop_value(values[0].ty, v, out);
                return;
            }
            // Calls run in the order they are written; the variables the
            // place reads (`a[i] = f()`) are read after them, as gc does.
            let (p, ptr, v) = if place_calls(&targets[0]) {
                let (p, ptr) = self.place(&targets[0], out).expect("not blank");
                (p, ptr, self.expr(&values[0], out))
            } else {
                let v = self.expr(&values[0], out);
                let v = self.simple_parts(values[0].ty, v, out);
                let (p, ptr) = self
                    .place_stored_at_once(&targets[0], values[0].ty, out)
                    .expect("not blank");
                (p, ptr, v)
            };
            self.store(&p, ptr, values[0].ty, v, out);
            return;
        }
        // Parallel assignment: pointers, then values, then the stores.
        let places: Vec<Option<(Place, Option<Id>)>> =
            targets.iter().map(|p| self.place(p, out)).collect();
        let mut tmps = Vec::new();
        for v in values {
            let mut val = self.expr(v, out);
            if self.is_aggregate(v.ty) {
                val = self.frame_copy(v.ty, val, out);
            }
            let n = self.temp(v.ty);
            self.write_locals(v.ty, n, val, out);
            tmps.push((n, v.ty));
        }
        for (p, (n, ty)) in places.into_iter().zip(tmps) {
            if let Some((p, ptr)) = p {
                let v = self.read_locals(ty, n);
                self.store(&p, ptr, ty, v, out);
            }
        }
    }

    /// Evaluates what a place needs before the value (the pointer of `*p`).
    fn place(&mut self, p: &Place, out: &mut Vec<Id>) -> Option<(Place, Option<Id>)> {
        match p {
            Place::Blank => None,
            Place::Mem(slot) if let ExprKind::Map(hir::MapOp::Slot, args) = &slot.kind => {
                Some((p.clone(), Some(self.map_slot_operands(args, out))))
            }
            // The address as it is now: a later assignment of the same
            // statement may change the variables it is computed from.
            Place::Deref(ptr) | Place::Mem(ptr) => {
                let v = self.expr(ptr, out);
                let n = self.temp(ptr.ty);
                out.push(self.local_set(n, v));
                Some((p.clone(), Some(self.local_get(n))))
            }
            _ => Some((p.clone(), None)),
        }
    }

    /// [`Self::place`] for a store that follows at once, its value already
    /// evaluated: nothing can change the variables the address reads in
    /// between, so an element's or a field's address of one word's store
    /// need not go through a local (and the rules see that it is a package
    /// array's element). Other stores read the address more than once.
    fn place_stored_at_once(
        &mut self,
        p: &Place,
        ty: TypeId,
        out: &mut Vec<Id>,
    ) -> Option<(Place, Option<Id>)> {
        match p {
            Place::Mem(addr)
                if !matches!(addr.kind, ExprKind::Map(..))
                    && !self.is_aggregate(ty)
                    && self.width(ty) == 1 =>
            {
                let addr = self.expr(addr, out);
                Some((p.clone(), Some(addr)))
            }
            _ => self.place(p, out),
        }
    }

    fn store(&mut self, p: &Place, ptr: Option<Id>, ty: TypeId, v: Id, out: &mut Vec<Id>) {
        match p {
            Place::Local(l) => self.write_local(*l, ty, v, out),
            Place::Mem(slot) if matches!(slot.kind, ExprKind::Map(..)) => {
                let operands = ptr.expect("evaluated by place");
                self.map_store(operands, ty, v, out);
            }
            Place::Global(g) if self.is_aggregate(ty) => {
                let sym = self.t.name(&self.prog.global(*g).symbol);
                let addr = self.t.op("go.addr", vec![sym]);
                self.store_at(ty, addr, 0, v, out);
            }
            Place::Mem(_) => {
                let addr = ptr.expect("evaluated by place");
                self.store_at(ty, addr, 0, v, out);
            }
            Place::Deref(_) if self.is_aggregate(ty) => {
                let addr = ptr.expect("evaluated by place");
                out.push(self.t.op("go.nilcheck", vec![addr]));
                self.store_at(ty, addr, 0, v, out);
            }
            Place::Global(g) => {
                let tt = self.ty(ty);
                let sym = self.t.name(&self.prog.global(*g).symbol);
                out.push(self.t.op("go.setglobal", vec![tt, sym, v]));
            }
            Place::Deref(_) => {
                let tt = self.ty(ty);
                let ptr = ptr.expect("evaluated by place");
                out.push(self.t.op("go.store", vec![tt, ptr, v]));
            }
            Place::Blank => {}
        }
    }

    /// A runtime intrinsic: `(go.intrinsic $name args…)`, or a constant the
    /// builder knows (the build mode).
    fn intrinsic(&mut self, name: &str, args: &[hir::Expr], out: &mut Vec<Id>) -> Id {
        if name == "library" {
            let b = self.t.atom("bool");
            let v = self.t.num((self.mode == Mode::CShared) as i64);
            return self.t.op("go.const", vec![b, v]);
        }
        let mut children = vec![self.t.name(name)];
        for a in args {
            children.push(self.expr(a, out));
        }
        self.t.op("go.intrinsic", children)
    }

    /// A call of a Go function, into `out`: `(go.dcall $f (cons ARG …) POPS)`
    /// with the direct ABI, or `(go.call $f (cons (arg T OFF V) …))` with
    /// Go's for a wasmimport (its wrapper is a Go-ABI function). Arguments
    /// are evaluated first. With `keep`, each result goes to a new local,
    /// which is returned with its type; without, the results are dropped.
    fn call(
        &mut self,
        func: FuncId,
        args: &[hir::Expr],
        out: &mut Vec<Id>,
        keep: bool,
    ) -> Vec<(u32, TypeId)> {
        self.call_with(func, args, Vec::new(), out, keep)
    }

    /// [`Self::call`] with `extra` argument values after `args`'.
    pub(super) fn call_with(
        &mut self,
        func: FuncId,
        args: &[hir::Expr],
        extra: Vec<(Id, TypeId)>,
        out: &mut Vec<Id>,
        keep: bool,
    ) -> Vec<(u32, TypeId)> {
        if keep
            && extra.is_empty()
            && let Some(body) = super::inline::body_to_inline(self.prog, func)
        {
            return self.call_in_place(func, body, args, out);
        }
        let f = self.prog.func(func);
        let results = f.sig.results.clone();
        let params = f.sig.params.clone();
        let name = self.t.name(&f.symbol);
        let mut arg_values = self.arg_values(args, out);
        arg_values.extend(extra);
        if f.import.is_none() {
            let may_allocate = self.may_allocate(func);
            let call = |t: &mut Term, vals, pops| t.op("go.dcall", vec![name, vals, pops]);
            return self.direct_call(call, arg_values, &results, may_allocate, out, keep);
        }
        let l: Layout = layout(&self.prog.types, &params, &results);
        let mut items = Vec::new();
        for (i, (v, _)) in arg_values.into_iter().enumerate() {
            let v = self.simple_parts(params[i], v, out);
            let vals = self.part_values(params[i], v);
            for ((tt, part_off), v) in self.part_types(params[i]).into_iter().zip(vals) {
                let off = self.t.num((l.params[i] + part_off) as i64);
                items.push(self.t.op("arg", vec![tt, off, v]));
            }
        }
        let list = self.t.list(items);
        self.keep_roots(out);
        out.push(self.t.op("go.call", vec![name, list]));
        let mut temps = Vec::new();
        if keep {
            for (i, &ty) in results.iter().enumerate() {
                let n = self.temp(ty);
                for (k, (tt, part_off)) in self.part_types(ty).into_iter().enumerate() {
                    let off = self.t.num((l.results[i] + part_off) as i64);
                    let r = self.t.op("go.result", vec![tt, off]);
                    out.push(self.local_set(n + k as u32, r));
                }
                temps.push((n, ty));
            }
        }
        temps
    }

    /// A call of a small leaf function (inline.rs): the arguments as the
    /// call evaluates them, then its body's expression of them into a
    /// temporary, where the call's result would go.
    fn call_in_place(
        &mut self,
        func: FuncId,
        body: &hir::Expr,
        args: &[hir::Expr],
        out: &mut Vec<Id>,
    ) -> Vec<(u32, TypeId)> {
        let f = self.prog.func(func);
        let mut params = HashMap::default();
        for ((v, ty), &p) in self.arg_values(args, out).into_iter().zip(&f.params) {
            let v = self.simple(v, ty, out);
            params.insert(p, v);
        }
        let outer = self.inlined.replace(params);
        let value = self.expr(body, out);
        self.inlined = outer;
        let ty = f.sig.results[0];
        let n = self.temp(ty);
        let set = self.local_set(n, value);
        out.push(set);
        vec![(n, ty)]
    }

    /// After a call that may panic, in a body a recovered panic leaves
    /// (hir::UNWIND, in programs that call recover): leave it if one does,
    /// since a recovered panic leaves every frame below the recovering one.
    pub(super) fn unwind_check(&mut self, out: &mut Vec<Id>) {
        if self.labels.contains_key(&hir::UNWIND) {
            out.push(self.t.op("go.unwind-check", vec![]));
        }
    }

    /// A call with the direct ABI: the arguments' parts as wasm values,
    /// the results into new temporaries (when `keep`), in the order they
    /// come off the wasm stack; `make` makes the call node from the
    /// argument list and the pops.
    pub(super) fn direct_call(
        &mut self,
        make: impl FnOnce(&mut Term, Id, Id) -> Id,
        arg_values: Vec<(Id, TypeId)>,
        results: &[TypeId],
        may_allocate: bool,
        out: &mut Vec<Id>,
        keep: bool,
    ) -> Vec<(u32, TypeId)> {
        let mut vals = Vec::new();
        for (v, ty) in arg_values {
            let v = self.simple_parts(ty, v, out);
            vals.extend(self.part_values(ty, v));
        }
        let vals = self.t.list(vals);
        let temps: Vec<(u32, TypeId)> = if keep {
            results.iter().map(|&ty| (self.temp(ty), ty)).collect()
        } else {
            Vec::new()
        };
        // The results come off the wasm stack last first, part by part.
        let mut pops = Vec::new();
        for (i, &ty) in results.iter().enumerate().rev() {
            for k in (0..self.width(ty)).rev() {
                pops.push(match temps.get(i) {
                    Some(&(n, _)) => {
                        let n = self.t.num((n + k) as i64);
                        self.t.op("pop-to", vec![n])
                    }
                    None => self.t.atom("discard"),
                });
            }
        }
        let pops = self.t.list(pops);
        if may_allocate {
            self.keep_roots(out);
        }
        let call = make(&mut self.t, vals, pops);
        out.push(call);
        self.unwind_check(out);
        // An aggregate result is the address of bytes in the callee's
        // frame, which the next call overwrites: copied now.
        for &(n, ty) in &temps {
            if self.is_aggregate(ty) {
                let at = self.local_get(n);
                let copy = self.frame_copy(ty, at, out);
                out.push(self.local_set(n, copy));
            }
        }
        temps
    }

    /// `[]byte(s)` or `[]rune(s)` that does not escape (escape.rs): `s`'s
    /// own length when never written, else a store in the frame.
    fn local_conversion(
        &mut self,
        func: FuncId,
        args: &[hir::Expr],
        how: super::escape::Conversion,
        pre: &mut Vec<Id>,
    ) -> Vec<(u32, TypeId)> {
        let f = self.prog.func(func);
        let store_fn = self.prog.func_by_symbol(&format!("{}store", f.symbol));
        match (how, store_fn) {
            (super::escape::Conversion::Store, Some(store_fn)) => {
                // 32 elements: bytes or runes.
                let elem = self.elem_of(f.sig.results[0]);
                let at = self.frame_bytes(super::escape::STORE_BYTES * self.size(elem));
                let at = self.t.num(at as i64);
                let at = self.t.op("go.frameaddr", vec![at]);
                let uintptr = self.prog.types.known_basic(Basic::Uintptr);
                self.call_with(store_fn, &args[..1], vec![(at, uintptr)], pre, true)
            }
            _ => {
                let mut args = args.to_vec();
                if let Some(exact) = args.get_mut(1) {
                    exact.kind = ExprKind::Const(Value::Bool(true));
                }
                self.call(func, &args, pre, true)
            }
        }
    }

    /// `len` or `cap` of an array: its length, after what the operand calls.
    fn array_length(&mut self, x: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        let v = self.expr(x, pre);
        self.drop_value(x.ty, v, pre);
        let n = match self.prog.types.sequence(x.ty) {
            Some((Some(n), _)) => n,
            _ => 0,
        };
        let int = self.t.atom("int");
        let n = self.t.num(n as i64);
        self.t.op("go.const", vec![int, n])
    }

    /// The values of a call's arguments, in order, with their types: the
    /// results of `g()` in `f(g())` one by one. They are evaluated in gc's
    /// order: the calls the program writes run first, in order; an argument
    /// that is a string operation gc's compiler turns into a runtime call
    /// only after that pass (`s + t`, `string(r)`, `string(b)`) is computed
    /// after every later argument's calls, as its variables are read.
    pub(super) fn arg_values(
        &mut self,
        args: &[hir::Expr],
        out: &mut Vec<Id>,
    ) -> Vec<(Id, TypeId)> {
        let written_call = |e: &hir::Expr| has_call_where(e, &|f| !self.late_call(f));
        let last_call = args.iter().rposition(written_call);
        let late: Vec<bool> = args
            .iter()
            .enumerate()
            .map(|(i, a)| last_call.is_some_and(|c| i < c) && !written_call(a) && has_call(a))
            .collect();
        let mut values = vec![Vec::new(); args.len()];
        for pass_late in [false, true] {
            for (i, a) in args.iter().enumerate() {
                if late[i] == pass_late {
                    values[i] = self.arg_value(a, out);
                }
            }
        }
        values.into_iter().flatten().collect()
    }

    /// The results of a call of several, in temporaries.
    fn results_of(&mut self, call: &hir::Expr, out: &mut Vec<Id>) -> Vec<(u32, TypeId)> {
        match &call.kind {
            ExprKind::Call { func, args } => self.call(*func, args, out, true),
            ExprKind::CallValue { callee, args } => self.call_value(callee, args, out, true),
            ExprKind::Map(hir::MapOp::Lookup, args) => self.map_lookup(call, args, out),
            _ => Vec::new(),
        }
    }

    /// One argument's values (a call with several results has several).
    /// The callee owns its copy of an aggregate argument (a literal or a
    /// call's result is a copy already).
    fn arg_value(&mut self, a: &hir::Expr, out: &mut Vec<Id>) -> Vec<(Id, TypeId)> {
        if matches!(self.prog.types.kind(a.ty), TypeKind::Tuple(_))
            && matches!(a.kind, ExprKind::Call { .. } | ExprKind::CallValue { .. })
        {
            return self
                .results_of(a, out)
                .into_iter()
                .map(|(n, ty)| (self.read_locals(ty, n), ty))
                .collect();
        }
        let mut v = self.expr(a, out);
        if self.is_aggregate(a.ty)
            && !matches!(
                a.kind,
                ExprKind::Composite(_) | ExprKind::Call { .. } | ExprKind::CallValue { .. }
            )
        {
            v = self.frame_copy(a.ty, v, out);
        }
        vec![(v, a.ty)]
    }

    /// A runtime call gc's compiler makes of a string operation after
    /// ordering the program's calls.
    fn late_call(&self, f: FuncId) -> bool {
        LATE_CALLS.contains(&self.prog.func(f).symbol.as_str())
    }

    /// `s[lo:hi]` of a string: the bounds Go checks (the high one against
    /// the length, then the low one against the high one) go to `pre`, in
    /// that order; a missing bound is not checked.
    fn slice(
        &mut self,
        s: &hir::Expr,
        lo: Option<&hir::Expr>,
        hi: Option<&hir::Expr>,
        pre: &mut Vec<Id>,
    ) -> Id {
        let sv = self.expr(s, pre);
        let sv = self.simple(sv, s.ty, pre);
        let bound = |fb: &mut Self, b: Option<&hir::Expr>, pre: &mut Vec<Id>| {
            b.map(|b| {
                let v = fb.expr(b, pre);
                (fb.simple(v, b.ty, pre), fb.ty(b.ty))
            })
        };
        let lo = bound(self, lo, pre);
        let hi = bound(self, hi, pre);
        let len = self.t.op("go.strlen", vec![sv]);
        if let Some((h, ht)) = hi {
            pre.push(self.t.op("go.slicecheck-high", vec![ht, h, len]));
        }
        let int = self.t.atom("int");
        let (h, ht) = hi.unwrap_or((len, int));
        let (l, lt) = match lo {
            Some((l, lt)) => {
                pre.push(self.t.op("go.slicecheck-low", vec![lt, ht, l, h]));
                (l, lt)
            }
            None => {
                let zero = self.t.num(0);
                (self.t.op("go.const", vec![int, zero]), int)
            }
        };
        self.t.op("go.strslice", vec![lt, ht, sv, l, h])
    }

    /// The term of an expression; calls (and what must precede them) go to `pre`.
    pub(super) fn expr(&mut self, e: &hir::Expr, pre: &mut Vec<Id>) -> Id {
        if let Some(v) = self.slice_expr(e, pre) {
            return v;
        }
        if let Some(v) = self.map_expr(e, pre) {
            return v;
        }
        match &e.kind {
            ExprKind::Const(_) if self.is_slice(e.ty) => self.nil_slice(),
            ExprKind::Cap(x) => self.array_length(x, pre),
            // A string's zero value is a constant too, not of `Value::Str`.
            ExprKind::Const(v) if self.prog.types.is_string(e.ty) => {
                let s: &[u8] = match v {
                    Value::Str(s) => s,
                    _ => &[],
                };
                let sym = self.strings.symbol(s);
                let n = self.t.name(&sym);
                let len = self.t.num(s.len() as i64);
                self.t.op("go.strlit", vec![n, len])
            }
            ExprKind::Const(v) => {
                let tt = self.ty(e.ty);
                let bits = const_bits(self.prog, v, e.ty);
                let n = self.t.num(bits);
                self.t.op("go.const", vec![tt, n])
            }
            ExprKind::Local(l) if self.inlined.is_some() => {
                let value = self.inlined.as_ref().and_then(|p| p.get(l).copied());
                value.unwrap_or_else(|| self.t.atom("unreachable"))
            }
            ExprKind::Local(l) => {
                if let Some(&m) = self.stores.and_then(|s| s.moves.get(&(e.span, *l))) {
                    self.move_to_heap(*l, m, pre);
                }
                self.read_local(*l, e.ty)
            }
            ExprKind::Index(a, i) if self.is_aggregate(a.ty) => {
                let addr = self.element_address(a, i, pre);
                self.load(e.ty, addr, 0)
            }
            ExprKind::Field(x, off) => {
                let base = self.expr(x, pre);
                self.load(e.ty, base, *off)
            }
            ExprKind::AddrOf(x) => self.address(x, pre),
            ExprKind::Composite(elems) => self.composite(e.ty, elems, pre),
            ExprKind::New => {
                let size = self
                    .prog
                    .types
                    .pointee(e.ty)
                    .map_or(0, |t| self.prog.types.size(t));
                let size = self.t.num(size as i64);
                self.keep_roots(pre);
                let made = self.t.op("go.new", vec![size]);
                self.simple(made, e.ty, pre)
            }
            ExprKind::Deref(p) if self.is_aggregate(e.ty) => self.deref_aggregate(p, pre),
            ExprKind::Len(x) if !self.prog.types.is_string(x.ty) => self.array_length(x, pre),
            // A slice compares with nil only: by its pointer word.
            ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) if self.is_slice(a.ty) => {
                let av = self.expr(a, pre);
                let bv = self.expr(b, pre);
                let ap = self.t.op("go.sliceptr", vec![av]);
                let bp = self.t.op("go.sliceptr", vec![bv]);
                let uintptr = self.t.atom("uintptr");
                let name = if *op == BinOp::Eq { "go.eq" } else { "go.ne" };
                self.t.op(name, vec![uintptr, ap, bp])
            }
            ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) if self.is_aggregate(a.ty) => {
                let av = self.expr(a, pre);
                let bv = self.expr(b, pre);
                let eq = self.aggregate_eq(a.ty, av, bv, pre);
                if *op == BinOp::Eq {
                    eq
                } else {
                    self.t.op("go.not", vec![eq])
                }
            }
            ExprKind::Index(s, i) => {
                let sv = self.expr(s, pre);
                let iv = self.expr(i, pre);
                let sv = self.simple(sv, s.ty, pre);
                let iv = self.simple(iv, i.ty, pre);
                let it = self.ty(i.ty);
                // The check apart from the load, as for slices, so that
                // the bounds-check pass can prove it (`for i < len(s)`).
                let len = self.t.op("go.strlen", vec![sv]);
                pre.push(self.t.op("go.boundscheck", vec![it, iv, len]));
                self.t.op("go.index", vec![it, sv, iv])
            }
            ExprKind::Slice(s, [lo, hi, _]) if self.prog.types.is_string(s.ty) => {
                self.slice(s, lo.as_deref(), hi.as_deref(), pre)
            }
            ExprKind::MinMax(max, args) => {
                let op = if *max { "go.max" } else { "go.min" };
                let tt = self.ty(e.ty);
                let mut acc: Option<Id> = None;
                let mut values = Vec::new();
                for a in args {
                    let v = self.expr(a, pre);
                    values.push(self.simple(v, a.ty, pre));
                }
                for v in values {
                    acc = Some(match acc {
                        None => v,
                        Some(best) => {
                            let pair = self.t.op(op, vec![tt, best, v]);
                            self.simple(pair, e.ty, pre)
                        }
                    });
                }
                acc.unwrap_or_else(|| self.t.atom("unreachable"))
            }
            ExprKind::Len(s) => {
                let v = self.expr(s, pre);
                self.t.op("go.strlen", vec![v])
            }
            ExprKind::Global(g) if self.is_aggregate(e.ty) => {
                let sym = self.t.name(&self.prog.global(*g).symbol);
                self.t.op("go.addr", vec![sym])
            }
            ExprKind::Global(g) => {
                let tt = self.ty(e.ty);
                let sym = self.t.name(&self.prog.global(*g).symbol);
                self.t.op("go.global", vec![tt, sym])
            }
            ExprKind::Deref(p) => {
                let v = self.expr(p, pre);
                let v = self.simple(v, p.ty, pre);
                let tt = self.ty(e.ty);
                self.t.op("go.deref", vec![tt, v])
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x, pre);
                match op {
                    UnOp::Plus => v,
                    UnOp::Not => self.t.op("go.not", vec![v]),
                    UnOp::Neg => {
                        let tt = self.ty(e.ty);
                        self.t.op("go.neg", vec![tt, v])
                    }
                    UnOp::BitNot => {
                        let tt = self.ty(e.ty);
                        self.t.op("go.bitnot", vec![tt, v])
                    }
                    UnOp::Deref | UnOp::Addr | UnOp::Recv | UnOp::Tilde => {
                        unreachable!("the checker turns these into other nodes or rejects them")
                    }
                }
            }
            ExprKind::Binary(op @ (BinOp::LAnd | BinOp::LOr), a, b) => {
                let av = self.expr(a, pre);
                let mut inner = Vec::new();
                let bv = self.expr(b, &mut inner);
                if inner.is_empty() {
                    let name = if *op == BinOp::LAnd {
                        "go.andand"
                    } else {
                        "go.oror"
                    };
                    return self.t.op(name, vec![av, bv]);
                }
                // What the right operand needs first (a call, a value kept
                // in a local, a bounds check) must only run when it does.
                let n = self.temp(e.ty);
                pre.push(self.local_set(n, av));
                inner.push(self.local_set(n, bv));
                let run = self.t.seq(inner);
                let skip = self.t.atom("nop");
                let test = self.local_get(n);
                let (then_b, else_b) = if *op == BinOp::LAnd {
                    (run, skip)
                } else {
                    (skip, run)
                };
                pre.push(self.t.op("go.if", vec![test, then_b, else_b]));
                self.local_get(n)
            }
            ExprKind::Binary(op, a, b) => {
                let av = self.expr(a, pre);
                let bv = self.expr(b, pre);
                let (av, bv) = if matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr) {
                    let av = self.simple(av, a.ty, pre);
                    let bv = self.simple(bv, b.ty, pre);
                    (av, bv)
                } else {
                    (av, bv)
                };
                let tt = self.ty(a.ty);
                let name = match op {
                    BinOp::Add => "go.add",
                    BinOp::Sub => "go.sub",
                    BinOp::Mul => "go.mul",
                    BinOp::Div => "go.div",
                    BinOp::Rem => "go.rem",
                    BinOp::And => "go.and",
                    BinOp::Or => "go.or",
                    BinOp::Xor => "go.xor",
                    BinOp::AndNot => "go.andnot",
                    BinOp::Eq => "go.eq",
                    BinOp::Ne => "go.ne",
                    BinOp::Lt => "go.lt",
                    BinOp::Le => "go.le",
                    BinOp::Gt => "go.gt",
                    BinOp::Ge => "go.ge",
                    BinOp::Shl | BinOp::Shr => {
                        let ct = self.ty(b.ty);
                        let name = if *op == BinOp::Shl {
                            "go.shl"
                        } else {
                            "go.shr"
                        };
                        return self.t.op(name, vec![tt, ct, av, bv]);
                    }
                    BinOp::LAnd | BinOp::LOr => unreachable!("handled above"),
                };
                self.t.op(name, vec![tt, av, bv])
            }
            ExprKind::Conv(x) if self.is_slice(x.ty) => self.slice_to_array(x, e.ty, pre),
            // Between aggregates of one underlying type: the same bytes.
            ExprKind::Conv(x) if self.is_aggregate(e.ty) => self.expr(x, pre),
            ExprKind::Conv(x) => {
                let v = self.expr(x, pre);
                let from = self.ty(x.ty);
                let to = self.ty(e.ty);
                self.t.op("go.conv", vec![from, to, v])
            }
            ExprKind::Call { func, args } => {
                if let Some(name) = &self.prog.func(*func).intrinsic {
                    return self.intrinsic(&name.clone(), args, pre);
                }
                let temps = match self.stores.and_then(|s| s.conversions.get(&e.span)) {
                    Some(&how) => self.local_conversion(*func, args, how, pre),
                    None => self.call(*func, args, pre, true),
                };
                match temps.first() {
                    Some(&(n, ty)) => self.read_locals(ty, n),
                    None => self.t.atom("unreachable"),
                }
            }
            ExprKind::CallValue { callee, args } => {
                let temps = self.call_value(callee, args, pre, true);
                match temps.first() {
                    Some(&(n, ty)) => self.read_locals(ty, n),
                    None => self.t.atom("unreachable"),
                }
            }
            ExprKind::FuncRef(f) => self.func_value(*f),
            ExprKind::Closure { func, captures } => self.closure(*func, captures, pre),
            // Taken by slice_expr above.
            ExprKind::Unreachable
            | ExprKind::MakeSlice(..)
            | ExprKind::Append { .. }
            | ExprKind::Copy(..)
            | ExprKind::Clear(_)
            | ExprKind::SliceLit(..)
            | ExprKind::Unsafe(..)
            | ExprKind::Map(..)
            | ExprKind::Slice(..) => self.t.atom("unreachable"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Mode, build};
    use crate::check::checked_for_tests;
    use crate::ir::lang::Node;

    /// Functions built side by side number their string literals as if
    /// built one after the other, in the order asked: in order of first
    /// use, shared when equal.
    #[test]
    fn string_literals_numbered_in_function_order() {
        let text = "package main\n\nfunc f() { println(\"a\", \"b\") }\n\nfunc g() { println(\"b\", \"c\") }\n\nfunc main() { f(); g(); println(\"a\") }\n";
        let program = checked_for_tests("strings.go", text);
        let mut built = build(&program, Mode::Exe);
        let mut units = std::mem::take(&mut built.units);
        let all: Vec<usize> = (0..units.len()).collect();
        built.build_called(&program, Mode::Exe, &mut units, &all);
        built.units = units;
        built.add_string_data();
        let strings: Vec<(&str, &[u8])> = built
            .data
            .iter()
            .filter(|d| d.symbol.starts_with("go:string."))
            .map(|d| (d.symbol.as_str(), d.bytes.as_deref().unwrap_or_default()))
            .collect();
        let user: Vec<&[u8]> = strings.iter().map(|(_, b)| *b).rev().take(3).collect();
        assert_eq!(user, [&b"c"[..], b"b", b"a"], "{strings:?}");
        for unit in &built.units {
            let term = unit.term.as_ref().expect("every unit is built");
            for n in term.as_ref() {
                if let Node::Name(s) = n {
                    assert!(!s.as_str().starts_with('\u{1}'), "{}: {s}", unit.symbol);
                }
            }
        }
    }
}
