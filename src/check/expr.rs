//! Expressions: identifiers, selectors, unary and binary operators, shifts,
//! comparisons and constant expressions.

use num_traits::Zero;

use super::body::{BodyChecker, ValueContext};
use super::constant::{self, Value};
use super::hir::{self, ExprKind};
use super::initorder::Dep;
use super::operand::Operand;
use super::resolver::{PkgDeclKind, recv_name};
use super::types::{Basic, TypeId, TypeKind};
use super::universe::Builtin;
use super::{Entity, StdPkg};
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp, UnOp};

impl<'a> BodyChecker<'_, 'a> {
    /// Checks an expression. `hint` is the type an untyped constant will get
    /// if nothing else decides (Go's rule for non-constant shifts).
    pub(super) fn expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        use ast::ExprKind as K;
        match &e.kind {
            K::Int(text) => match constant::parse_int(text) {
                Ok(v) => self.untyped(Basic::UntypedInt, Value::Int(v)),
                Err(m) => {
                    self.error(e.span, m);
                    Operand::Invalid
                }
            },
            K::Float(text) => match constant::parse_float(text) {
                Ok(v) => self.untyped(Basic::UntypedFloat, Value::Float(v)),
                Err(m) => {
                    self.error(e.span, m);
                    Operand::Invalid
                }
            },
            K::Rune(text) => match constant::parse_rune(text) {
                Ok(v) => self.untyped(Basic::UntypedRune, Value::Int(v)),
                Err(m) => {
                    self.error(e.span, m);
                    Operand::Invalid
                }
            },
            K::Str(text) => match constant::parse_string(text) {
                Ok(v) => self.untyped(Basic::UntypedString, Value::Str(v)),
                Err(m) => {
                    self.error(e.span, m);
                    Operand::Invalid
                }
            },
            K::Imag(_) => self.unsupported(e.span, "complex numbers"),
            K::Ident(name) => self.ident(e, name),
            K::Paren(inner) => self.expr(inner, hint),
            K::Selector(x, sel) => self.selector(e, x, sel),
            K::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis, hint),
            K::Unary(op, x) => self.unary(e, *op, x, hint),
            K::Binary(op, x, y) => self.binary(e, *op, x, y, hint),
            K::Index(x, indices) => self.index_expr(e, x, indices),
            K::Slice { x, lo, hi, max } => self.slice_expr(e, x, [lo, hi, max]),
            K::TypeAssert(_) => self.unsupported(e.span, "type assertions"),
            K::TypeSwitchGuard(_) => {
                self.error(
                    e.span.first(),
                    "invalid syntax tree: use of .(type) outside type switch",
                );
                Operand::Invalid
            }
            K::CompositeLit(ty, elems) => self.composite_lit(e, ty.as_deref(), elems, hint),
            K::FuncLit(lit) => self.func_lit(e, lit),
            K::ArrayType { .. }
            | K::EllipsisArray(_)
            | K::MapType(..)
            | K::ChanType(..)
            | K::FuncType(_)
            | K::StructType(_)
            | K::InterfaceType(_) => Operand::Type(self.resolve_type(e)),
            K::Bad => Operand::Invalid,
        }
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str) -> Operand {
        self.limit(span, format!("{what} are not supported by wexlab"));
        self.mark_used_in(span);
        Operand::Invalid
    }

    fn ident(&mut self, e: &'a ast::Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(e.span, "cannot use _ as value");
            return Operand::Invalid;
        }
        if name == "iota"
            && let Some(iota) = self.fctx.iota.or(self.iota)
        {
            return self.untyped(Basic::UntypedInt, Value::Int(iota));
        }
        let entity = match self.lookup(name) {
            Some(Entity::Pending(i)) => self.resolve_decl(i),
            Some(e) => e,
            None if self.is_other_package(name) => return Operand::Invalid,
            None => {
                self.error(e.span, format!("undefined: {name}"));
                return Operand::Invalid;
            }
        };
        match entity {
            Entity::Const { ty, value } => {
                if self.types.is_invalid(ty) {
                    return Operand::Invalid;
                }
                Operand::Const { ty, value }
            }
            Entity::Local(l) => {
                self.fctx.mark_used(name);
                let ty = self.local_type(l);
                // A variable whose declaration failed, or whose type wexlab
                // cannot hold (reported at the declaration): its uses say
                // nothing more.
                if self.types.is_invalid(ty) || self.unsupported_value_type(ty).is_some() {
                    return Operand::Invalid;
                }
                Operand::Value(hir::Expr {
                    kind: ExprKind::Local(l),
                    ty,
                    span: e.span,
                })
            }
            Entity::Global(g) => {
                self.note_dep(Dep::Var(g));
                let ty = self.globals[g.0 as usize].ty;
                if self.types.is_invalid(ty) {
                    return Operand::Invalid;
                }
                Operand::Value(hir::Expr {
                    kind: ExprKind::Global(g),
                    ty,
                    span: e.span,
                })
            }
            Entity::Func(f) => {
                self.note_dep(Dep::Func(f));
                Operand::Func(f)
            }
            Entity::Type(t) => Operand::Type(t),
            Entity::Builtin(b) => Operand::Builtin(b),
            Entity::Package(pkg) => {
                self.mark_used_package(pkg);
                Operand::Package(pkg)
            }
            Entity::Nil => Operand::Nil,
            Entity::Pending(_) | Entity::Invalid => Operand::Invalid,
        }
    }

    fn local_type(&self, l: hir::LocalId) -> TypeId {
        self.fctx.locals[l.0 as usize].ty
    }

    pub(super) fn selector(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        sel: &ast::Ident,
    ) -> Operand {
        if let ast::ExprKind::Ident(pkg) = &x.kind {
            if let Some(Entity::Package(std)) = self.lookup(pkg) {
                self.mark_used_package(std);
                if std == StdPkg::Runtime {
                    return self.runtime_member(sel);
                }
                if std == StdPkg::Structs {
                    return match self.structs_member(sel) {
                        Some(t) => Operand::Type(t),
                        None => Operand::Invalid,
                    };
                }
                if sel.name == "Pointer" {
                    return Operand::Type(self.types.basic(Basic::UnsafePointer));
                }
                return match Builtin::of_unsafe(&sel.name) {
                    Some(b) => Operand::Builtin(b),
                    None => {
                        self.error(sel.span, format!("undefined: unsafe.{}", sel.name));
                        Operand::Invalid
                    }
                };
            }
            if self.is_other_package(pkg) {
                return Operand::Invalid;
            }
            if self.lookup(pkg).is_none() {
                self.error(x.span, format!("undefined: {pkg}"));
                return Operand::Invalid;
            }
        }
        let op = self.expr(x, None);
        let ty = match &op {
            Operand::Invalid => return Operand::Invalid,
            Operand::Type(t) => return self.method_expr(e, *t, sel),
            other => self.operand_type(other),
        };
        // A typed constant's methods: `c.m()` of `const c T = 1`.
        let op = match op {
            Operand::Const { ty, .. } if self.types.is_named(ty) => {
                match self.single_value(x, op, None) {
                    Some(v) => Operand::Value(v),
                    None => return Operand::Invalid,
                }
            }
            op => op,
        };
        if let Operand::Value(v) = &op {
            if let Some(field) = self.field_selector(e, v.clone(), sel) {
                return field;
            }
            if let Some(method) = self.method_selector(e, v.clone(), sel) {
                return method;
            }
        }
        match ty {
            // runtime.Pinner's field, unexported in Go.
            Some(t)
                if sel.name == "pinner"
                    && self
                        .opaque_type()
                        .is_some_and(|o| self.types.pointee(t).unwrap_or(t) == o) =>
            {
                let message = format!(
                    "{} undefined (cannot refer to unexported field pinner)",
                    self.text(e.span)
                );
                self.error(sel.span, message);
                Operand::Invalid
            }
            // Go's error where the type has no such field or method (wexlab
            // compiles neither, but this is an error in Go too).
            Some(t) if !self.may_have_member(t, &sel.name) => {
                let message = format!(
                    "{} undefined (type {} has no field or method {})",
                    self.text(e.span),
                    self.types.display(t),
                    sel.name
                );
                self.error(sel.span, message);
                Operand::Invalid
            }
            _ => self.unsupported(e.span, "selectors (fields and methods)"),
        }
    }

    /// Whether `x.name` may select something for `x` of type `t`: a field
    /// of its struct (or of the struct it points to), or a method declared
    /// on its named type. When unsure (embedded fields), yes.
    fn may_have_member(&self, t: TypeId, name: &str) -> bool {
        // Blank fields and methods are never selected.
        if name == "_" {
            return false;
        }
        let base = match self.types.kind(t) {
            TypeKind::Pointer(elem) => *elem,
            _ => t,
        };
        if self.opaque_type() == Some(base) {
            return name == "Pin" || name == "Unpin";
        }
        if let TypeKind::Named {
            name: tname, pkg, ..
        } = self.types.kind(base)
            && *pkg == self.pkg_name
        {
            let has_method = self.decls.iter().any(|d| match d.kind {
                PkgDeclKind::Func { decl, .. } => {
                    decl.recv.is_some()
                        && decl.name.name == name
                        && recv_name(decl)
                            .trim_start_matches("(*")
                            .trim_end_matches(')')
                            == tname
                }
                _ => false,
            });
            if has_method {
                return true;
            }
        }
        match self.types.under(base) {
            TypeKind::Struct(fields) => fields
                .iter()
                .any(|f| f.name.as_deref().is_none_or(|n| n == name)),
            TypeKind::Invalid | TypeKind::Interface(_) => true,
            _ => false,
        }
    }

    fn unary(
        &mut self,
        e: &'a ast::Expr,
        op: UnOp,
        x: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        match op {
            UnOp::Addr => return self.address_of(e, x),
            UnOp::Recv => return self.unsupported(e.span, "channel receives"),
            UnOp::Deref => return self.deref(e, x),
            UnOp::Tilde => {
                self.error(
                    e.span.first(),
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                );
                self.mark_used_in(x.span);
                return Operand::Invalid;
            }
            _ => {}
        }
        let operand = self.expr(x, hint);
        let ty = match &operand {
            Operand::Const { ty, .. } => *ty,
            Operand::Value(v) => v.ty,
            Operand::Invalid => return Operand::Invalid,
            _ => {
                let v = self.single_value(x, operand, None);
                return match v {
                    Some(v) => Operand::Value(v),
                    None => Operand::Invalid,
                };
            }
        };
        let ok = match op {
            UnOp::Plus | UnOp::Neg => self.types.is_numeric(ty),
            UnOp::Not => self.types.is_boolean(ty),
            UnOp::BitNot => self.types.is_integer(ty),
            _ => false,
        };
        if !ok {
            let desc = self.describe(x.span, &operand);
            self.error(
                x.span,
                format!(
                    "invalid operation: operator {} not defined on {desc}",
                    op.as_str()
                ),
            );
            return Operand::Invalid;
        }
        match operand {
            Operand::Const { ty, value } => {
                let b = self.types.basic_of(ty).unwrap_or(Basic::Int);
                let result = match (op, &value) {
                    (UnOp::Plus, _) => Some(value.clone()),
                    (UnOp::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int),
                    (UnOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
                    (UnOp::Not, Value::Bool(b)) => Some(Value::Bool(!b)),
                    (UnOp::BitNot, Value::Int(i)) => Some(Value::Int(if b.is_unsigned() {
                        let (_, hi) = constant::int_range(b);
                        hi ^ i
                    } else {
                        !i
                    })),
                    _ => None,
                };
                match result {
                    Some(v) => self.typed_const(e, ty, v),
                    None => {
                        self.error(e.span, "constant overflow");
                        Operand::Invalid
                    }
                }
            }
            Operand::Value(v) => Operand::Value(hir::Expr {
                ty: v.ty,
                kind: ExprKind::Unary(op, Box::new(v)),
                span: e.span,
            }),
            _ => Operand::Invalid,
        }
    }

    fn address_of(&mut self, e: &'a ast::Expr, x: &'a ast::Expr) -> Operand {
        let mut inner = x;
        while let ast::ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        if let ast::ExprKind::CompositeLit(..) = inner.kind {
            let lit = self.expr(inner, None);
            return self.address_of_literal(e, lit);
        }
        match self.expr(inner, None) {
            Operand::Value(v) if super::fields::addressable(&self.types, &v) => {
                let pty = self.types.pointer(v.ty);
                Operand::Value(hir::Expr {
                    kind: ExprKind::AddrOf(Box::new(v)),
                    ty: pty,
                    span: e.span,
                })
            }
            Operand::Invalid => Operand::Invalid,
            op => {
                let desc = self.describe(x.span, &op);
                self.error(
                    x.span,
                    format!("invalid operation: cannot take address of {desc}"),
                );
                Operand::Invalid
            }
        }
    }

    pub(super) fn deref(&mut self, e: &'a ast::Expr, x: &'a ast::Expr) -> Operand {
        match self.expr(x, None) {
            Operand::Type(t) => Operand::Type(self.types.pointer(t)),
            Operand::Invalid => Operand::Invalid,
            Operand::Nil => {
                self.error(e.span, "invalid operation: cannot indirect nil");
                Operand::Invalid
            }
            op => {
                let Some(v) = self.single_value(x, op, None) else {
                    return Operand::Invalid;
                };
                match self.types.pointee(v.ty) {
                    Some(elem) => {
                        if let Some(what) = self.unsupported_value_type(elem) {
                            return self.unsupported(e.span, what);
                        }
                        Operand::Value(hir::Expr {
                            kind: ExprKind::Deref(Box::new(v)),
                            ty: elem,
                            span: e.span,
                        })
                    }
                    None => {
                        let desc = self.describe(x.span, &Operand::Value(v));
                        self.error(x.span, format!("invalid operation: cannot indirect {desc}"));
                        Operand::Invalid
                    }
                }
            }
        }
    }

    /// `x op y` for every operator but the shifts: the operands brought to
    /// one type, the operator checked on it, then folded or computed.
    pub(super) fn binary(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        y: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if op.is_shift() {
            return self.shift(e, op, x, y, hint);
        }
        if let Some(stopped) = self.recover_comparison(e, op, x, y) {
            return stopped;
        }
        let hint_x = if op.is_comparison() { None } else { hint };
        // A shift of an untyped constant by a variable count takes the type
        // the constant alone would take (`r & (0x7F >> n)` is of r's type):
        // the other operand is checked first and gives it.
        let (a, b) = if is_shift(x) && !is_shift(y) {
            let b = self.expr(y, hint_x);
            let hint = self.typed_type(&b).or(hint_x);
            (self.expr(x, hint), b)
        } else {
            let a = self.expr(x, hint_x);
            let hint = if is_shift(y) {
                self.typed_type(&a).or(hint_x)
            } else {
                hint_x
            };
            let b = self.expr(y, hint);
            (a, b)
        };
        let (a, b) = (self.func_operand(x, a), self.func_operand(y, b));
        if matches!(a, Operand::Invalid) || matches!(b, Operand::Invalid) {
            return Operand::Invalid;
        }
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && (matches!(a, Operand::Nil) || matches!(b, Operand::Nil))
        {
            return self.nil_comparison(e, op, x, a, y, b);
        }
        let Some((common, a, b)) = self.match_operands(e, op, x, a, y, b) else {
            return Operand::Invalid;
        };
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && let Some(why) = self.incomparable(common)
        {
            self.error(
                x.span,
                format!("invalid operation: {} ({why})", self.text(e.span)),
            );
            return Operand::Invalid;
        }
        if !self.operator_defined(op, common) && op.is_comparison() {
            // Go names a comparison's operand kind, not the operand.
            let kind = match self.types.under(common) {
                TypeKind::Pointer(_) => "pointer".to_string(),
                TypeKind::Array(..) => "array".to_string(),
                TypeKind::Struct(_) => "struct".to_string(),
                TypeKind::Slice(_) => "slice".to_string(),
                _ => self.types.display(common),
            };
            let what = format!("operator {} not defined on {kind}", op.as_str());
            self.error(
                x.span,
                format!("invalid operation: {} ({what})", self.text(e.span)),
            );
            return Operand::Invalid;
        }
        if !self.operator_defined(op, common) {
            let desc = self.describe(x.span, &a);
            let what = format!("operator {} not defined on {desc}", op.as_str());
            self.error(x.span, format!("invalid operation: {what}"));
            return Operand::Invalid;
        }
        if self.divides_by_constant_zero(op, common, &a, &b) {
            self.error(y.span, "invalid operation: division by zero");
            return Operand::Invalid;
        }
        if let (Operand::Const { value: va, .. }, Operand::Const { value: vb, .. }) = (&a, &b) {
            return self.constant_binary(e, op, va, vb, common);
        }
        self.value_binary(e, op, (x, a), (y, b), common)
    }

    /// Brings both operands to one type, which it returns: an untyped
    /// operand takes the other's type; two untyped constants take the larger
    /// kind. `None` when reported.
    fn match_operands(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        mut a: Operand,
        y: &'a ast::Expr,
        mut b: Operand,
    ) -> Option<(TypeId, Operand, Operand)> {
        let (Some(ta), Some(tb)) = (self.operand_type(&a), self.operand_type(&b)) else {
            let _ = self.single_value(x, a, None);
            let _ = self.single_value(y, b, None);
            return None;
        };
        let ua = self.types.is_untyped(ta);
        let ub = self.types.is_untyped(tb);
        // Go converts an untyped operand to the other's type only within one
        // kind (boolean, string, numeric): `"x" + 1` is mismatched.
        let common = if !self.same_kind(ta, tb) {
            None
        } else if ua && !ub {
            Some({
                a = self.convert_operand(x, a, tb);
                tb
            })
        } else if ub && !ua {
            Some({
                b = self.convert_operand(y, b, ta);
                ta
            })
        } else if ua && ub {
            Some(self.larger_untyped(ta, tb))
        } else if self.types.identical(ta, tb) {
            Some(ta)
        } else {
            None
        };
        let Some(common) = common else {
            // Go reports a comparison at its second operand (only that one
            // shows the mismatch), other operations at the first.
            let at = if op.is_comparison() { y.span } else { x.span };
            self.error(
                at,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.text(e.span),
                    self.types.display(ta),
                    self.types.display(tb)
                ),
            );
            return None;
        };
        if matches!(a, Operand::Invalid) || matches!(b, Operand::Invalid) {
            return None;
        }
        Some((common, a, b))
    }

    /// Whether Go defines `op` on operands of type `common`.
    fn operator_defined(&self, op: BinOp, common: TypeId) -> bool {
        match op {
            BinOp::Add => self.types.is_numeric(common) || self.types.is_string(common),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(common),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.types.is_integer(common)
            }
            BinOp::LAnd | BinOp::LOr => self.types.is_boolean(common),
            BinOp::Eq | BinOp::Ne => self.comparable(common),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.types.is_integer(common)
                    || self.types.is_float(common)
                    || self.types.is_string(common)
            }
            BinOp::Shl | BinOp::Shr => unreachable!("shifts are checked apart"),
        }
    }

    /// Division by a constant zero is a compile error.
    fn divides_by_constant_zero(
        &self,
        op: BinOp,
        common: TypeId,
        a: &Operand,
        b: &Operand,
    ) -> bool {
        let integer = self.types.is_integer(common);
        if !(matches!(op, BinOp::Div | BinOp::Rem) && integer || matches!(op, BinOp::Div)) {
            return false;
        }
        match b {
            Operand::Const {
                value: Value::Int(0),
                ..
            } => true,
            Operand::Const {
                value: Value::Float(f),
                ..
            } => f.is_zero() && (integer || matches!(a, Operand::Const { .. })),
            _ => false,
        }
    }

    fn constant_binary(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        va: &Value,
        vb: &Value,
        common: TypeId,
    ) -> Operand {
        match fold_binary(op, va, vb, self.types.basic_of(common)) {
            Some(v) => {
                let ty = if op.is_comparison() {
                    self.types.basic(Basic::UntypedBool)
                } else {
                    common
                };
                self.typed_const(e, ty, v)
            }
            None => {
                self.error(e.span, "constant overflow");
                Operand::Invalid
            }
        }
    }

    /// A binary operation computed at run time, on operands (with their
    /// expressions) of type `common`.
    fn value_binary(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        (x, a): (&'a ast::Expr, Operand),
        (y, b): (&'a ast::Expr, Operand),
        common: TypeId,
    ) -> Operand {
        // Untyped operands of a comparison take their default type (nothing
        // else will fix it); those of `&&` and `||` stay untyped with the
        // result.
        let operand_ty = if op.is_comparison() {
            self.default_type(common)
        } else {
            common
        };
        let Some(va) = self.single_value(x, a, Some(operand_ty)) else {
            return Operand::Invalid;
        };
        let Some(vb) = self.single_value(y, b, Some(operand_ty)) else {
            return Operand::Invalid;
        };
        // As in Go, a comparison is an untyped boolean value: it becomes
        // whichever boolean type it meets.
        let result_ty = if op.is_comparison() {
            self.types.basic(Basic::UntypedBool)
        } else {
            va.ty
        };
        if op == BinOp::Add && self.types.is_string(result_ty) {
            return self
                .concat(e.span, va, vb)
                .map_or(Operand::Invalid, Operand::Value);
        }
        Operand::Value(hir::Expr {
            kind: ExprKind::Binary(op, Box::new(va), Box::new(vb)),
            ty: result_ty,
            span: e.span,
        })
    }

    fn nil_comparison(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        a: Operand,
        y: &'a ast::Expr,
        b: Operand,
    ) -> Operand {
        let nil_first = matches!(a, Operand::Nil);
        let (other_e, other) = if nil_first { (y, b) } else { (x, a) };
        if matches!(other, Operand::Nil) {
            self.error(
                e.span,
                format!(
                    "invalid operation: {} (operator {} not defined on nil)",
                    self.text(e.span),
                    op.as_str()
                ),
            );
            return Operand::Invalid;
        }
        let Some(v) = self.single_value(other_e, other, None) else {
            return Operand::Invalid;
        };
        if !(self.types.is_pointer(v.ty)
            || self.types.is_unsafe_pointer(v.ty)
            || self.types.is_slice(v.ty)
            || self.types.is_func(v.ty)
            || self.map_of(v.ty).is_some())
        {
            // Go names the operands in order and reports at the second.
            let t = self.types.display(v.ty);
            let (tx, ty) = if nil_first {
                ("untyped nil".to_string(), t)
            } else {
                (t, "untyped nil".to_string())
            };
            self.error(
                y.span,
                format!(
                    "invalid operation: {} (mismatched types {tx} and {ty})",
                    self.text(e.span),
                ),
            );
            return Operand::Invalid;
        }
        let nil = hir::Expr {
            kind: ExprKind::Const(Value::Int(0)),
            ty: v.ty,
            span: e.span,
        };
        let bool_t = self.types.basic(Basic::UntypedBool);
        Operand::Value(hir::Expr {
            kind: ExprKind::Binary(op, Box::new(v), Box::new(nil)),
            ty: bool_t,
            span: e.span,
        })
    }

    /// Why Go cannot compare values of type `t` with `==`, in its words
    /// (`None` for the types it can, and for those reported otherwise).
    fn incomparable(&self, t: TypeId) -> Option<String> {
        match self.types.under(t) {
            TypeKind::Slice(_) => Some("slice can only be compared to nil".to_string()),
            TypeKind::Map(..) => Some("map can only be compared to nil".to_string()),
            TypeKind::Func(_) => Some("func can only be compared to nil".to_string()),
            TypeKind::Struct(fields) => fields.iter().find(|f| !self.comparable(f.ty)).map(|f| {
                format!(
                    "struct containing {} cannot be compared",
                    self.types.display(f.ty)
                )
            }),
            TypeKind::Array(_, e) if !self.comparable(*e) => {
                Some(format!("{} cannot be compared", self.types.display(t)))
            }
            _ => None,
        }
    }

    pub(super) fn comparable(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            // Channels and interfaces compare in Go (wexlab reports them as
            // unsupported where they are held); an invalid type is reported
            // where it was made.
            TypeKind::Basic(_)
            | TypeKind::Pointer(_)
            | TypeKind::Chan(..)
            | TypeKind::Interface(_)
            | TypeKind::Invalid => true,
            TypeKind::Array(_, e) => self.comparable(*e),
            TypeKind::Struct(fields) => fields.iter().all(|f| self.comparable(f.ty)),
            _ => false,
        }
    }

    /// Whether two basic types are of one kind (boolean, string or
    /// numeric), the condition for Go to convert an untyped operand to the
    /// other operand's type. True when either is not basic.
    pub(super) fn same_kind(&self, a: TypeId, b: TypeId) -> bool {
        let class = |t: TypeId| {
            self.types.basic_of(t).map(|_| {
                (
                    self.types.is_boolean(t),
                    self.types.is_string(t),
                    self.types.is_numeric(t),
                )
            })
        };
        match (class(a), class(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }

    pub(super) fn larger_untyped(&mut self, a: TypeId, b: TypeId) -> TypeId {
        let rank = |t: Option<Basic>| match t {
            Some(Basic::UntypedInt) => 1,
            Some(Basic::UntypedRune) => 2,
            Some(Basic::UntypedFloat) => 3,
            _ => 0,
        };
        let (ba, bb) = (self.types.basic_of(a), self.types.basic_of(b));
        if rank(ba) >= rank(bb) { a } else { b }
    }

    /// `x << y` and `x >> y`: the count first (Go checks it before the
    /// shifted operand), then a constant shift folded or a value shift.
    pub(super) fn shift(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        y: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        let Some((count, constant_count)) = self.shift_count(y) else {
            return Operand::Invalid;
        };
        match (self.expr(x, hint), constant_count) {
            (Operand::Const { ty, value }, Some(c)) => self.constant_shift(e, op, x, ty, value, c),
            (Operand::Invalid, _) => Operand::Invalid,
            (value, _) => self.value_shift(e, op, (x, value), (y, count), hint),
        }
    }

    /// The shift count, checked, with its value when it is a constant.
    /// `None` when reported.
    fn shift_count(&mut self, y: &'a ast::Expr) -> Option<(Operand, Option<i128>)> {
        let count = self.expr(y, None);
        let constant = match &count {
            Operand::Const { ty, value } => match value.as_int() {
                Some(c) if c < 0 => {
                    self.error(
                        y.span,
                        format!("invalid shift count {} (negative)", self.text(y.span)),
                    );
                    return None;
                }
                Some(c) if self.types.is_untyped(*ty) || self.types.is_integer(*ty) => Some(c),
                None if self.types.is_untyped(*ty) && self.types.is_numeric(*ty) => {
                    // Go converts the count to uint: "1.5 (untyped float
                    // constant) truncated to uint".
                    self.error(
                        y.span,
                        format!("{} truncated to uint", self.describe(y.span, &count)),
                    );
                    return None;
                }
                _ => {
                    self.shift_count_not_integer(y, &count);
                    return None;
                }
            },
            Operand::Value(v) => {
                if !self.types.is_integer(v.ty) {
                    self.shift_count_not_integer(y, &count);
                    return None;
                }
                None
            }
            Operand::Invalid => return None,
            _ => {
                self.single_value(y, count, None);
                return None;
            }
        };
        Some((count, constant))
    }

    fn shift_count_not_integer(&mut self, y: &'a ast::Expr, count: &Operand) {
        let message = format!(
            "invalid operation: shift count {} must be integer",
            self.describe(y.span, count)
        );
        self.error(y.span, message);
    }

    /// A constant shifted by a constant count, folded.
    fn constant_shift(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        ty: TypeId,
        value: Value,
        c: i128,
    ) -> Operand {
        let Some(i) = value.as_int() else {
            self.error(
                x.span,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.text(x.span)
                ),
            );
            return Operand::Invalid;
        };
        let ty = if self.types.basic_of(ty) == Some(Basic::UntypedFloat) {
            self.types.basic(Basic::UntypedInt)
        } else {
            ty
        };
        if !self.types.is_integer(ty) {
            let desc = self.describe(x.span, &Operand::Const { ty, value });
            self.error(
                x.span,
                format!("invalid operation: shifted operand {desc} must be integer"),
            );
            return Operand::Invalid;
        }
        match fold_shift(op, i, c) {
            Some(v) => self.typed_const(e, ty, Value::Int(v)),
            None => {
                self.error(
                    e.span,
                    format!("constant shift overflow: {}", self.text(e.span)),
                );
                Operand::Invalid
            }
        }
    }

    /// A shift computed at run time: the operand or the count is not constant.
    fn value_shift(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        (x, value): (&'a ast::Expr, Operand),
        (y, count): (&'a ast::Expr, Operand),
        hint: Option<TypeId>,
    ) -> Operand {
        // An untyped constant left operand takes the type it would have
        // without the shift.
        let target = match &value {
            Operand::Const { ty, .. } if self.types.is_untyped(*ty) => {
                Some(hint.unwrap_or_else(|| self.types.basic(Basic::Int)))
            }
            _ => None,
        };
        // An untyped boolean value is described as such, before it would
        // become a bool.
        if let Operand::Value(v) = &value
            && self.types.is_untyped(v.ty)
        {
            let desc = self.describe(x.span, &value);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {desc} must be integer"),
            );
            return Operand::Invalid;
        }
        let Some(v) = self.single_value(x, value, target) else {
            return Operand::Invalid;
        };
        if !self.types.is_integer(v.ty) {
            let desc = self.describe(x.span, &Operand::Value(v));
            self.error(
                x.span,
                format!("invalid operation: shifted operand {desc} must be integer"),
            );
            return Operand::Invalid;
        }
        let count = match count {
            Operand::Const { value, .. } => hir::Expr {
                kind: ExprKind::Const(Value::Int(value.as_int().unwrap_or(0))),
                ty: self.types.basic(Basic::Uint),
                span: y.span,
            },
            Operand::Value(c) => c,
            _ => return Operand::Invalid,
        };
        Operand::Value(hir::Expr {
            ty: v.ty,
            kind: ExprKind::Binary(op, Box::new(v), Box::new(count)),
            span: e.span,
        })
    }

    /// Evaluates a constant expression (`const` declarations, array lengths).
    pub(super) fn const_expr(
        &mut self,
        e: &'a ast::Expr,
        ty: Option<TypeId>,
        iota: i128,
    ) -> Option<(TypeId, Value)> {
        let saved = self.iota.replace(iota);
        let op = self.expr(e, ty);
        self.iota = saved;
        match op {
            Operand::Const { ty: t, value } => match ty {
                None => Some((t, value)),
                Some(target) => {
                    if self.types.is_invalid(target) {
                        return None;
                    }
                    if self.types.basic_of(target).is_none() {
                        self.error(
                            e.span,
                            format!("invalid constant type {}", self.types.display(target)),
                        );
                        return None;
                    }
                    let op = Operand::Const { ty: t, value };
                    let v = self.assign_to(e, op, target, ValueContext::ConstantDeclaration)?;
                    match v.kind {
                        ExprKind::Const(v) => Some((target, v)),
                        _ => None,
                    }
                }
            },
            Operand::Invalid => None,
            other => {
                let desc = self.describe(e.span, &other);
                self.error(e.span, format!("{desc} is not constant"));
                None
            }
        }
    }
}

/// Folds `i << c` or `i >> c`; `None` when the result overflows Go's
/// constant range (as wexlab bounds it).
fn fold_shift(op: BinOp, i: i128, c: i128) -> Option<i128> {
    match op {
        BinOp::Shl => {
            if c >= 127 || (i != 0 && (i.unsigned_abs().leading_zeros() as i128) <= c) {
                None
            } else {
                Some(i << c)
            }
        }
        _ => Some(if c >= 127 {
            if i < 0 { -1 } else { 0 }
        } else {
            i >> c
        }),
    }
}

/// Folds a binary operator on constants. `ty` is the operands' type (an
/// untyped kind or a typed basic type); integer division truncates.
pub(super) fn fold_binary(op: BinOp, a: &Value, b: &Value, ty: Option<Basic>) -> Option<Value> {
    use Value::*;
    let float = ty.is_some_and(|t| t.is_float());
    match (a, b) {
        (Bool(x), Bool(y)) => Some(Bool(match op {
            BinOp::LAnd => *x && *y,
            BinOp::LOr => *x || *y,
            BinOp::Eq => x == y,
            BinOp::Ne => x != y,
            _ => return None,
        })),
        (Str(x), Str(y)) => Some(match op {
            BinOp::Add => Str([x.as_slice(), y.as_slice()].concat()),
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            BinOp::Lt => Bool(x < y),
            BinOp::Le => Bool(x <= y),
            BinOp::Gt => Bool(x > y),
            BinOp::Ge => Bool(x >= y),
            _ => return None,
        }),
        _ if float || matches!(a, Float(_)) || matches!(b, Float(_)) => {
            let (x, y) = (a.as_rational()?, b.as_rational()?);
            let value = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div if y.is_zero() => return None,
                BinOp::Div => x / y,
                BinOp::Eq => return Some(Bool(x == y)),
                BinOp::Ne => return Some(Bool(x != y)),
                BinOp::Lt => return Some(Bool(x < y)),
                BinOp::Le => return Some(Bool(x <= y)),
                BinOp::Gt => return Some(Bool(x > y)),
                BinOp::Ge => return Some(Bool(x >= y)),
                _ => return None,
            };
            // Go's constants are exact but bounded; beyond this size the
            // value is far outside every float type anyway.
            let too_big = |n: &num_bigint::BigInt| n.bits() > constant::MAX_CONSTANT_BITS;
            if too_big(value.numer()) || too_big(value.denom()) {
                return None;
            }
            Some(Float(value))
        }
        (Int(x), Int(y)) => {
            let (x, y) = (*x, *y);
            Some(match op {
                BinOp::Add => Int(x.checked_add(y)?),
                BinOp::Sub => Int(x.checked_sub(y)?),
                BinOp::Mul => Int(x.checked_mul(y)?),
                BinOp::Div => Int(x.checked_div(y)?),
                BinOp::Rem => Int(x.checked_rem(y)?),
                BinOp::And => Int(x & y),
                BinOp::Or => Int(x | y),
                BinOp::Xor => Int(x ^ y),
                BinOp::AndNot => Int(x & !y),
                BinOp::Eq => Bool(x == y),
                BinOp::Ne => Bool(x != y),
                BinOp::Lt => Bool(x < y),
                BinOp::Le => Bool(x <= y),
                BinOp::Gt => Bool(x > y),
                BinOp::Ge => Bool(x >= y),
                _ => return None,
            })
        }
        _ => None,
    }
}

/// Whether `e` is a shift, parentheses aside.
/// Whether `e` is a shift, or arithmetic over one (`1<<n - 1`): an untyped
/// constant shifted by a variable count there takes its type from the
/// other operand of the operator around `e`.
fn is_shift(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Paren(inner) => is_shift(inner),
        ast::ExprKind::Binary(op, x, y) => {
            op.is_shift()
                || (!op.is_comparison()
                    && !matches!(op, BinOp::LAnd | BinOp::LOr)
                    && (is_shift(x) || is_shift(y)))
        }
        ast::ExprKind::Unary(UnOp::Neg | UnOp::Plus | UnOp::BitNot, x) => is_shift(x),
        _ => false,
    }
}

impl<'a> BodyChecker<'_, 'a> {
    /// The type of a value or constant that has one (not untyped).
    fn typed_type(&self, op: &Operand) -> Option<TypeId> {
        let ty = match op {
            Operand::Const { ty, .. } => *ty,
            Operand::Value(v) => v.ty,
            _ => return None,
        };
        (!self.types.is_untyped(ty)).then_some(ty)
    }
}
