//! Calls of builtin functions.

use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, TypeId, TypeKind};
use super::universe::Builtin;
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn builtin_call(
        &mut self,
        e: &ast::Expr,
        b: Builtin,
        args: &[ast::Expr],
        _hint: Option<TypeId>,
    ) -> Operand {
        match b {
            Builtin::Print | Builtin::Println => {
                // As a statement, print is handled before getting here; as a value it has none.
                let _ = self.print_args(args);
                let void = self.types.intern(TypeKind::Tuple(vec![]));
                Operand::Void(hir::Expr {
                    kind: ExprKind::Unreachable,
                    ty: void,
                    span: e.span,
                })
            }
            Builtin::Sizeof | Builtin::Alignof => {
                if args.len() != 1 {
                    self.error(e.span, format!("wrong number of arguments to {}", b.name()));
                    return Operand::Invalid;
                }
                let op = self.expr(&args[0], None);
                let ty = match op {
                    Operand::Const { ty, .. } => self.default_type(ty),
                    Operand::Value(v) => self.default_type(v.ty),
                    Operand::Invalid => return Operand::Invalid,
                    other => match self.single_value(&args[0], other, None) {
                        Some(v) => v.ty,
                        None => return Operand::Invalid,
                    },
                };
                let n = if b == Builtin::Sizeof {
                    self.types.size(ty)
                } else {
                    self.types.align(ty)
                };
                let uintptr = self.types.basic(Basic::Uintptr);
                Operand::Const {
                    ty: uintptr,
                    value: Value::Int(n as i128),
                }
            }
            Builtin::Panic => {
                if args.len() != 1 {
                    self.error(e.span, "wrong number of arguments to panic");
                    return Operand::Invalid;
                }
                self.unsupported(e.span, "calls of panic")
            }
            other => {
                for a in args {
                    let _ = self.expr(a, None);
                }
                self.limit(
                    e.span,
                    format!("{} is not supported by wexlab", other.name()),
                );
                Operand::Invalid
            }
        }
    }

    /// The arguments of print/println, untyped constants given their default types.
    pub(super) fn print_args(&mut self, args: &[ast::Expr]) -> Option<Vec<hir::Expr>> {
        let mut out = Vec::new();
        let mut ok = true;
        for a in args {
            let op = self.expr(a, None);
            let v = match op {
                Operand::Const { ty, value } if self.types.is_string(ty) => Some(hir::Expr {
                    kind: ExprKind::Const(value),
                    ty: self.types.basic(Basic::String),
                    span: a.span,
                }),
                Operand::Nil => {
                    self.error(a.span, "use of untyped nil in argument to built-in print");
                    None
                }
                op => self.single_value(a, op, None),
            };
            match v {
                Some(v) => {
                    if let Some(what) = self.unsupported_value_type(v.ty)
                        && (!matches!(v.kind, ExprKind::Const(_)) || !self.types.is_string(v.ty))
                    {
                        self.unsupported(a.span, &format!("printing {what}"));
                        ok = false;
                        continue;
                    }
                    out.push(v)
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}
