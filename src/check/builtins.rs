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
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
        ellipsis: bool,
        _hint: Option<TypeId>,
    ) -> Operand {
        match b {
            Builtin::Print | Builtin::Println => {
                // As a statement, print is handled before getting here; as a value it has none.
                let _ = self.print_args(args, b == Builtin::Println);
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
            Builtin::Offsetof => self.offsetof(e, args),
            Builtin::Len => self.len(e, args, false),
            Builtin::Cap => self.len(e, args, true),
            Builtin::Make => self.make(e, args),
            Builtin::Append => self.append(e, args, ellipsis),
            Builtin::Copy => self.copy(e, args),
            Builtin::Clear => self.clear(e, args),
            Builtin::Delete => self.delete_call(e, args),
            Builtin::New => self.new_call(e, args),
            Builtin::Add
            | Builtin::UnsafeSlice
            | Builtin::SliceData
            | Builtin::UnsafeString
            | Builtin::StringData => self.unsafe_call(e, b, args),
            Builtin::Min | Builtin::Max => self.min_max(e, args, b == Builtin::Max),
            Builtin::Panic => self.panic_call(e, args),
            Builtin::Recover => self.recover_as_value(e, args),
            Builtin::KeepAlive => self.keep_alive(e, args),
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
    pub(super) fn print_args(
        &mut self,
        args: &'a [ast::Expr],
        newline: bool,
    ) -> Option<Vec<hir::Expr>> {
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
                    // Go's compiler (not types2) refuses to print these.
                    if self.types.is_aggregate(v.ty) {
                        let name = if newline { "println" } else { "print" };
                        let ty = self.types.display(v.ty);
                        self.error(a.span, format!("illegal types for operand: {name}\n\t{ty}"));
                        ok = false;
                        continue;
                    }
                    if let Some(what) = self.unsupported_value_type(v.ty) {
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

impl<'a> BodyChecker<'_, 'a> {
    /// Go's error for a builtin called with too few or too many arguments
    /// (each is checked first, for its own errors).
    pub(super) fn wrong_arg_count(
        &mut self,
        e: &'a ast::Expr,
        args: &'a [ast::Expr],
        expected: usize,
    ) -> Operand {
        for a in args {
            let _ = self.expr(a, None);
        }
        let call = self.text(e.span);
        let which = if args.len() < expected {
            "not enough"
        } else {
            "too many"
        };
        self.error(
            e.span,
            format!(
                "invalid operation: {which} arguments for {call} (expected {expected}, found {})",
                args.len()
            ),
        );
        Operand::Invalid
    }

    /// `unsafe.Offsetof(x.f)`: the constant offset of field `f` within the
    /// struct `x` is (or points to), following embedded fields as a
    /// selector would, but never through a pointer (Go's rules and errors,
    /// types2's builtins.go). The argument is not evaluated.
    fn offsetof(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let [arg] = args else {
            return self.wrong_arg_count(e, args, 1);
        };
        let mut inner = arg;
        while let ast::ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        let ast::ExprKind::Selector(x, sel) = &inner.kind else {
            let text = self.text(arg.span);
            // Its names still count as used, and undefined ones are reported.
            let _ = self.expr(arg, None);
            self.error(
                arg.span,
                format!("invalid argument: {text} is not a selector expression"),
            );
            return Operand::Invalid;
        };
        let Some(v) = self.value(x, None) else {
            return Operand::Invalid;
        };
        // A pointer to a struct stands for the struct, as in a selector.
        let base = match self.types.pointee(v.ty) {
            Some(p) if matches!(self.types.under(p), TypeKind::Struct(_)) => p,
            _ => v.ty,
        };
        let opaque = self.opaque_type();
        let path = match super::fields::lookup_field(&self.types, base, &sel.name, opaque) {
            super::fields::Lookup::Found(path) => path,
            super::fields::Lookup::Missing if self.has_method(base, &sel.name) => {
                let text = self.text(arg.span);
                self.error(
                    arg.span,
                    format!("invalid argument: {text} is a method value"),
                );
                return Operand::Invalid;
            }
            _ => {
                let shown = self.types.display(base);
                self.error(
                    x.span,
                    format!("invalid argument: {shown} has no single field {}", sel.name),
                );
                return Operand::Invalid;
            }
        };
        // Sum the offsets along the path; an embedded pointer on the way
        // puts the field outside the struct's memory.
        let mut cur = base;
        let mut offset = 0u64;
        for (step, &i) in path.iter().enumerate() {
            let (field_ty, at) = match (self.types.under(cur), self.types.field_offsets(cur).get(i))
            {
                (TypeKind::Struct(fields), Some(&at)) if i < fields.len() => (fields[i].ty, at),
                _ => return Operand::Invalid,
            };
            if step + 1 < path.len() && self.types.is_pointer(field_ty) {
                let shown = self.types.display(base);
                self.error(
                    x.span,
                    format!(
                        "invalid argument: field {} is embedded via a pointer in {shown}",
                        sel.name
                    ),
                );
                return Operand::Invalid;
            }
            offset += at;
            cur = field_ty;
        }
        let uintptr = self.types.basic(Basic::Uintptr);
        Operand::Const {
            ty: uintptr,
            value: Value::Int(offset as i128),
        }
    }

    /// The length of an array type or of the array a pointer type points to.
    fn array_length(&self, ty: TypeId) -> Option<u64> {
        let base = self.types.pointee(ty).unwrap_or(ty);
        match self.types.under(base) {
            TypeKind::Array(n, _) => Some(*n),
            _ => None,
        }
    }

    /// `new(T)`: a pointer to a new zeroed `T`.
    fn new_call(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let [arg] = args else {
            return self.wrong_arg_count(e, args, 1);
        };
        let ty = match self.expr(arg, None) {
            Operand::Type(t) => t,
            Operand::Invalid => return Operand::Invalid,
            _ => {
                let text = self.text(arg.span);
                self.error(arg.span, format!("{text} is not a type"));
                return Operand::Invalid;
            }
        };
        if self.types.is_invalid(ty) {
            return Operand::Invalid;
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            return self.unsupported(e.span, what);
        }
        let pty = self.types.pointer(ty);
        Operand::Value(hir::Expr {
            kind: ExprKind::New,
            ty: pty,
            span: e.span,
        })
    }

    /// Whether Go defines `len` on `ty` though wexlab does not yet: arrays,
    /// pointers to arrays, slices, maps and channels.
    fn has_length_later(&self, ty: TypeId) -> bool {
        let under = match self.types.pointee(ty) {
            Some(p) => self.types.under(p),
            None => self.types.under(ty),
        };
        match under {
            TypeKind::Array(..) => true,
            TypeKind::Map(..) => false,
            _ => self.types.pointee(ty).is_none() && !matches!(under, TypeKind::Basic(_)),
        }
    }

    /// `len(x)` or `cap(x)`: a constant of a constant string (len) or of
    /// an array or a pointer to one, else the length (or capacity) of a
    /// string (len) or slice value.
    fn len(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr], cap: bool) -> Operand {
        let name = if cap { "cap" } else { "len" };
        let [arg] = args else {
            return self.wrong_arg_count(e, args, 1);
        };
        let op = self.expr(arg, None);
        let int = self.types.basic(Basic::Int);
        let value = |kind: fn(Box<hir::Expr>) -> ExprKind, v: hir::Expr| {
            Operand::Value(hir::Expr {
                kind: kind(Box::new(v)),
                ty: int,
                span: e.span,
            })
        };
        match op {
            Operand::Invalid => Operand::Invalid,
            Operand::Const {
                value: Value::Str(s),
                ..
            } if !cap => Operand::Const {
                ty: int,
                value: Value::Int(s.len() as i128),
            },
            Operand::Value(v) if self.types.is_string(v.ty) && !cap => value(ExprKind::Len, v),
            Operand::Value(v) if self.map_of(v.ty).is_some() && !cap => value(ExprKind::Len, v),
            Operand::Value(v) if self.types.is_slice(v.ty) => {
                value(if cap { ExprKind::Cap } else { ExprKind::Len }, v)
            }
            Operand::Value(ref v) if self.array_length(v.ty).is_some() => Operand::Const {
                ty: int,
                value: Value::Int(self.array_length(v.ty).unwrap_or(0) as i128),
            },
            Operand::Value(ref v) if self.has_length_later(v.ty) => {
                self.limit(e.span, format!("{name} is not supported by wexlab"));
                Operand::Invalid
            }
            op @ (Operand::Const { .. } | Operand::Value(_) | Operand::Nil) => {
                let desc = self.describe(arg.span, &op);
                self.error(
                    arg.span,
                    format!("invalid argument: {desc} for built-in {name}"),
                );
                Operand::Invalid
            }
            op => {
                let _ = self.single_value(arg, op, None);
                Operand::Invalid
            }
        }
    }
}
