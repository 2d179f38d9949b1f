//! The checked program: every name resolved, every expression typed,
//! `switch` turned into `if` chains, untyped constants given their types.
//! This is what the IR builder turns into e-graph terms.

use super::constant::Value;
use super::types::{Signature, TypeId, Types};
use crate::diag::Span;
use crate::syntax::ast::{BinOp, UnOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
/// A loop or switch that `break`/`continue` can leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(pub u32);

/// The block around a function's body that a recovered panic leaves, in
/// programs that call recover (src/check/defer.rs). The checker's own
/// labels are small numbers, and src/ir/tailcall.rs takes `u32::MAX`.
pub const UNWIND: LabelId = LabelId(u32::MAX - 1);

pub struct Program {
    pub types: Types,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Package variable initializers of package main, in Go's order.
    pub inits: Vec<Init>,
    pub exports: Vec<Export>,
    /// The runtime's functions whose bodies the build left out (see
    /// `runtime::outline`): declared, not compiled.
    pub bodies_left_out: Vec<FuncId>,
}

impl Program {
    /// The runtime function left out of the build that `symbol` (either
    /// version's) names, if it is one.
    pub fn left_out(&self, symbol: &str) -> Option<&Func> {
        let base = symbol.strip_suffix("$direct").unwrap_or(symbol);
        self.bodies_left_out
            .iter()
            .map(|&id| self.func(id))
            .find(|f| f.symbol == base)
    }

    pub fn func(&self, id: FuncId) -> &Func {
        &self.funcs[id.0 as usize]
    }

    pub fn global(&self, id: GlobalId) -> &Global {
        &self.globals[id.0 as usize]
    }

    pub fn func_by_symbol(&self, symbol: &str) -> Option<FuncId> {
        self.funcs
            .iter()
            .position(|f| f.symbol == symbol)
            .map(|i| FuncId(i as u32))
    }
}

pub struct Func {
    /// The linker name: `main.add`, `runtime.printint`.
    pub symbol: String,
    /// Where the function's name is written.
    pub name_span: Span,
    pub sig: Signature,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub locals: Vec<Local>,
    /// `None` for functions without a body (wasmimports, intrinsics).
    pub body: Option<Vec<Stmt>>,
    pub import: Option<WasmImport>,
    /// A compiler intrinsic of the runtime package (`trap`, `getsp`, …).
    pub intrinsic: Option<String>,
    /// A function literal's locals that are variables of the functions
    /// around it, in the order of its closure record's words.
    pub captures: Vec<LocalId>,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct WasmImport {
    pub module: String,
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Export {
    pub name: String,
    pub func: FuncId,
    /// The directive's text position.
    pub span: Span,
}

pub struct Global {
    pub symbol: String,
    pub ty: TypeId,
    pub span: Span,
}

/// `targets = values` at package level.
pub struct Init {
    pub targets: Vec<Place>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    /// Parallel assignment: all values (and the addresses of the targets) are
    /// evaluated first, then stored left to right. A single call with several
    /// results assigns them to as many targets.
    Assign {
        targets: Vec<Place>,
        values: Vec<Expr>,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// `for cond { body; post }` — `continue` runs `post`.
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
    },
    /// A block that `break label` leaves (what a `switch` becomes).
    Breakable {
        label: LabelId,
        body: Vec<Stmt>,
    },
    Break(LabelId),
    Continue(LabelId),
    Return(Vec<Expr>),
    Block(Vec<Stmt>),
    /// A variable comes into existence (its declaration runs): a variable
    /// that lives on the heap gets new memory each time.
    Fresh(LocalId),
    /// A loop variable gets its next iteration's variable, holding its
    /// current value (which matters only for one on the heap).
    Renew(LocalId),
    /// `print`/`println`; the runtime's print functions do the work.
    Print {
        args: Vec<Expr>,
        newline: bool,
    },
}

#[derive(Clone, Debug)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// `*p = v`, with `p` evaluated before the value is stored.
    Deref(Expr),
    /// A field or element in memory: the expression is its address
    /// (`AddrOf(x.f)`), whose evaluation checks the pointers it goes through.
    Mem(Expr),
    Blank,
}

/// The functions of package unsafe that are computed at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsafeFn {
    Add,
    Slice,
    SliceData,
    String,
    StringData,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A typed constant.
    Const(Value),
    Local(LocalId),
    Global(GlobalId),
    Unary(UnOp, Box<Expr>),
    /// Arithmetic and comparisons take operands of one type; shifts take a
    /// count of any integer type.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A conversion from the operand's type to `ty`.
    Conv(Box<Expr>),
    Call {
        func: FuncId,
        args: Vec<Expr>,
    },
    /// A call through a func value (`ty` as for `Call`).
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// A package function used as a value: the address of its closure
    /// record, whose first word is its index in the module's function table.
    FuncRef(FuncId),
    /// A function literal: a new closure record for the function, holding
    /// these addresses of the variables it captures (`&x` each).
    Closure {
        func: FuncId,
        captures: Vec<Expr>,
    },
    /// `*p`, loading a value of type `ty`.
    Deref(Box<Expr>),
    /// `&x` of an addressable expression (a variable, `*p`, a field or an
    /// array element of one), or of a composite literal, which then lives
    /// on the heap.
    AddrOf(Box<Expr>),
    /// `x.f`: the field at this offset of a struct value.
    Field(Box<Expr>, u64),
    /// A struct or array value: these elements at their offsets, the rest
    /// zero.
    Composite(Vec<(u64, Expr)>),
    /// `new(T)`: a new zeroed `T` on the heap (the expression is a `*T`).
    New,
    /// `s[i]`, a byte of a string or an element of an array; the index is
    /// of any integer type.
    Index(Box<Expr>, Box<Expr>),
    /// `s[lo:hi:max]` of a string, a slice, or an addressable array (or a
    /// pointer to one: the operand is then `*p`); any bound may be
    /// missing (a string's max always is).
    Slice(Box<Expr>, [Option<Box<Expr>>; 3]),
    /// `cap(s)` of a slice (of an array it is a constant).
    Cap(Box<Expr>),
    /// `make([]T, len, cap)`, cap missing when not given.
    MakeSlice(Box<Expr>, Option<Box<Expr>>),
    /// `append(s, values…)`, or with `spread`, `append(s, t...)` whose one
    /// value is a slice (or a string, for a slice of bytes).
    Append {
        slice: Box<Expr>,
        values: Vec<Expr>,
        spread: bool,
    },
    /// `copy(dst, src)`: how many elements it copied.
    Copy(Box<Expr>, Box<Expr>),
    /// `clear(s)` of a slice.
    Clear(Box<Expr>),
    /// `unsafe.Add(p, n)`, `unsafe.Slice(p, n)`, `unsafe.SliceData(s)`,
    /// `unsafe.String(p, n)`, `unsafe.StringData(s)`.
    Unsafe(UnsafeFn, Vec<Expr>),
    /// A slice literal: a new array of this many elements (these at their
    /// offsets, the rest zero), sliced whole.
    SliceLit(u64, Vec<(u64, Expr)>),
    /// `min(…)` (false) or `max(…)` (true) of values of the expression's type.
    MinMax(bool, Vec<Expr>),
    /// `len(s)` of a string or slice value (of a constant string or an
    /// array it is a constant).
    Len(Box<Expr>),
    /// An operation on a map: a call of the runtime's map.
    Map(MapOp, Vec<Expr>),
    /// `unsafe.Sizeof` and friends fold to constants; `panic` with a message.
    Unreachable,
}

/// The operations on maps (`len` and `clear` of a map are `Len` and
/// `Clear`), with their operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapOp {
    /// `make(map[K]V)`, or with an `int` hint.
    Make,
    /// A literal: its keys and values, alternating.
    Lit,
    /// `m[k]` read (the zero value when missing).
    Index,
    /// `v, ok := m[k]`: a tuple of the value and whether it was there.
    Lookup,
    /// `m[k]` assigned: the address of the value, the entry added first
    /// when missing (a `uintptr`).
    Slot,
    /// `delete(m, k)`.
    Delete,
    /// A range loop over `m`: its iterator (a `uintptr`).
    IterInit,
    /// Moves the iterator to its next entry: whether there is one.
    IterNext,
    /// The iterator's current key and value.
    IterKey,
    IterVal,
}
