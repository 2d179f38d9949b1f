//! `import "runtime"`: `runtime.GC()` is wexlab's runtime's `GC` (which
//! collects now), `runtime.KeepAlive(x)` passes the address x holds to an
//! empty runtime function, so that x is still in use, and so a root, up to
//! that point. The collector moves nothing, so nothing else is needed to
//! keep an address valid. `runtime.Pinner` is the runtime's type
//! (src/runtime/pinner.go); its Pin takes Go's `any`, which wexlab has not,
//! so a call of it converts a pointer argument to the `unsafe.Pointer` the
//! runtime's method takes. Every other member is not supported.

use super::body::BodyChecker;
use super::hir::{self, ExprKind, UnsafeFn};
use super::operand::Operand;
use super::types::{Basic, TypeKind};
use super::universe::Builtin;
use crate::syntax::ast;

/// The collector's calls for runtime.Pinner (src/runtime/pinner.go),
/// removed from programs that do not use it so that their modules stay as
/// they were.
pub(super) const PINNER_HOOKS: &[&str] =
    &["runtime.pinscan", "runtime.pinscrub", "runtime.pinleak"];

impl<'a> BodyChecker<'_, 'a> {
    /// `runtime.NAME` in an expression.
    pub(super) fn runtime_member(&mut self, sel: &ast::Ident) -> Operand {
        if let Some(b) = Builtin::of_runtime(&sel.name) {
            return Operand::Builtin(b);
        }
        if sel.name == "Pinner"
            && let Some(t) = self.runtime_pinner
        {
            self.c.uses_pinner = true;
            return Operand::Type(t);
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

    /// Whether `f` is the runtime's `(*Pinner).Pin`.
    pub(super) fn is_pinner_pin(&self, f: hir::FuncId) -> bool {
        self.funcs[f.0 as usize].symbol == "runtime.(*Pinner).Pin"
    }

    /// runtime.Pinner's Pin not called: its parameter is Go's `any`, which
    /// wexlab has not.
    pub(super) fn pin_value(&mut self, span: crate::diag::Span) -> Operand {
        self.limit(
            span,
            "runtime.Pinner's Pin as a function value is not supported by wexlab",
        );
        Operand::Invalid
    }

    /// `p.Pin(x)`: x a pointer or an `unsafe.Pointer`, passed as an
    /// `unsafe.Pointer`; `p.Pin(nil)` panics at run time, as in Go. Go
    /// panics at run time for any other value too, "argument is not a
    /// pointer"; wexlab, which cannot hold such a value as Go's `any`,
    /// rejects it.
    pub(super) fn pin_call(
        &mut self,
        e: &'a ast::Expr,
        pin: hir::FuncId,
        recv: hir::Expr,
        args: &'a [ast::Expr],
    ) -> Operand {
        if args.len() != 1 {
            let mut have = Vec::new();
            for a in args {
                let op = self.expr(a, None);
                have.push(match self.operand_type(&op) {
                    Some(t) if self.types.is_untyped(t) => "number".to_string(),
                    Some(t) => self.types.display(t),
                    None => "nil".to_string(),
                });
            }
            let (which, at) = match args.get(1) {
                Some(extra) => ("too many", extra.span),
                None => ("not enough", e.span),
            };
            let func = match &e.kind {
                ast::ExprKind::Call { func, .. } => self.text(func.span),
                _ => self.text(e.span),
            };
            self.error(
                at,
                format!(
                    "{which} arguments in call to {func}\n\thave ({})\n\twant (any)",
                    have.join(", ")
                ),
            );
            return Operand::Invalid;
        }
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        let arg = &args[0];
        let v = match self.expr(arg, None) {
            Operand::Invalid => return Operand::Invalid,
            Operand::Nil => {
                // The receiver is evaluated before Go's panic.
                return self
                    .runtime_call(e.span, "runtime.pinnerNil", vec![recv], void)
                    .map_or(Operand::Invalid, Operand::Void);
            }
            op => {
                let Some(v) = self.single_value(arg, op, None) else {
                    return Operand::Invalid;
                };
                v
            }
        };
        if !self.types.is_pointer(v.ty) && !self.types.is_unsafe_pointer(v.ty) {
            let (ty, go_ty) = (self.types.display(v.ty), self.types.runtime_name(v.ty));
            self.limit(
                arg.span,
                format!(
                    "Pin of a value of type {ty} is not supported by wexlab: Go panics at \
                     run time (runtime.Pinner: argument is not a pointer: {go_ty})"
                ),
            );
            return Operand::Invalid;
        }
        let unsafe_ptr = self.types.basic(Basic::UnsafePointer);
        let span = v.span;
        let ptr = hir::Expr {
            kind: ExprKind::Conv(Box::new(v)),
            ty: unsafe_ptr,
            span,
        };
        Operand::Void(hir::Expr {
            kind: ExprKind::Call {
                func: pin,
                args: vec![recv, ptr],
            },
            ty: void,
            span: e.span,
        })
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
