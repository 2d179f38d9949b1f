//! `panic(v)`: a call of the runtime function that prints Go's message for
//! v's kind (`src/runtime/panic.go`), with the name of v's type when it is
//! a defined one. Interfaces, and so recover, come later.

use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, TypeId, TypeKind};
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn panic_call(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        if args.len() != 1 {
            for a in args {
                let _ = self.expr(a, None);
            }
            self.error(e.span, "wrong number of arguments to panic");
            return Operand::Invalid;
        }
        let arg = &args[0];
        let call = match self.expr(arg, None) {
            Operand::Invalid => return Operand::Invalid,
            Operand::Nil => {
                let void = self.void();
                self.runtime_call(e.span, "runtime.panicnilvalue", vec![], void)
            }
            op => {
                let Some(v) = self.single_value(arg, op, None) else {
                    return Operand::Invalid;
                };
                let Some((symbol, wide)) = self.panic_function(v.ty) else {
                    return self.unsupported(e.span, "calls of panic with such a value");
                };
                let name = self.panic_type_name(v.ty);
                let value = self.widened(v, wide);
                let void = self.void();
                self.runtime_call(e.span, symbol, vec![name, value], void)
            }
        };
        call.map_or(Operand::Invalid, Operand::Void)
    }

    /// The runtime function for a value of type `ty`, and the type it takes
    /// the value as.
    fn panic_function(&mut self, ty: TypeId) -> Option<(&'static str, TypeId)> {
        if self.types.is_pointer(ty) || self.types.is_unsafe_pointer(ty) {
            let p = self.types.basic(Basic::UnsafePointer);
            return Some(("runtime.panicpointer", p));
        }
        let b = self.types.basic_of(ty)?.canonical();
        let (symbol, wide) = match b {
            _ if b.is_string() => ("runtime.panicstring", Basic::String),
            Basic::Bool => ("runtime.panicbool", Basic::Bool),
            Basic::Float32 => ("runtime.panicfloat32", Basic::Float32),
            Basic::Float64 => ("runtime.panicfloat64", Basic::Float64),
            _ if b.is_integer() && b.is_unsigned() => ("runtime.panicuint", Basic::Uint64),
            _ if b.is_integer() => ("runtime.panicint", Basic::Int64),
            _ => return None,
        };
        Some((symbol, self.types.basic(wide)))
    }

    /// The name Go prints before a value of a defined type; a pointer's
    /// type is always printed.
    fn panic_type_name(&mut self, ty: TypeId) -> hir::Expr {
        let pointer = self.types.is_pointer(ty) || self.types.is_unsafe_pointer(ty);
        let name = if pointer || matches!(self.types.kind(ty), TypeKind::Named { .. }) {
            self.types.runtime_name(ty)
        } else {
            String::new()
        };
        hir::Expr {
            kind: ExprKind::Const(Value::Str(name.into_bytes())),
            ty: self.types.basic(Basic::String),
            span: crate::diag::Span::default(),
        }
    }

    /// `v` converted to `to` unless it has that underlying type already.
    fn widened(&mut self, v: hir::Expr, to: TypeId) -> hir::Expr {
        if self.types.identical(self.types.underlying(v.ty), to) {
            let mut v = v;
            v.ty = to;
            return v;
        }
        hir::Expr {
            span: v.span,
            ty: to,
            kind: ExprKind::Conv(Box::new(v)),
        }
    }

    pub(super) fn void(&mut self) -> TypeId {
        self.types.intern(TypeKind::Tuple(vec![]))
    }
}
