//! Walks over the checked program's statements and expressions.

use crate::check::hir::{Expr, ExprKind, Place, Stmt};

/// Calls `f` on every expression in `s`, nested ones included, outermost
/// first.
pub(super) fn stmt_exprs(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match s {
        Stmt::Expr(e) => expr_tree(e, f),
        Stmt::Assign { targets, values } => {
            for t in targets {
                if let Place::Deref(e) | Place::Mem(e) = t {
                    expr_tree(e, f);
                }
            }
            values.iter().for_each(|v| expr_tree(v, f));
        }
        Stmt::If { cond, then, els } => {
            expr_tree(cond, f);
            then.iter().chain(els).for_each(|s| stmt_exprs(s, f));
        }
        Stmt::Loop {
            cond, body, post, ..
        } => {
            cond.iter().for_each(|c| expr_tree(c, f));
            body.iter().chain(post).for_each(|s| stmt_exprs(s, f));
        }
        Stmt::Breakable { body, .. } | Stmt::Block(body) => {
            body.iter().for_each(|s| stmt_exprs(s, f))
        }
        Stmt::Return(values) | Stmt::Print { args: values, .. } => {
            values.iter().for_each(|v| expr_tree(v, f))
        }
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Fresh(_) | Stmt::Renew(_) => {}
    }
}

/// Calls `f` on `e` and every expression within it.
fn expr_tree(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    each_operand(e, |x| expr_tree(x, f));
}

/// Calls `f` on each operand of `e`.
pub(super) fn each_operand(e: &Expr, mut f: impl FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Const(_)
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::New
        | ExprKind::FuncRef(_)
        | ExprKind::Unreachable => {}
        ExprKind::CallValue { callee, args } => {
            f(callee);
            args.iter().for_each(f);
        }
        ExprKind::Closure { captures, .. } => captures.iter().for_each(f),
        ExprKind::Unary(_, x)
        | ExprKind::Conv(x)
        | ExprKind::Deref(x)
        | ExprKind::AddrOf(x)
        | ExprKind::Field(x, _)
        | ExprKind::Len(x)
        | ExprKind::Cap(x)
        | ExprKind::Clear(x) => f(x),
        ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) | ExprKind::Copy(a, b) => {
            f(a);
            f(b);
        }
        ExprKind::Slice(x, bounds) => {
            f(x);
            bounds.iter().flatten().for_each(|b| f(b));
        }
        ExprKind::MakeSlice(n, c) => {
            f(n);
            c.iter().for_each(|c| f(c));
        }
        ExprKind::Append { slice, values, .. } => {
            f(slice);
            values.iter().for_each(f);
        }
        ExprKind::Call { args, .. }
        | ExprKind::MinMax(_, args)
        | ExprKind::Unsafe(_, args)
        | ExprKind::Map(_, args) => args.iter().for_each(f),
        ExprKind::Composite(elems) | ExprKind::SliceLit(_, elems) => {
            elems.iter().for_each(|(_, v)| f(v))
        }
    }
}
