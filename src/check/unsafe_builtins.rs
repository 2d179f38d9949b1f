//! `unsafe.Add`, `Slice`, `SliceData`, `String` and `StringData`: pointer
//! arithmetic and the views between pointers, slices and strings.

use super::body::{BodyChecker, ValueContext};
use super::hir::{self, ExprKind, UnsafeFn};
use super::operand::Operand;
use super::types::{Basic, TypeKind};
use super::universe::Builtin;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn unsafe_call(
        &mut self,
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
    ) -> Operand {
        let want = match b {
            Builtin::Add | Builtin::UnsafeSlice | Builtin::UnsafeString => 2,
            _ => 1,
        };
        if args.len() != want {
            return self.wrong_arg_count(e, args, want);
        }
        let name = b.name().to_string();
        let context = || ValueContext::Argument(name.clone());
        let pointer = self.types.basic(Basic::UnsafePointer);
        let (f, values, ty) = match b {
            Builtin::Add => {
                let op = self.expr(&args[0], Some(pointer));
                let Some(p) = self.assign_to(&args[0], op, pointer, context()) else {
                    return Operand::Invalid;
                };
                let Some(n) = self.integer_arg(&args[1]) else {
                    return Operand::Invalid;
                };
                (UnsafeFn::Add, vec![p, n], pointer)
            }
            Builtin::UnsafeSlice => {
                let Some(p) = self.value(&args[0], None) else {
                    return Operand::Invalid;
                };
                let Some(elem) = self.types.pointee(p.ty) else {
                    let desc = self.describe(args[0].span, &Operand::Value(p));
                    self.error(
                        args[0].span,
                        format!("invalid argument: {desc} is not a pointer"),
                    );
                    return Operand::Invalid;
                };
                let Some(n) = self.integer_arg(&args[1]) else {
                    return Operand::Invalid;
                };
                let ty = self.types.intern(TypeKind::Slice(elem));
                (UnsafeFn::Slice, vec![p, n], ty)
            }
            Builtin::SliceData => {
                let Some(s) = self.value(&args[0], None) else {
                    return Operand::Invalid;
                };
                let TypeKind::Slice(elem) = *self.types.under(s.ty) else {
                    let desc = self.describe(args[0].span, &Operand::Value(s));
                    self.error(
                        args[0].span,
                        format!("invalid argument: {desc} is not a slice"),
                    );
                    return Operand::Invalid;
                };
                let ty = self.types.pointer(elem);
                (UnsafeFn::SliceData, vec![s], ty)
            }
            Builtin::UnsafeString => {
                let byte = self.types.basic(Basic::Byte);
                let byte_ptr = self.types.pointer(byte);
                let op = self.expr(&args[0], Some(byte_ptr));
                let Some(p) = self.assign_to(&args[0], op, byte_ptr, context()) else {
                    return Operand::Invalid;
                };
                let Some(n) = self.integer_arg(&args[1]) else {
                    return Operand::Invalid;
                };
                let ty = self.types.basic(Basic::String);
                (UnsafeFn::String, vec![p, n], ty)
            }
            _ => {
                let string = self.types.basic(Basic::String);
                let op = self.expr(&args[0], Some(string));
                let Some(s) = self.assign_to(&args[0], op, string, context()) else {
                    return Operand::Invalid;
                };
                let byte = self.types.basic(Basic::Byte);
                let ty = self.types.pointer(byte);
                (UnsafeFn::StringData, vec![s], ty)
            }
        };
        Operand::Value(hir::Expr {
            kind: ExprKind::Unsafe(f, values),
            ty,
            span: e.span,
        })
    }

    /// A length or offset argument: any integer type, an untyped constant
    /// as an int.
    fn integer_arg(&mut self, a: &'a ast::Expr) -> Option<hir::Expr> {
        let int = self.types.basic(Basic::Int);
        let op = self.expr(a, None);
        let v = self.single_value(a, op, Some(int))?;
        if !self.types.is_integer(v.ty) {
            let desc = self.describe(a.span, &Operand::Value(v));
            self.error(
                a.span,
                format!("cannot use {desc} as int value in argument"),
            );
            return None;
        }
        Some(v)
    }
}
