//! The operand (what an expression turned out to be) and how it becomes a
//! value of a given type.

use super::StdPkg;
use super::body::{BodyChecker, ValueContext};
use super::constant::{self, Value};
use super::hir::{self, ExprKind};
use super::types::{Basic, TypeId, TypeKind};
use super::universe::Builtin;
use crate::diag::Span;
use crate::syntax::ast::{self};

/// What an expression turned out to be.
#[derive(Clone, Debug)]
pub(super) enum Operand {
    /// A constant; its type may be untyped.
    Const {
        ty: TypeId,
        value: Value,
    },
    /// A typed value.
    Value(hir::Expr),
    /// A call with several results (the expression's type is a tuple).
    Tuple(hir::Expr),
    /// A call without results.
    Void(hir::Expr),
    Type(TypeId),
    Builtin(Builtin),
    Func(hir::FuncId),
    /// `x.m`, a method with its receiver (adjusted to the method's
    /// receiver type); only a call may use it.
    Method(hir::FuncId, Box<hir::Expr>),
    /// A package name, which only a selector may use.
    Package(StdPkg),
    Nil,
    /// Already reported.
    Invalid,
}

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn operand_type(&self, op: &Operand) -> Option<TypeId> {
        match op {
            Operand::Const { ty, .. } => Some(*ty),
            Operand::Value(v) => Some(v.ty),
            _ => None,
        }
    }

    /// Go's description of an operand in messages: `x (variable of type int64)`.
    pub(super) fn describe(&self, span: Span, op: &Operand) -> String {
        let text = self.text(span);
        match op {
            Operand::Const { ty, value } => {
                // The value is shown when it reads differently from the
                // expression (as go/types prints operands).
                let v = value.display();
                let shown = if v == text {
                    String::new()
                } else {
                    format!(" {v}")
                };
                if self.types.is_untyped(*ty) {
                    format!("{text} ({} constant{shown})", self.types.display(*ty))
                } else {
                    format!(
                        "{text} (constant{shown} of {}type {})",
                        self.kind_prefix(*ty),
                        self.types.display(*ty)
                    )
                }
            }
            // A comparison, or `!`, `&&`, `||` of comparisons, before
            // anything fixed its type.
            Operand::Value(e) if self.types.is_untyped(e.ty) => {
                format!("{text} ({} value)", self.types.display(e.ty))
            }
            Operand::Value(e) => {
                let what = match e.kind {
                    ExprKind::Local(_) | ExprKind::Global(_) => "variable",
                    ExprKind::Map(hir::MapOp::Index, _) => "map index expression",
                    _ => "value",
                };
                format!(
                    "{text} ({what} of {}type {})",
                    self.kind_prefix(e.ty),
                    self.types.display(e.ty)
                )
            }
            Operand::Tuple(e) | Operand::Void(e) => {
                format!("{text} (value of type {})", self.types.display(e.ty))
            }
            Operand::Nil => "nil".to_string(),
            _ => text,
        }
    }

    /// What types2 says of a defined type's structure before its name:
    /// `struct type T`, `int32 type MyInt`; nothing for other types.
    fn kind_prefix(&self, ty: TypeId) -> String {
        if !self.types.is_named(ty) {
            return String::new();
        }
        let kind = match self.types.under(ty) {
            TypeKind::Basic(b) => b.name(),
            TypeKind::Array(..) => "array",
            TypeKind::Slice(_) => "slice",
            TypeKind::Struct(_) => "struct",
            TypeKind::Pointer(_) => "pointer",
            TypeKind::Func(_) => "func",
            TypeKind::Interface(_) => "interface",
            TypeKind::Map(..) => "map",
            TypeKind::Chan(..) => "chan",
            TypeKind::Tuple(_) => "tuple",
            TypeKind::Named { .. } | TypeKind::Invalid => return String::new(),
        };
        format!("{kind} ")
    }

    /// A single value of the expression, untyped constants made typed
    /// (to `hint` when given, else to their default type).
    pub(super) fn value(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Option<hir::Expr> {
        let op = self.expr(e, hint);
        self.single_value(e, op, hint)
    }

    pub(super) fn single_value(
        &mut self,
        e: &'a ast::Expr,
        op: Operand,
        target: Option<TypeId>,
    ) -> Option<hir::Expr> {
        match op {
            Operand::Const { ty, value } => {
                let to = match target {
                    Some(t) if self.types.is_untyped(ty) => t,
                    _ => self.default_type(ty),
                };
                self.const_value(e, ty, &value, to)
            }
            Operand::Value(v) if self.types.is_untyped(v.ty) => {
                Some(self.fix_untyped_value(v, target))
            }
            Operand::Value(v) => Some(v),
            Operand::Tuple(_) => {
                self.error(
                    e.span,
                    format!(
                        "multiple-value {} in single-value context",
                        self.describe(e.span, &op)
                    ),
                );
                None
            }
            Operand::Void(_) => {
                self.error(
                    e.span,
                    format!("{} (no value) used as value", self.text(e.span)),
                );
                None
            }
            Operand::Type(_) => {
                self.error(
                    e.span,
                    format!("{} (type) is not an expression", self.text(e.span)),
                );
                None
            }
            Operand::Builtin(b) => {
                self.error(
                    e.span,
                    format!(
                        "{} (built-in function {}) must be called",
                        self.text(e.span),
                        b.name()
                    ),
                );
                None
            }
            Operand::Func(f) => self.func_value(e.span, f),
            Operand::Method(f, _) if self.is_pinner_pin(f) => {
                let _ = self.pin_value(e.span);
                None
            }
            Operand::Method(f, recv) => self.method_value(e.span, f, *recv),
            Operand::Package(pkg) => {
                self.error(
                    e.span,
                    format!("use of package {} not in selector", pkg.name()),
                );
                None
            }
            Operand::Nil => match target {
                Some(t)
                    if self.types.is_pointer(t)
                        || self.types.is_unsafe_pointer(t)
                        || self.types.is_slice(t)
                        || self.types.is_func(t)
                        || self.map_of(t).is_some() =>
                {
                    Some(hir::Expr {
                        kind: ExprKind::Const(Value::Int(0)),
                        ty: t,
                        span: e.span,
                    })
                }
                // Valid Go for these types, outside wexlab's subset.
                Some(t) if self.unsupported_value_type(t).is_some() => {
                    let what = self.unsupported_value_type(t).unwrap_or("these types");
                    self.limit(e.span, format!("{what} are not supported by wexlab"));
                    None
                }
                Some(t) if !self.types.is_invalid(t) => {
                    let message = format!(
                        "cannot use nil as {} value in {}",
                        self.types.display(t),
                        self.context_name()
                    );
                    self.error(e.span, message);
                    None
                }
                _ => {
                    let message = format!("use of untyped nil in {}", self.context_name());
                    self.error(e.span, message);
                    None
                }
            },
            Operand::Invalid => None,
        }
    }

    /// Gives an untyped boolean value its type: `target` when that is a
    /// boolean type (or still untyped), else the default `bool`; callers
    /// that must reject other targets do so before.
    pub(super) fn fix_untyped_value(
        &mut self,
        mut v: hir::Expr,
        target: Option<TypeId>,
    ) -> hir::Expr {
        let to = match target {
            Some(t) if self.types.is_boolean(t) => t,
            _ => self.default_type(v.ty),
        };
        set_untyped_type(&mut v, to);
        v
    }

    pub(super) fn untyped(&mut self, b: Basic, value: Value) -> Operand {
        Operand::Const {
            ty: self.types.basic(b),
            value,
        }
    }

    /// Checks that a constant of a typed type stays in its range (Go: "constant 256 overflows uint8").
    pub(super) fn typed_const(&mut self, e: &'a ast::Expr, ty: TypeId, v: Value) -> Operand {
        if !self.types.is_untyped(ty)
            && let Some(b) = self.types.basic_of(ty)
        {
            let Some(rounded) = constant::represent(&v, b) else {
                self.error(
                    e.span,
                    format!(
                        "{} (constant {} of type {}) overflows {}",
                        self.text(e.span),
                        v.display(),
                        self.types.display(ty),
                        self.types.display(ty)
                    ),
                );
                return Operand::Invalid;
            };
            // Typed float constants hold their type's exact value.
            if b.is_float() {
                return Operand::Const { ty, value: rounded };
            }
        }
        Operand::Const { ty, value: v }
    }

    pub(super) fn default_type(&mut self, ty: TypeId) -> TypeId {
        match self.types.kind(ty) {
            TypeKind::Basic(b) => match b {
                Basic::UntypedBool => self.types.basic(Basic::Bool),
                Basic::UntypedInt => self.types.basic(Basic::Int),
                Basic::UntypedRune => self.types.basic(Basic::Rune),
                Basic::UntypedFloat => self.types.basic(Basic::Float64),
                Basic::UntypedString => self.types.basic(Basic::String),
                _ => ty,
            },
            _ => ty,
        }
    }

    /// Makes a typed constant expression of `value` (of type `from`) as `to`.
    fn const_value(
        &mut self,
        e: &'a ast::Expr,
        from: TypeId,
        value: &Value,
        to: TypeId,
    ) -> Option<hir::Expr> {
        if self.types.is_invalid(to) {
            return None;
        }
        if self.types.basic_of(to).is_some_and(Basic::is_complex) && self.types.is_numeric(from) {
            self.limit(e.span, "complex numbers are not supported by wexlab");
            return None;
        }
        let Some(b) = self.types.basic_of(to) else {
            if let Some(what) = self.unsupported_value_type(to) {
                // A constant to an interface: valid Go outside the subset.
                self.limit(e.span, format!("{what} are not supported by wexlab"));
                return None;
            }
            self.error(
                e.span,
                format!(
                    "cannot use {} as {} value in {}",
                    self.describe(
                        e.span,
                        &Operand::Const {
                            ty: from,
                            value: value.clone()
                        }
                    ),
                    self.types.display(to),
                    self.context_name()
                ),
            );
            return None;
        };
        if b == Basic::UnsafePointer {
            self.error(
                e.span,
                format!(
                    "cannot use {} as unsafe.Pointer value in {}",
                    self.describe(
                        e.span,
                        &Operand::Const {
                            ty: from,
                            value: value.clone()
                        }
                    ),
                    self.context_name()
                ),
            );
            return None;
        }
        match constant::represent(value, b) {
            Some(v) if kinds_compatible(self.types.basic_of(from), b) => Some(hir::Expr {
                kind: ExprKind::Const(v),
                ty: to,
                span: e.span,
            }),
            Some(_) | None => {
                let op = Operand::Const {
                    ty: from,
                    value: value.clone(),
                };
                let reason = if !kinds_compatible(self.types.basic_of(from), b) {
                    ""
                } else if value.is_fractional() && b.is_integer() {
                    " (truncated)"
                } else {
                    " (overflows)"
                };
                if self.types.is_untyped(from) && !reason.is_empty() {
                    self.error(
                        e.span,
                        format!(
                            "cannot use {} as {} value in {}{}",
                            self.describe(e.span, &op),
                            self.types.display(to),
                            self.context_name(),
                            reason
                        ),
                    );
                } else {
                    self.error(
                        e.span,
                        format!(
                            "cannot use {} as {} value in {}",
                            self.describe(e.span, &op),
                            self.types.display(to),
                            self.context_name()
                        ),
                    );
                }
                None
            }
        }
    }

    /// Checks that an operand can be assigned to a variable of type `to` and
    /// returns its value. `context` names the place for Go's message.
    pub(super) fn assign_to(
        &mut self,
        e: &'a ast::Expr,
        op: Operand,
        to: TypeId,
        context: ValueContext,
    ) -> Option<hir::Expr> {
        if self.fctx.package_level {
            return self.assign_inner(e, op, to, &context);
        }
        let saved = std::mem::replace(&mut self.fctx.context, context.clone());
        let result = self.assign_inner(e, op, to, &context);
        self.fctx.context = saved;
        result
    }

    /// Go's error for a value that is not assignable to `to`; no value.
    fn cannot_use(
        &mut self,
        e: &'a ast::Expr,
        op: &Operand,
        to: TypeId,
        context: &ValueContext,
    ) -> Option<hir::Expr> {
        // Go's assignability to an interface (method sets) or a channel
        // (directions) is beyond wexlab's checker: the value may well fit.
        if let Some(what) = self.unsupported_value_type(to) {
            self.limit(e.span, format!("{what} are not supported by wexlab"));
            return None;
        }
        let desc = self.describe(e.span, op);
        let to = self.types.display(to);
        self.error(
            e.span,
            format!("cannot use {desc} as {to} value in {context}"),
        );
        None
    }

    fn assign_inner(
        &mut self,
        e: &'a ast::Expr,
        op: Operand,
        to: TypeId,
        context: &ValueContext,
    ) -> Option<hir::Expr> {
        if self.types.is_invalid(to) {
            return None;
        }
        match self.func_operand(e, op) {
            Operand::Const { ty, ref value } if self.types.is_untyped(ty) => {
                let value = value.clone();
                self.const_value(e, ty, &value, to)
            }
            Operand::Const { ty, value } => {
                if self.assignable(ty, to) {
                    Some(hir::Expr {
                        kind: ExprKind::Const(value),
                        ty: to,
                        span: e.span,
                    })
                } else {
                    self.cannot_use(e, &Operand::Const { ty, value }, to, context)
                }
            }
            Operand::Value(v) if self.types.is_untyped(v.ty) => {
                if self.types.is_boolean(to) {
                    Some(self.fix_untyped_value(v, Some(to)))
                } else {
                    self.cannot_use(e, &Operand::Value(v), to, context)
                }
            }
            Operand::Value(v) => {
                if self.assignable(v.ty, to) {
                    Some(hir::Expr { ty: to, ..v })
                } else {
                    self.cannot_use(e, &Operand::Value(v), to, context)
                }
            }
            other => self.single_value(e, other, Some(to)),
        }
    }

    fn context_name(&self) -> String {
        self.fctx.context.to_string()
    }

    /// Go's assignability for the types of the subset: identical types, or
    /// identical underlying types where one side is not a defined type
    /// (predeclared types are defined: `bool` is not assignable to `mybool`).
    pub(super) fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        if self.types.identical(from, to) {
            return true;
        }
        let (fu, tu) = (self.types.underlying(from), self.types.underlying(to));
        let one_undefined = !self.types.is_defined(from) || !self.types.is_defined(to);
        one_undefined && self.types.identical(fu, tu)
    }

    pub(super) fn operand_type_name(&mut self, op: &Operand) -> String {
        match op {
            Operand::Const { ty, .. } if self.types.is_untyped(*ty) => "number".to_string(),
            Operand::Const { ty, .. } => self.types.display(*ty),
            Operand::Value(v) | Operand::Tuple(v) => self.types.display(v.ty),
            _ => "?".to_string(),
        }
    }
}

/// Whether a constant of one basic kind may become another (an untyped
/// numeric constant may become any numeric type; booleans and strings stay
/// in their kind).
pub(super) fn kinds_compatible(from: Option<Basic>, to: Basic) -> bool {
    let Some(from) = from else {
        return false;
    };
    if from.is_boolean() {
        to.is_boolean()
    } else if from.is_string() {
        to.is_string()
    } else if from.is_numeric() {
        to.is_numeric()
    } else {
        false
    }
}

/// Sets the type of an untyped boolean expression and of the untyped
/// operands it passes its value on from (`!x`, `x && y`); a comparison's own
/// operands are typed already.
fn set_untyped_type(e: &mut hir::Expr, to: TypeId) {
    let was = e.ty;
    e.ty = to;
    match &mut e.kind {
        ExprKind::Unary(_, x) if x.ty == was => set_untyped_type(x, to),
        ExprKind::Binary(op, x, y) if !op.is_comparison() => {
            for operand in [x, y] {
                if operand.ty == was {
                    set_untyped_type(operand, to);
                }
            }
        }
        _ => {}
    }
}
