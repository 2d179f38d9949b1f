//! What the collector (src/runtime/gc.go) needs from the IR builder: it
//! scans the Go stack, not wasm locals, so before anything that may
//! allocate, a function copies each of its locals that can hold an address
//! into a word of its frame kept for that local. Which functions may
//! allocate (and so collect) is decided over the whole program: those that
//! allocate, call a wasmimport (the host may call an export back), or call
//! one that may.

use egg::Id;

use super::build::FuncBuilder;
use crate::check::hir::{Expr, ExprKind, FuncId, Program, Stmt};
use crate::check::types::{Basic, TypeId, TypeKind, Types};

/// The runtime function every allocation goes through.
const ALLOCATOR: &str = "runtime.mallocgc";
/// `runtime.GC()`, which collects without allocating.
const COLLECT_NOW: &str = "runtime.GC";

/// For each function, whether calling it may allocate.
pub fn allocating(prog: &Program) -> Vec<bool> {
    let mut may: Vec<bool> = prog
        .funcs
        .iter()
        .map(|f| f.import.is_some() || f.symbol == ALLOCATOR || f.symbol == COLLECT_NOW)
        .collect();
    let direct: Vec<bool> = prog
        .funcs
        .iter()
        .map(|f| {
            f.body
                .as_deref()
                .is_some_and(|b| b.iter().any(|s| allocates_stmt(&prog.types, s)))
        })
        .collect();
    loop {
        let mut changed = false;
        for (i, f) in prog.funcs.iter().enumerate() {
            if may[i] {
                continue;
            }
            let calls_one = f
                .body
                .as_deref()
                .is_some_and(|b| b.iter().any(|s| calls_stmt(s, &|g| may[g.0 as usize])));
            if direct[i] || calls_one {
                may[i] = true;
                changed = true;
            }
        }
        if !changed {
            return may;
        }
    }
}

/// Whether a statement allocates itself (not through a call of a known
/// function): a local whose address is taken lives on the heap, and so
/// does `&T{…}`.
fn allocates_stmt(types: &Types, s: &Stmt) -> bool {
    any_expr(s, &|e| match &e.kind {
        ExprKind::New
        | ExprKind::MakeSlice(..)
        | ExprKind::Append { .. }
        | ExprKind::SliceLit(..)
        | ExprKind::Map(..) => true,
        // The function a value calls is not known: it may allocate.
        ExprKind::CallValue { .. } | ExprKind::Closure { .. } => true,
        ExprKind::AddrOf(x) => {
            matches!(x.kind, ExprKind::Composite(_))
                || super::memory::root_local(types, x).is_some()
        }
        _ => false,
    })
}

fn calls_stmt(s: &Stmt, may: &dyn Fn(FuncId) -> bool) -> bool {
    any_expr(
        s,
        &|e| matches!(e.kind, ExprKind::Call { func, .. } if may(func)),
    )
}

/// Whether `pred` holds for an expression anywhere in `s`.
fn any_expr(s: &Stmt, pred: &dyn Fn(&Expr) -> bool) -> bool {
    let mut found = false;
    super::walk::stmt_exprs(s, &mut |e| found |= pred(e));
    found
}

impl FuncBuilder<'_, '_> {
    /// Whether calling `f` may run the collector.
    pub(super) fn may_allocate(&self, f: FuncId) -> bool {
        self.allocating
            .is_none_or(|a| a.get(f.0 as usize).copied().unwrap_or(true))
    }

    /// Copies each local that can hold an address to its word in the
    /// frame, before something that may allocate: the function's lasting
    /// locals and the temporaries still in use (`live_temps`).
    pub(super) fn keep_roots(&mut self, out: &mut Vec<Id>) {
        let uintptr = self.prog.types.known_basic(Basic::Uintptr);
        let word = self.ty(uintptr);
        for k in 0..self.lasting + self.live_temps.len() {
            let i = match k.checked_sub(self.lasting) {
                Some(t) => self.live_temps[t],
                None => k,
            };
            if !self.holds_address(self.locals[i]) {
                continue;
            }
            let at = match self.root_slots.get(&i) {
                Some(&at) => at,
                None => {
                    let at = self.frame_bytes(8);
                    self.root_slots.insert(i, at);
                    at
                }
            };
            let at = self.t.num(at as i64);
            let addr = self.t.op("go.frameaddr", vec![at]);
            let value = self.local_get(self.first_wasm_local(i));
            let zero = self.t.num(0);
            out.push(self.t.op("go.storeat", vec![word, zero, addr, value]));
        }
    }

    /// Types whose first word may be an address into the heap.
    fn holds_address(&self, ty: TypeId) -> bool {
        match self.prog.types.under(ty) {
            TypeKind::Pointer(_)
            | TypeKind::Func(_)
            | TypeKind::Map(..)
            | TypeKind::Slice(_)
            | TypeKind::Array(..)
            | TypeKind::Struct(_) => true,
            TypeKind::Basic(b) => matches!(
                b.canonical(),
                Basic::String | Basic::UnsafePointer | Basic::Uintptr
            ),
            _ => false,
        }
    }
}
