//! The builtins of slices: make, append, copy and clear, with types2's
//! messages for their misuse.

use super::body::{BodyChecker, ValueContext};
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, TypeId, TypeKind};
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    /// `make([]T, n)` or `make([]T, n, c)`.
    pub(super) fn make(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let Some(first) = args.first() else {
            return self.wrong_arg_count(e, args, 1);
        };
        let ty = match self.expr(first, None) {
            Operand::Type(t) => t,
            Operand::Invalid => return Operand::Invalid,
            _ => {
                let text = self.text(first.span);
                self.error(first.span, format!("{text} is not a type"));
                return Operand::Invalid;
            }
        };
        match self.types.under(ty) {
            TypeKind::Slice(_) => {}
            TypeKind::Map(..) => return self.make_map(e, ty, args),
            TypeKind::Chan(..) => return self.unsupported(e.span, "channels"),
            TypeKind::Invalid => return Operand::Invalid,
            _ => {
                let name = self.types.display(ty);
                self.error(
                    first.span,
                    format!(
                        "invalid argument: cannot make {name}; type must be slice, map, or channel"
                    ),
                );
                return Operand::Invalid;
            }
        }
        if !(2..=3).contains(&args.len()) {
            let call = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "invalid operation: {call} expects 2 or 3 arguments; found {}",
                    args.len()
                ),
            );
            return Operand::Invalid;
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            sizes.push(self.index_operand(a, None));
        }
        if sizes.iter().any(Option::is_none) {
            return Operand::Invalid;
        }
        let sizes: Vec<(hir::Expr, Option<i128>)> = sizes.into_iter().flatten().collect();
        if let [(_, Some(n)), (_, Some(c))] = sizes.as_slice()
            && n > c
        {
            self.error(
                args[1].span,
                "invalid argument: length and capacity swapped",
            );
            return Operand::Invalid;
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            return self.unsupported(e.span, what);
        }
        let mut sizes = sizes.into_iter().map(|(v, _)| Box::new(v));
        let n = sizes.next();
        let c = sizes.next();
        let Some(n) = n else {
            return Operand::Invalid;
        };
        Operand::Value(hir::Expr {
            kind: ExprKind::MakeSlice(n, c),
            ty,
            span: e.span,
        })
    }

    /// `append(s, values…)` or `append(s, t...)`.
    pub(super) fn append(
        &mut self,
        e: &'a ast::Expr,
        args: &'a [ast::Expr],
        spread: bool,
    ) -> Operand {
        let Some(first) = args.first() else {
            return self.wrong_arg_count(e, args, 1);
        };
        let op = self.expr(first, None);
        if matches!(op, Operand::Nil) {
            self.error(
                first.span,
                "invalid append: first argument must be a typed slice; found untyped nil",
            );
            return Operand::Invalid;
        }
        let Some(s) = self.single_value(first, op, None) else {
            return Operand::Invalid;
        };
        let TypeKind::Slice(elem) = *self.types.under(s.ty) else {
            let desc = self.describe(first.span, &Operand::Value(s));
            self.error(
                first.span,
                format!("invalid append: argument must be a slice; have {desc}"),
            );
            return Operand::Invalid;
        };
        let rest = &args[1..];
        let context = || ValueContext::Argument("append".to_string());
        let mut values = Vec::new();
        if spread {
            let [t] = rest else {
                let call = self.text(e.span);
                self.error(
                    e.span,
                    format!("can only use ... with final argument in list: {call}"),
                );
                return Operand::Invalid;
            };
            let op = self.expr(t, None);
            let bytes = self.types.basic_of(elem) == Some(Basic::Uint8);
            let v = match op {
                Operand::Const { ty, .. } | Operand::Value(hir::Expr { ty, .. })
                    if bytes && self.types.is_string(ty) =>
                {
                    self.single_value(t, op, None)
                }
                op => self.assign_to(t, op, s.ty, context()),
            };
            let Some(v) = v else {
                return Operand::Invalid;
            };
            values.push(v);
        } else {
            for a in rest {
                let op = self.expr(a, Some(elem));
                match self.assign_to(a, op, elem, context()) {
                    Some(v) => values.push(v),
                    None => return Operand::Invalid,
                }
            }
        }
        let ty = s.ty;
        Operand::Value(hir::Expr {
            kind: ExprKind::Append {
                slice: Box::new(s),
                values,
                spread,
            },
            ty,
            span: e.span,
        })
    }

    /// `copy(dst, src)`: of slices of one element type, or from a string
    /// into a slice of bytes.
    pub(super) fn copy(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let [d, s] = args else {
            return self.wrong_arg_count(e, args, 2);
        };
        let (Some(dst), Some(src)) = (self.value(d, None), self.value(s, None)) else {
            return Operand::Invalid;
        };
        let elem_of = |this: &Self, t: TypeId| match this.types.under(t) {
            TypeKind::Slice(e) => Some(*e),
            _ if this.types.is_string(t) => Some(this.types.known_basic(Basic::Byte)),
            _ => None,
        };
        let (de, se) = (elem_of(self, dst.ty), elem_of(self, src.ty));
        let (Some(de), Some(se)) = (de.filter(|_| self.types.is_slice(dst.ty)), se) else {
            let dd = self.describe(d.span, &Operand::Value(dst));
            let sd = self.describe(s.span, &Operand::Value(src));
            self.error(
                d.span,
                format!("invalid copy: expects slice arguments; found {dd} and {sd}"),
            );
            return Operand::Invalid;
        };
        if !self.types.identical(de, se) {
            let dd = self.describe(d.span, &Operand::Value(dst));
            let sd = self.describe(s.span, &Operand::Value(src));
            let (dt, st) = (self.types.display(de), self.types.display(se));
            self.error(
                d.span,
                format!(
                    "invalid copy: arguments {dd} and {sd} have different element types {dt} and {st}"
                ),
            );
            return Operand::Invalid;
        }
        let int = self.types.basic(Basic::Int);
        Operand::Value(hir::Expr {
            kind: ExprKind::Copy(Box::new(dst), Box::new(src)),
            ty: int,
            span: e.span,
        })
    }

    /// `clear(s)` of a slice: a statement.
    pub(super) fn clear(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let [a] = args else {
            let call = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "invalid operation: wrong number of arguments for {call} (expected 1, found {})",
                    args.len()
                ),
            );
            return Operand::Invalid;
        };
        let Some(v) = self.value(a, None) else {
            return Operand::Invalid;
        };
        if !self.types.is_slice(v.ty) && self.map_of(v.ty).is_none() {
            let desc = self.describe(a.span, &Operand::Value(v));
            self.error(
                a.span,
                format!("invalid argument: {desc} must be a map, slice, or type parameter"),
            );
            return Operand::Invalid;
        }
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        Operand::Void(hir::Expr {
            kind: ExprKind::Clear(Box::new(v)),
            ty: void,
            span: e.span,
        })
    }
}
