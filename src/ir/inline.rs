//! Calls of small leaf functions built in place: a function whose body is
//! `return E`, E an expression of its scalar parameters that calls
//! nothing and cannot panic (`func next(x uint32) uint32 { return
//! x*1664525 + 1013904223 }`). The wasm compiler does not inline across
//! functions, and a call costs more than E in a loop (an insertion sort's
//! fill loop took a quarter longer with its random-number helper called).
//!
//! What a program sees does not change: the arguments are evaluated where
//! the call was, in the same order, and E's value goes to a temporary
//! there, as the call's result did; E reads only those values and writes
//! nothing, so when it is computed cannot show. It is a choice of the
//! builder (src/ir/build.rs), like the order of evaluation: the rules
//! lower E's operations as any others.

use crate::check::constant::Value;
use crate::check::hir::{Expr, ExprKind, FuncId, LocalId, Program, Stmt};
use crate::check::types::TypeId;
use crate::syntax::ast::{BinOp, UnOp};

/// Operations in E, at most: a bigger body stays a call.
const LARGEST: usize = 24;

/// The expression a call of `id` can be replaced with, if any.
pub fn body_to_inline(prog: &Program, id: FuncId) -> Option<&Expr> {
    let f = prog.func(id);
    if f.import.is_some()
        || f.intrinsic.is_some()
        || !f.captures.is_empty()
        || f.sig.variadic
        || !f.sig.params.iter().all(|&t| scalar(prog, t))
    {
        return None;
    }
    let [result] = f.sig.results.as_slice() else {
        return None;
    };
    let [Stmt::Return(values)] = f.body.as_deref()? else {
        return None;
    };
    let [e] = values.as_slice() else {
        return None;
    };
    let mut size = 0;
    (scalar(prog, *result) && pure(prog, e, &f.params, &mut size)).then_some(e)
}

/// A boolean, integer or floating-point type: one wasm value.
fn scalar(prog: &Program, t: TypeId) -> bool {
    let types = &prog.types;
    types.is_boolean(t) || types.is_integer(t) || types.is_float(t)
}

/// Whether `e` reads only the parameters, calls nothing, writes nothing
/// and cannot panic, in at most LARGEST operations.
fn pure(prog: &Program, e: &Expr, params: &[LocalId], size: &mut usize) -> bool {
    *size += 1;
    if *size > LARGEST || !scalar(prog, e.ty) {
        return false;
    }
    match &e.kind {
        ExprKind::Const(v) => !matches!(v, Value::Str(_)),
        ExprKind::Local(l) => params.contains(l),
        ExprKind::Unary(UnOp::Plus | UnOp::Neg | UnOp::Not | UnOp::BitNot, x)
        | ExprKind::Conv(x) => pure(prog, x, params, size),
        ExprKind::Binary(op, a, b) => {
            let divides = matches!(op, BinOp::Div | BinOp::Rem) && prog.types.is_integer(e.ty);
            let shifts = matches!(op, BinOp::Shl | BinOp::Shr);
            // A division by zero and a negative shift count panic: only
            // constants that do neither.
            let safe = match &b.kind {
                ExprKind::Const(Value::Int(k)) => !(divides && *k == 0 || shifts && *k < 0),
                _ => !divides && !shifts,
            };
            safe && pure(prog, a, params, size) && pure(prog, b, params, size)
        }
        _ => false,
    }
}
