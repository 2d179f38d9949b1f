//! Index and slice expressions, `x[i]` and `x[lo:hi]`, and the index
//! operands Go checks (types2's `index.go`): of strings today; arrays,
//! slices and maps come with composite values.

use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, TypeKind};
use crate::diag::Span;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    /// `x[i]`: a byte of a string (never a constant, even of a constant string).
    pub(super) fn index_expr(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> Operand {
        let op = self.expr(x, None);
        let ty = match &op {
            Operand::Invalid => return Operand::Invalid,
            Operand::Const { ty, .. } => *ty,
            Operand::Value(v) => v.ty,
            // Generic instantiations and the rest: reported as before.
            _ => return self.unsupported(e.span, "index expressions"),
        };
        if self.map_of(ty).is_some() {
            return self.map_index(e, x, op, indices);
        }
        if let Some((n, elem)) = self.types.sequence(ty) {
            return self.array_index(e, x, op, indices, n, elem);
        }
        if !self.types.is_string(ty) {
            if !self.types.is_array_pointer(ty)
                && matches!(
                    self.types.under(ty),
                    TypeKind::Basic(_) | TypeKind::Pointer(_)
                )
            {
                let desc = self.describe(x.span, &op);
                // Go reports it at the `[`, which follows the operand.
                let bracket = Span {
                    start: x.span.end,
                    end: x.span.end + 1,
                    ..x.span
                };
                self.error(bracket, format!("cannot index {desc}"));
                return Operand::Invalid;
            }
            return self.unsupported(e.span, "index expressions");
        }
        let [index] = indices else {
            return self.unsupported(e.span, "index expressions");
        };
        let length = match &op {
            Operand::Const {
                value: Value::Str(s),
                ..
            } => Some(s.len() as i128),
            _ => None,
        };
        let Some(i) = self.index_operand(index, length).map(|(i, _)| i) else {
            return Operand::Invalid;
        };
        let Some(s) = self.single_value(x, op, None) else {
            return Operand::Invalid;
        };
        Operand::Value(hir::Expr {
            kind: ExprKind::Index(Box::new(s), Box::new(i)),
            ty: self.types.basic(Basic::Byte),
            span: e.span,
        })
    }

    /// `a[i]` of an array, a pointer to one (`p[i]` is `(*p)[i]`) or a
    /// slice (whose length `n` is not known).
    fn array_index(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        op: Operand,
        indices: &'a [ast::Expr],
        n: Option<u64>,
        elem: super::types::TypeId,
    ) -> Operand {
        let [index] = indices else {
            return self.unsupported(e.span, "index expressions");
        };
        let Some(i) = self
            .index_operand(index, n.map(|n| n as i128))
            .map(|(i, _)| i)
        else {
            return Operand::Invalid;
        };
        let Some(mut a) = self.single_value(x, op, None) else {
            return Operand::Invalid;
        };
        if let Some(arr) = self.types.pointee(a.ty) {
            a = hir::Expr {
                kind: ExprKind::Deref(Box::new(a)),
                ty: arr,
                span: x.span,
            };
        }
        if let Some(what) = self.unsupported_value_type(elem) {
            return self.unsupported(e.span, what);
        }
        Operand::Value(hir::Expr {
            kind: ExprKind::Index(Box::new(a), Box::new(i)),
            ty: elem,
            span: e.span,
        })
    }

    /// `s[lo:hi]` of a string: a string (a constant string's slice is not
    /// a constant). Missing bounds are 0 and the length.
    pub(super) fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        bounds: [&'a Option<Box<ast::Expr>>; 3],
    ) -> Operand {
        let op = self.expr(x, None);
        let ty = match &op {
            Operand::Invalid => return Operand::Invalid,
            Operand::Const { ty, .. } => *ty,
            Operand::Value(v) => v.ty,
            _ => return self.unsupported(e.span, "slice expressions"),
        };
        if let Some((n, elem)) = self.types.sequence(ty) {
            return self.slice_of(e, x, op, bounds, n, elem);
        }
        if !self.types.is_string(ty) {
            if !self.types.is_array_pointer(ty)
                && matches!(
                    self.types.under(ty),
                    TypeKind::Basic(_) | TypeKind::Pointer(_)
                )
            {
                let desc = self.describe(x.span, &op);
                self.error(x.span, format!("cannot slice {desc}"));
                return Operand::Invalid;
            }
            return self.unsupported(e.span, "slice expressions");
        }
        if let Some(max) = bounds[2] {
            self.error(max.span, "invalid operation: 3-index slice of string");
            return Operand::Invalid;
        }
        let length = match &op {
            Operand::Const {
                value: Value::Str(s),
                ..
            } => Some(s.len() as i128),
            _ => None,
        };
        // Each bound with its constant value (-1 when unknown), as Go
        // compares them: a missing low bound is 0, a missing high one the
        // length when known.
        let mut checked = [None, None];
        let mut known = [0, length.unwrap_or(-1)];
        let mut ok = true;
        for (k, bound) in bounds[..2].iter().enumerate() {
            let Some(b) = bound else { continue };
            match self.index_operand(b, length.map(|n| n + 1)) {
                Some((v, constant)) => {
                    known[k] = constant.unwrap_or(-1);
                    checked[k] = Some(Box::new(v));
                }
                None => {
                    known[k] = -1;
                    ok = false;
                }
            }
        }
        if known[0] > 0 && known[1] >= 0 && known[1] < known[0] {
            let at = bounds[1].as_ref().map_or(e.span, |b| b.span);
            let message = format!("invalid slice indices: {} < {}", known[1], known[0]);
            self.error(at, message);
            return Operand::Invalid;
        }
        let Some(s) = self.single_value(x, op, None).filter(|_| ok) else {
            return Operand::Invalid;
        };
        let [lo, hi] = checked;
        Operand::Value(hir::Expr {
            ty: s.ty,
            kind: ExprKind::Slice(Box::new(s), [lo, hi, None]),
            span: e.span,
        })
    }

    /// `x[lo:hi:max]` of a slice, an addressable array or a pointer to an
    /// array (of length `n`): a slice of `elem`, of x's type for a slice.
    fn slice_of(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        op: Operand,
        bounds: [&'a Option<Box<ast::Expr>>; 3],
        n: Option<u64>,
        elem: super::types::TypeId,
    ) -> Operand {
        let Some(mut v) = self.single_value(x, op, None) else {
            return Operand::Invalid;
        };
        if let Some(arr) = self.types.pointee(v.ty) {
            v = hir::Expr {
                kind: ExprKind::Deref(Box::new(v)),
                ty: arr,
                span: x.span,
            };
        } else if n.is_some() && !super::fields::addressable(&self.types, &v) {
            let desc = self.describe(x.span, &Operand::Value(v));
            self.error(x.span, format!("cannot slice unaddressable value {desc}"));
            return Operand::Invalid;
        }
        let limit = n.map(|n| n as i128 + 1);
        let mut checked: [Option<Box<hir::Expr>>; 3] = [None, None, None];
        let mut known: Vec<(i128, &'a ast::Expr)> = Vec::new();
        let mut ok = true;
        for (k, bound) in bounds.iter().enumerate() {
            let Some(b) = bound else { continue };
            match self.index_operand(b, limit) {
                Some((bv, constant)) => {
                    if let Some(c) = constant {
                        known.push((c, b));
                    }
                    checked[k] = Some(Box::new(bv));
                }
                None => ok = false,
            }
        }
        // Constant bounds must not decrease, as Go reports at the later one.
        for pair in known.windows(2) {
            if pair[1].0 < pair[0].0 {
                let message = format!("invalid slice indices: {} < {}", pair[1].0, pair[0].0);
                self.error(pair[1].1.span, message);
                return Operand::Invalid;
            }
        }
        if !ok {
            return Operand::Invalid;
        }
        let ty = if self.types.is_slice(v.ty) {
            v.ty
        } else {
            self.types.intern(TypeKind::Slice(elem))
        };
        Operand::Value(hir::Expr {
            ty,
            kind: ExprKind::Slice(Box::new(v), checked),
            span: e.span,
        })
    }

    /// An index: a value of an integer type, or a constant representable as
    /// an `int` that is not negative and, when `max` is known, below it;
    /// with its value when it is a constant. (An index of a string may be
    /// at most its length minus one, a bound of a slice at most its length:
    /// `max` is one past that.)
    pub(super) fn index_operand(
        &mut self,
        index: &'a ast::Expr,
        max: Option<i128>,
    ) -> Option<(hir::Expr, Option<i128>)> {
        let op = self.expr(index, None);
        match op {
            Operand::Invalid => None,
            Operand::Const { ty, value } => {
                let int = self.types.basic(Basic::Int);
                // Described only for an error (the text is long to build).
                let desc = |this: &Self| {
                    let op = Operand::Const {
                        ty,
                        value: value.clone(),
                    };
                    this.describe(index.span, &op)
                };
                let n = if self.types.is_untyped(ty) {
                    match &value {
                        Value::Int(_) | Value::Float(_) if value.is_fractional() => {
                            let desc = desc(self);
                            self.error(index.span, format!("{desc} truncated to int"));
                            return None;
                        }
                        Value::Int(_) | Value::Float(_) => value.as_int(),
                        _ => {
                            let desc = desc(self);
                            self.error(index.span, format!("cannot convert {desc} to type int"));
                            return None;
                        }
                    }
                } else if self.types.is_integer(ty) {
                    value.as_int()
                } else {
                    let desc = desc(self);
                    self.error(
                        index.span,
                        format!("invalid argument: index {desc} must be integer"),
                    );
                    return None;
                };
                let Some(n) = n.filter(|n| i64::try_from(*n).is_ok()) else {
                    let desc = desc(self);
                    self.error(index.span, format!("{desc} overflows int"));
                    return None;
                };
                let ty = if self.types.is_untyped(ty) { int } else { ty };
                if n < 0 {
                    let desc = self.describe(
                        index.span,
                        &Operand::Const {
                            ty,
                            value: Value::Int(n),
                        },
                    );
                    self.error(
                        index.span,
                        format!("invalid argument: index {desc} must not be negative"),
                    );
                    return None;
                }
                if let Some(max) = max
                    && n >= max
                {
                    self.error(
                        index.span,
                        format!("invalid argument: index {n} out of bounds [0:{max}]"),
                    );
                    return None;
                }
                let v = hir::Expr {
                    kind: ExprKind::Const(Value::Int(n)),
                    ty,
                    span: index.span,
                };
                Some((v, Some(n)))
            }
            op => {
                let v = self.single_value(index, op, None)?;
                if !self.types.is_integer(v.ty) {
                    let desc = self.describe(index.span, &Operand::Value(v));
                    self.error(
                        index.span,
                        format!("invalid argument: index {desc} must be integer"),
                    );
                    return None;
                }
                Some((v, None))
            }
        }
    }
}
