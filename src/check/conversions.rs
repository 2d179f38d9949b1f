//! Conversions, of constants and of values.

use super::body::BodyChecker;
use super::constant::{self, Value};
use super::hir::{self, ExprKind};
use super::operand::{Operand, kinds_compatible};
use super::types::{Basic, TypeId, TypeKind};
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn conversion(
        &mut self,
        e: &'a ast::Expr,
        to: TypeId,
        args: &'a [ast::Expr],
    ) -> Operand {
        if args.len() != 1 {
            let msg = if args.is_empty() {
                format!(
                    "missing argument in conversion to {}",
                    self.types.display(to)
                )
            } else {
                format!(
                    "too many arguments in conversion to {}",
                    self.types.display(to)
                )
            };
            self.error(e.span, msg);
            return Operand::Invalid;
        }
        let x = &args[0];
        let op = self.expr(x, None);
        if self.types.is_invalid(to) {
            return Operand::Invalid;
        }
        // To an interface, a func type, a channel…: valid Go that wexlab
        // cannot hold, never a "cannot convert".
        if let Some(what) = self.unsupported_value_type(to) {
            return self.unsupported(e.span, what);
        }
        match op {
            Operand::Const { ty, value } => {
                let to_basic = self.types.basic_of(to);
                match to_basic {
                    Some(b)
                        if b != Basic::UnsafePointer
                            && kinds_convertible(self.types.basic_of(ty), b) =>
                    {
                        match constant::convert(&value, b) {
                            Ok(v) => Operand::Const { ty: to, value: v },
                            Err(why) => {
                                // Go: "constant 300 overflows int8" (integer to
                                // integer only), "cannot convert 1.5 (untyped
                                // float constant) to type int32".
                                let int_to_int = self.types.is_integer(ty) && b.is_integer();
                                let msg = if why == "overflows" && int_to_int {
                                    format!(
                                        "constant {} overflows {}",
                                        value.display(),
                                        self.types.display(to)
                                    )
                                } else {
                                    let desc = self.describe(x.span, &Operand::Const { ty, value });
                                    format!(
                                        "cannot convert {desc} to type {}",
                                        self.types.display(to)
                                    )
                                };
                                self.error(x.span, msg);
                                Operand::Invalid
                            }
                        }
                    }
                    Some(b) if b != Basic::UnsafePointer && self.types.basic_of(ty).is_some() => {
                        let desc = self.describe(x.span, &Operand::Const { ty, value });
                        self.error(
                            x.span,
                            format!("cannot convert {desc} to type {}", self.types.display(to)),
                        );
                        Operand::Invalid
                    }
                    _ => {
                        // A constant to a pointer type: convert as a value.
                        let Some(v) = self.single_value(x, Operand::Const { ty, value }, None)
                        else {
                            return Operand::Invalid;
                        };
                        self.value_conversion(e, x, v, to)
                    }
                }
            }
            Operand::Nil => {
                if self.types.is_pointer(to)
                    || self.types.is_unsafe_pointer(to)
                    || self.types.is_slice(to)
                {
                    Operand::Value(hir::Expr {
                        kind: ExprKind::Const(Value::Int(0)),
                        ty: to,
                        span: e.span,
                    })
                } else {
                    self.error(
                        x.span,
                        format!("cannot convert nil to type {}", self.types.display(to)),
                    );
                    Operand::Invalid
                }
            }
            // An untyped boolean value converts to a boolean type by taking
            // it, and to no other type.
            Operand::Value(v) if self.types.is_untyped(v.ty) => {
                if !self.types.is_boolean(to) {
                    let desc = self.describe(x.span, &Operand::Value(v));
                    let to = self.types.display(to);
                    self.error(x.span, format!("cannot convert {desc} to type {to}"));
                    return Operand::Invalid;
                }
                Operand::Value(hir::Expr {
                    span: e.span,
                    ..self.fix_untyped_value(v, Some(to))
                })
            }
            op => {
                let Some(v) = self.single_value(x, op, None) else {
                    return Operand::Invalid;
                };
                self.value_conversion(e, x, v, to)
            }
        }
    }

    fn value_conversion(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        v: hir::Expr,
        to: TypeId,
    ) -> Operand {
        let from = v.ty;
        let fb = self.types.basic_of(from);
        let tb = self.types.basic_of(to);
        let numeric = |b: Option<Basic>| {
            b.is_some_and(|b| (b.is_integer() || b.is_float()) && !b.is_untyped())
        };
        let ok = self
            .types
            .identical(self.types.underlying(from), self.types.underlying(to))
            || (numeric(fb) && numeric(tb))
            || (self.types.is_integer(from) && self.types.is_string(to))
            || (fb == Some(Basic::UnsafePointer)
                && (tb == Some(Basic::Uintptr) || self.types.is_pointer(to)))
            || (tb == Some(Basic::UnsafePointer)
                && (fb == Some(Basic::Uintptr) || self.types.is_pointer(from)))
            || (self.types.is_pointer(from)
                && self.types.is_pointer(to)
                && !self.types.is_named(from)
                && !self.types.is_named(to)
                && self.types.identical(
                    self.types
                        .underlying(self.types.pointee(from).unwrap_or(from)),
                    self.types.underlying(self.types.pointee(to).unwrap_or(to)),
                ));
        // []byte(s) and []rune(s): valid Go, of a type wexlab cannot hold yet.
        let byte_or_rune_slice = match self.types.under(to) {
            TypeKind::Slice(elem) => matches!(
                self.types.basic_of(*elem).map(Basic::canonical),
                Some(Basic::Uint8 | Basic::Int32)
            ),
            _ => false,
        };
        if let Some(symbol) = self.string_slice_conversion(from, to) {
            let mut args = vec![];
            if self.types.is_string(from) {
                let exact = matches!(v.kind, ExprKind::Const(_));
                let bool_t = self.types.basic(Basic::Bool);
                args.push(hir::Expr {
                    kind: ExprKind::Const(Value::Bool(exact)),
                    ty: bool_t,
                    span: v.span,
                });
            }
            args.insert(0, v);
            return self
                .runtime_call(e.span, symbol, args, to)
                .map_or(Operand::Invalid, Operand::Value);
        }
        let _ = byte_or_rune_slice;
        if self.types.is_slice(from) && self.slice_to_array(from, to) {
            return Operand::Value(hir::Expr {
                kind: ExprKind::Conv(Box::new(v)),
                ty: to,
                span: e.span,
            });
        }
        if !ok {
            let desc = self.describe(x.span, &Operand::Value(v));
            self.error(
                x.span,
                format!("cannot convert {desc} to type {}", self.types.display(to)),
            );
            return Operand::Invalid;
        }
        if let Some(what) = self.unsupported_value_type(to) {
            return self.unsupported(e.span, what);
        }
        // string(r): the runtime encodes the rune.
        if self.types.is_string(to) && self.types.is_integer(from) {
            return self
                .int_string(e.span, v, to)
                .map_or(Operand::Invalid, Operand::Value);
        }
        Operand::Value(hir::Expr {
            kind: ExprKind::Conv(Box::new(v)),
            ty: to,
            span: e.span,
        })
    }

    /// Whether `to` is an array, or a pointer to one, of `from`'s element
    /// type (Go converts a slice to it, checking the length).
    fn slice_to_array(&self, from: TypeId, to: TypeId) -> bool {
        let TypeKind::Slice(elem) = self.types.under(from) else {
            return false;
        };
        let target = self.types.pointee(to).unwrap_or(to);
        matches!(self.types.under(target), TypeKind::Array(_, e) if self.types.identical(*e, *elem))
    }

    /// The runtime function that converts between strings and slices of
    /// bytes or runes, if `from` and `to` are such a pair.
    fn string_slice_conversion(&self, from: TypeId, to: TypeId) -> Option<&'static str> {
        let elem = |t: TypeId| match self.types.under(t) {
            TypeKind::Slice(e) => self.types.basic_of(*e).map(Basic::canonical),
            _ => None,
        };
        match (self.types.is_string(from), self.types.is_string(to)) {
            (true, false) => match elem(to)? {
                Basic::Uint8 => Some("runtime.stringtoslicebyte"),
                Basic::Int32 => Some("runtime.stringtoslicerune"),
                _ => None,
            },
            (false, true) => match elem(from)? {
                Basic::Uint8 => Some("runtime.slicebytetostring"),
                Basic::Int32 => Some("runtime.slicerunetostring"),
                _ => None,
            },
            _ => None,
        }
    }

    /// Converts an untyped constant operand to `to` (for binary operators).
    pub(super) fn convert_operand(&mut self, e: &'a ast::Expr, op: Operand, to: TypeId) -> Operand {
        match op {
            Operand::Const { ty, value } => {
                let from = self.types.basic_of(ty);
                let target = self
                    .types
                    .basic_of(to)
                    .filter(|&b| kinds_compatible(from, b));
                let Some(b) = target else {
                    let desc = self.describe(
                        e.span,
                        &Operand::Const {
                            ty,
                            value: value.clone(),
                        },
                    );
                    let to = self.types.display(to);
                    self.error(e.span, format!("cannot convert {desc} to type {to}"));
                    return Operand::Invalid;
                };
                match constant::represent(&value, b) {
                    Some(v) => Operand::Const { ty: to, value: v },
                    None => {
                        // Go: "300 (untyped int constant) overflows int8",
                        // "1.5 (untyped float constant) truncated to uint".
                        let why = if value.is_fractional() && b.is_integer() {
                            "truncated to"
                        } else {
                            "overflows"
                        };
                        let desc = self.describe(
                            e.span,
                            &Operand::Const {
                                ty,
                                value: value.clone(),
                            },
                        );
                        self.error(e.span, format!("{desc} {why} {}", self.types.display(to)));
                        Operand::Invalid
                    }
                }
            }
            other => other,
        }
    }
}

/// Constant conversions allow int→string besides the assignable kinds.
pub(super) fn kinds_convertible(from: Option<Basic>, to: Basic) -> bool {
    kinds_compatible(from, to) || (from.is_some_and(|f| f.is_integer()) && to.is_string())
}
