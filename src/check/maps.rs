//! Maps: `make`, literals, `m[k]` (read, assigned, comma-ok), `delete`,
//! range loops over them, and Go's check of their key types. Each becomes
//! a `hir::ExprKind::Map` operation, which the IR builder turns into calls
//! of the runtime's map (src/runtime/maps.go).

use super::body::{BodyChecker, ValueContext};
use super::hir::{self, ExprKind, MapOp, Place, Stmt};
use super::operand::Operand;
use super::types::{Basic, TypeId, TypeKind};
use crate::diag::Span;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    /// The key and value types of a map type.
    pub(super) fn map_of(&self, t: TypeId) -> Option<(TypeId, TypeId)> {
        match self.types.under(t) {
            TypeKind::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    /// Go's error for a key type `==` does not compare (a named type still
    /// being declared is checked where it is complete, so it passes here).
    pub(super) fn check_map_key(&mut self, key: TypeId, at: &'a ast::Expr) {
        let pending = matches!(self.types.under(key), TypeKind::Named { .. });
        if !pending && !self.comparable(key) {
            let name = self.types.display(key);
            // Go places a func type at its parameter list.
            let mut span = at.span;
            if let ast::ExprKind::FuncType(_) = &at.kind {
                span.start += self.text(at.span).find('(').unwrap_or(0) as u32;
            }
            self.error(span, format!("invalid map key type {name}"));
        }
    }

    /// Go's error for `m[k].f = v`: a field of a map's value is not a
    /// variable.
    pub(super) fn map_field_assigned(&mut self, e: &'a ast::Expr, v: &hir::Expr) -> bool {
        let ExprKind::Field(x, _) = &v.kind else {
            return false;
        };
        if !matches!(x.kind, ExprKind::Map(MapOp::Index, _)) {
            return false;
        }
        let text = self.text(e.span);
        self.error(
            e.span,
            format!("cannot assign to struct field {text} in map"),
        );
        true
    }

    /// `make(map[K]V)` or `make(map[K]V, hint)`.
    pub(super) fn make_map(
        &mut self,
        e: &'a ast::Expr,
        ty: TypeId,
        args: &'a [ast::Expr],
    ) -> Operand {
        if args.len() > 2 {
            let call = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "invalid operation: {call} expects 1 or 2 arguments; found {}",
                    args.len()
                ),
            );
            return Operand::Invalid;
        }
        let mut operands = Vec::new();
        if let Some(hint) = args.get(1) {
            let Some((h, _)) = self.index_operand(hint, None) else {
                return Operand::Invalid;
            };
            operands.push(self.as_int(h));
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            return self.unsupported(e.span, what);
        }
        self.map_value(MapOp::Make, operands, ty, e.span)
    }

    /// `map[K]V{k: v, …}`.
    pub(super) fn map_lit(
        &mut self,
        e: &'a ast::Expr,
        ty: TypeId,
        (key, value): (TypeId, TypeId),
        elems: &'a [ast::Element],
    ) -> Operand {
        // The literal keeps its type whatever its elements' errors, as in
        // Go, so that its uses are checked.
        let mut operands = Vec::new();
        // The constant keys so far: Go rejects one given twice.
        let mut constants = Vec::new();
        for el in elems {
            let Some(key_expr) = &el.key else {
                // Go checks nothing more of the element.
                self.error(el.value.span, "missing key in map literal");
                continue;
            };
            let k = self.element(key_expr, Some(key), ValueContext::MapLiteral);
            if let Some(hir::Expr {
                kind: ExprKind::Const(c),
                ..
            }) = &k
            {
                if constants.contains(c) {
                    let shown = c.display();
                    self.error(
                        key_expr.span,
                        format!("duplicate key {shown} in map literal"),
                    );
                }
                constants.push(c.clone());
            }
            let v = self.element(&el.value, Some(value), ValueContext::MapLiteral);
            if let (Some(k), Some(v)) = (k, v) {
                operands.extend([k, v]);
            }
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            return self.unsupported(e.span, what);
        }
        self.map_value(MapOp::Lit, operands, ty, e.span)
    }

    /// `m[k]`, read (an assignment turns it into its slot).
    pub(super) fn map_index(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        op: Operand,
        indices: &'a [ast::Expr],
    ) -> Operand {
        let Some(m) = self.single_value(x, op, None) else {
            return Operand::Invalid;
        };
        let Some((key, value)) = self.map_of(m.ty) else {
            return Operand::Invalid;
        };
        let [index] = indices else {
            return self.unsupported(e.span, "index expressions");
        };
        let kop = self.expr(index, Some(key));
        let context = ValueContext::MapIndex;
        let Some(k) = self.assign_to(index, kop, key, context) else {
            return Operand::Invalid;
        };
        if let Some(what) = self.unsupported_value_type(m.ty) {
            return self.unsupported(e.span, what);
        }
        self.map_value(MapOp::Index, vec![m, k], value, e.span)
    }

    /// `v, ok := m[k]`: a map read becomes the tuple of the value and
    /// whether the key was there; any other operand is returned as it is.
    pub(super) fn map_comma_ok(&mut self, op: Operand) -> Operand {
        let Operand::Value(hir::Expr {
            kind: ExprKind::Map(MapOp::Index, operands),
            ty,
            span,
        }) = op
        else {
            return op;
        };
        let ok = self.types.basic(Basic::Bool);
        let tuple = self.types.intern(TypeKind::Tuple(vec![ty, ok]));
        Operand::Tuple(hir::Expr {
            kind: ExprKind::Map(MapOp::Lookup, operands),
            ty: tuple,
            span,
        })
    }

    /// The place `m[k] = v` stores to.
    pub(super) fn map_place(&self, read: hir::Expr) -> Option<(Place, TypeId)> {
        let ExprKind::Map(MapOp::Index, operands) = read.kind else {
            return None;
        };
        let slot = hir::Expr {
            kind: ExprKind::Map(MapOp::Slot, operands),
            ty: self.types.known_basic(Basic::Uintptr),
            span: read.span,
        };
        Some((Place::Mem(slot), read.ty))
    }

    /// For `m[k] op= v`: m and k kept in temporaries, the place and its
    /// current value read through them, and the statements that set them.
    pub(super) fn stable_map_place(
        &mut self,
        slot: hir::Expr,
        ty: TypeId,
    ) -> (Place, hir::Expr, Vec<Stmt>) {
        let span = slot.span;
        let ExprKind::Map(_, operands) = slot.kind else {
            return (Place::Blank, slot, Vec::new());
        };
        let mut pre = Vec::new();
        let mut kept = Vec::new();
        for v in operands {
            let tmp = self.fctx.new_local("~map", v.ty);
            kept.push(hir::Expr {
                kind: ExprKind::Local(tmp),
                ty: v.ty,
                span,
            });
            pre.push(Stmt::Assign {
                targets: vec![Place::Local(tmp)],
                values: vec![v],
            });
        }
        let place = Place::Mem(hir::Expr {
            kind: ExprKind::Map(MapOp::Slot, kept.clone()),
            ty: slot.ty,
            span,
        });
        let read = hir::Expr {
            kind: ExprKind::Map(MapOp::Index, kept),
            ty,
            span,
        };
        (place, read, pre)
    }

    /// `delete(m, k)`.
    pub(super) fn delete_call(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        let [m, k] = args else {
            let call = self.text(e.span);
            let found = args.len();
            let message = if found < 2 {
                format!("not enough arguments for {call} (expected 2, found {found})")
            } else {
                format!("too many arguments for {call} (expected 2, found {found})")
            };
            self.error(e.span, format!("invalid operation: {message}"));
            return Operand::Invalid;
        };
        let Some(mv) = self.value(m, None) else {
            let _ = self.expr(k, None);
            return Operand::Invalid;
        };
        let Some((key, _)) = self.map_of(mv.ty) else {
            let desc = self.describe(m.span, &Operand::Value(mv));
            self.error(m.span, format!("invalid argument: {desc} is not a map"));
            let _ = self.expr(k, None);
            return Operand::Invalid;
        };
        let kop = self.expr(k, Some(key));
        let context = ValueContext::Argument("delete".to_string());
        let Some(kv) = self.assign_to(k, kop, key, context) else {
            return Operand::Invalid;
        };
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        Operand::Void(hir::Expr {
            kind: ExprKind::Map(MapOp::Delete, vec![mv, kv]),
            ty: void,
            span: e.span,
        })
    }

    fn map_value(
        &mut self,
        op: MapOp,
        operands: Vec<hir::Expr>,
        ty: TypeId,
        span: Span,
    ) -> Operand {
        Operand::Value(hir::Expr {
            kind: ExprKind::Map(op, operands),
            ty,
            span,
        })
    }

    fn as_int(&mut self, v: hir::Expr) -> hir::Expr {
        let int = self.types.basic(Basic::Int);
        if self.types.identical(v.ty, int) {
            return v;
        }
        let span = v.span;
        hir::Expr {
            kind: ExprKind::Conv(Box::new(v)),
            ty: int,
            span,
        }
    }
}
