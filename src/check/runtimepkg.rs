//! `import "runtime"`: `runtime.GC()` is wexlab's runtime's `GC` (which
//! collects now), `runtime.KeepAlive(x)` passes the address x holds to an
//! empty runtime function, so that x is still in use, and so a root, up to
//! that point. The collector moves nothing, so nothing else is needed to
//! keep an address valid. Every other member is not supported.

use super::body::BodyChecker;
use super::hir::{self, ExprKind, UnsafeFn};
use super::operand::Operand;
use super::types::{Basic, TypeKind};
use super::universe::Builtin;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    /// `runtime.NAME` in an expression.
    pub(super) fn runtime_member(&mut self, sel: &ast::Ident) -> Operand {
        if let Some(b) = Builtin::of_runtime(&sel.name) {
            return Operand::Builtin(b);
        }
        if sel.name == "GC"
            && let Some(f) = self.funcs.iter().position(|f| f.symbol == "runtime.GC")
        {
            return Operand::Func(hir::FuncId(f as u32));
        }
        self.limit(
            sel.span,
            format!("runtime.{} is not supported by wexlab", sel.name),
        );
        Operand::Invalid
    }

    /// `runtime.KeepAlive(x)` of a pointer, an `unsafe.Pointer`, a slice or
    /// a string: the address it holds, used by a call.
    pub(super) fn keep_alive(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        if args.len() != 1 {
            return self.wrong_arg_count(e, args, 1);
        }
        let op = self.expr(&args[0], None);
        let Some(v) = self.single_value(&args[0], op, None) else {
            return Operand::Invalid;
        };
        let span = v.span;
        let address = match self.types.under(v.ty).clone() {
            TypeKind::Slice(elem) => hir::Expr {
                ty: self.types.pointer(elem),
                kind: ExprKind::Unsafe(UnsafeFn::SliceData, vec![v]),
                span,
            },
            _ if self.types.is_string(v.ty) => {
                let byte = self.types.basic(Basic::Byte);
                hir::Expr {
                    ty: self.types.pointer(byte),
                    kind: ExprKind::Unsafe(UnsafeFn::StringData, vec![v]),
                    span,
                }
            }
            _ if self.types.is_pointer(v.ty) || self.types.is_unsafe_pointer(v.ty) => v,
            _ => return self.unsupported(e.span, "runtime.KeepAlive calls of such values"),
        };
        let conv = |kind, ty| hir::Expr { kind, ty, span };
        let unsafe_ptr = self.types.basic(Basic::UnsafePointer);
        let uintptr = self.types.basic(Basic::Uintptr);
        let p = conv(ExprKind::Conv(Box::new(address)), unsafe_ptr);
        let word = conv(ExprKind::Conv(Box::new(p)), uintptr);
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        self.runtime_call(e.span, "runtime.keepalive", vec![word], void)
            .map_or(Operand::Invalid, Operand::Void)
    }
}
