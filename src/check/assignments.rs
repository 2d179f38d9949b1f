//! Assignments: `=`, `:=`, `op=`, `++` and `--`, and variable declarations' values.

use super::Entity;
use super::body::{BodyChecker, ValueContext};
use super::constant::Value;
use super::hir::{self, ExprKind, Place, Stmt};
use super::operand::Operand;
use super::types::{TypeId, TypeKind};
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp};

pub(super) struct RhsValues {
    pub(super) exprs: Vec<hir::Expr>,
    pub(super) types: Vec<TypeId>,
}

impl<'a> BodyChecker<'_, 'a> {
    /// Checks the right-hand side of an assignment of `n` values: `n`
    /// expressions, or one call with `n` results. `want` gives the target
    /// types when known (untyped constants take them).
    pub(super) fn rhs_values(
        &mut self,
        rhs: &'a [ast::Expr],
        n: usize,
        want: Option<Vec<TypeId>>,
    ) -> Option<RhsValues> {
        if rhs.is_empty() {
            return Some(RhsValues {
                exprs: vec![],
                types: vec![],
            });
        }
        if rhs.len() == 1 && n > 1 {
            return self.tuple_rhs(&rhs[0], n, want);
        }
        if rhs.len() != n {
            // Go reports the mismatch at the first value.
            self.error(
                rhs[0].span,
                format!(
                    "assignment mismatch: {n} variable{} but {} value{}",
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for e in rhs {
                let _ = self.expr(e, None);
            }
            return None;
        }
        let mut exprs = Vec::new();
        let mut types = Vec::new();
        let mut ok = true;
        for (i, e) in rhs.iter().enumerate() {
            let target = want.as_ref().map(|w| w[i]);
            let op = self.expr(e, target);
            if let Operand::Tuple(call) = &op
                && rhs.len() == 1
                && n == 1
                && self.fctx.context != ValueContext::VariableDeclaration
                && let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone()
            {
                // `x := f()` with f returning several values.
                self.one_variable_many_values(e, ts.len());
                ok = false;
                continue;
            }
            if let Operand::Tuple(_) = op {
                let desc = self.describe(e.span, &op);
                self.error(
                    e.span,
                    format!("multiple-value {desc} in single-value context"),
                );
                ok = false;
                continue;
            }
            let context = self.fctx.context.clone();
            let v = match target {
                Some(t) => self.assign_to(e, op, t, context),
                None => self.single_value(e, op, None),
            };
            match v {
                Some(v) => {
                    types.push(v.ty);
                    exprs.push(v);
                }
                None => ok = false,
            }
        }
        ok.then_some(RhsValues { exprs, types })
    }

    /// `n` values from one call with `n` results.
    fn tuple_rhs(
        &mut self,
        call_e: &'a ast::Expr,
        n: usize,
        want: Option<Vec<TypeId>>,
    ) -> Option<RhsValues> {
        let op = self.expr(call_e, None);
        let op = if n == 2 { self.map_comma_ok(op) } else { op };
        match op {
            Operand::Tuple(call) => {
                let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone() else {
                    return None;
                };
                if ts.len() != n {
                    self.error(
                        call_e.span,
                        format!(
                            "assignment mismatch: {n} variables but {} returns {} value{}",
                            self.call_name(call_e),
                            ts.len(),
                            if ts.len() == 1 { "" } else { "s" }
                        ),
                    );
                    return None;
                }
                if let Some(want) = want {
                    let mut ok = true;
                    for (i, (have, w)) in ts.iter().zip(&want).enumerate() {
                        if !self.assignable(*have, *w) {
                            self.error(
                                call_e.span,
                                format!(
                                    "cannot use {} function result (value of type {}) as {} value in multiple assignment",
                                    ordinal(i + 1),
                                    self.types.display(*have),
                                    self.types.display(*w)
                                ),
                            );
                            ok = false;
                        }
                    }
                    if !ok {
                        return None;
                    }
                }
                Some(RhsValues {
                    exprs: vec![call],
                    types: ts,
                })
            }
            Operand::Invalid => None,
            other => {
                let what = match &other {
                    Operand::Value(v) if matches!(v.kind, ExprKind::Call { .. }) => {
                        format!("{} returns 1 value", self.call_name(call_e))
                    }
                    _ => "1 value".to_string(),
                };
                self.error(
                    call_e.span,
                    format!("assignment mismatch: {n} variables but {what}"),
                );
                None
            }
        }
    }

    /// Like [`Self::rhs_values`] for targets of which some take any value
    /// (`None`: `_`, or a variable `:=` declares).
    fn rhs_values_blank(
        &mut self,
        rhs: &'a [ast::Expr],
        want: &[Option<TypeId>],
    ) -> Option<RhsValues> {
        if rhs.len() == want.len() {
            // Every value is checked (and its variables used), even after
            // one fails.
            let mut exprs = Vec::new();
            let mut ok = true;
            for (e, w) in rhs.iter().zip(want) {
                let v = if let Some(w) = *w {
                    let op = self.expr(e, Some(w));
                    self.assign_to(e, op, w, ValueContext::Assignment)
                } else {
                    let op = self.expr(e, None);
                    if let Operand::Tuple(call) = &op
                        && rhs.len() == 1
                        && let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone()
                    {
                        self.one_variable_many_values(e, ts.len());
                        return None;
                    }
                    self.single_value(e, op, None)
                };
                match v {
                    Some(v) => exprs.push(v),
                    None => ok = false,
                }
            }
            let types = exprs.iter().map(|e| e.ty).collect();
            return ok.then_some(RhsValues { exprs, types });
        }
        self.rhs_values(rhs, want.len(), None)
    }

    /// Go's error for one variable given a call of several results.
    fn one_variable_many_values(&mut self, e: &'a ast::Expr, results: usize) {
        let call = self.call_name(e);
        self.error(
            e.span,
            format!("assignment mismatch: 1 variable but {call} returns {results} values"),
        );
    }

    fn call_name(&self, e: &'a ast::Expr) -> String {
        match &e.kind {
            ast::ExprKind::Call { func, .. } => self.text(func.span),
            _ => self.text(e.span),
        }
    }

    /// `a, b := …`: new variables are declared, the others (declared in this
    /// scope already) assigned.
    pub(super) fn define(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        op_span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Some(names) = self.define_names(lhs) else {
            return;
        };
        if self.repeated_name(&names, rhs) {
            return;
        }
        // Which names are new in this scope; the others are assigned.
        let existing: Vec<Option<Entity>> = names
            .iter()
            .map(|n| {
                if n.name == "_" {
                    return None;
                }
                self.fctx.scope.get(&n.name).map(|e| e.entity.clone())
            })
            .collect();
        if names
            .iter()
            .zip(&existing)
            .all(|(n, e)| n.name == "_" || e.is_some())
        {
            self.error(op_span, "no new variables on left side of :=");
        }
        let want: Vec<Option<TypeId>> = existing
            .iter()
            .map(|e| match e {
                Some(Entity::Local(l)) => Some(self.fctx.locals[l.0 as usize].ty),
                _ => None,
            })
            .collect();
        // Values for variables that exist are checked against their types
        // (an untyped constant takes that type), the others take their own.
        let values = if want.iter().any(Option::is_some) && rhs.len() == names.len() {
            self.rhs_values_blank(rhs, &want)
        } else {
            self.rhs_values(rhs, names.len(), None)
        };
        let Some(values) = values else {
            // Declared all the same: Go still reports them if unused.
            for (n, e) in names.iter().zip(&existing) {
                if e.is_none() {
                    let invalid = self.types.invalid();
                    self.declare_local(n, invalid);
                }
            }
            return;
        };
        let targets = self.define_targets(&names, rhs, &existing, &want, &values);
        let mut exprs = values.exprs;
        // Untyped constants took their default types in rhs_values already.
        if exprs.len() == targets.len() {
            for (e, t) in exprs.iter_mut().zip(&targets) {
                if let Place::Local(l) = t {
                    e.ty = self.fctx.locals[l.0 as usize].ty;
                }
            }
        }
        out.push(Stmt::Assign {
            targets,
            values: exprs,
        });
    }

    /// The names on the left of `:=`; `None` when one is not a name (reported).
    fn define_names(&mut self, lhs: &'a [ast::Expr]) -> Option<Vec<ast::Ident>> {
        let mut names = Vec::new();
        for e in lhs {
            match &e.kind {
                ast::ExprKind::Ident(n) => names.push(ast::Ident {
                    name: n.clone(),
                    span: e.span,
                }),
                _ => {
                    self.error(
                        e.span,
                        format!("non-name {} on left side of :=", self.text(e.span)),
                    );
                    return None;
                }
            }
        }
        Some(names)
    }

    /// A name twice on the left of `:=`: Go's error at the second, and the
    /// names declared all the same (once each). Whether there was one.
    fn repeated_name(&mut self, names: &[ast::Ident], rhs: &'a [ast::Expr]) -> bool {
        let Some(n) = names
            .iter()
            .enumerate()
            .find(|(k, n)| n.name != "_" && names[..*k].iter().any(|m| m.name == n.name))
            .map(|(_, n)| n)
        else {
            return false;
        };
        self.error(n.span, format!("{} repeated on left side of :=", n.name));
        for r in rhs {
            let _ = self.expr(r, None);
        }
        let invalid = self.types.invalid();
        for (j, m) in names.iter().enumerate() {
            let new = m.name != "_"
                && !names[..j].iter().any(|o| o.name == m.name)
                && !self.fctx.scope.contains_key(&m.name);
            if new {
                self.declare_local(m, invalid);
            }
        }
        true
    }

    /// The places `:=` assigns: the existing variables (whose types the
    /// values must fit), and the new ones, declared now with the values' types.
    fn define_targets(
        &mut self,
        names: &[ast::Ident],
        rhs: &'a [ast::Expr],
        existing: &[Option<Entity>],
        want: &[Option<TypeId>],
        values: &RhsValues,
    ) -> Vec<Place> {
        let mut targets = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let ty = values.types[i];
            if let Some(w) = want[i] {
                if !self.assignable(ty, w) {
                    let what = if rhs.len() == 1 && names.len() > 1 {
                        format!("{} function result", ordinal(i + 1))
                    } else {
                        self.text(rhs.get(i).map_or(rhs[0].span, |e| e.span))
                    };
                    let context = if rhs.len() == 1 && names.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    };
                    self.error(
                        rhs.get(i).map_or(rhs[0].span, |e| e.span),
                        format!(
                            "cannot use {what} (value of type {}) as {} value in {context}",
                            self.types.display(ty),
                            self.types.display(w)
                        ),
                    );
                }
                if let Some(Entity::Local(l)) = &existing[i] {
                    targets.push(Place::Local(*l));
                    continue;
                }
            }
            if n.name != "_"
                && values.exprs.len() == names.len()
                && let Some(what) = self.unsupported_value_type(ty)
            {
                self.limit(n.span, format!("{what} are not supported by wexlab"));
            }
            match self.declare_local(n, ty) {
                Some(l) => targets.push(Place::Local(l)),
                None => targets.push(Place::Blank),
            }
        }
        targets
    }

    /// A place that can be assigned: a variable, `*p`, or `_`.
    pub(super) fn place(&mut self, e: &'a ast::Expr) -> Option<(Place, TypeId)> {
        let mut inner = e;
        while let ast::ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        if let ast::ExprKind::Ident(n) = &inner.kind {
            if n == "_" {
                return Some((Place::Blank, self.types.invalid()));
            }
            return match self.lookup(n) {
                Some(Entity::Local(l)) => {
                    Some((Place::Local(l), self.fctx.locals[l.0 as usize].ty))
                }
                Some(Entity::Pending(i)) => match self.resolve_decl(i) {
                    Entity::Global(g) => Some((Place::Global(g), self.globals[g.0 as usize].ty)),
                    _ => {
                        self.not_assignable(e);
                        None
                    }
                },
                Some(Entity::Global(g)) => {
                    self.note_dep(super::Dep::Var(g));
                    Some((Place::Global(g), self.globals[g.0 as usize].ty))
                }
                Some(Entity::Invalid) => None,
                Some(_) => {
                    self.not_assignable(e);
                    None
                }
                None => {
                    self.error(e.span, format!("undefined: {n}"));
                    None
                }
            };
        }
        if let ast::ExprKind::Unary(ast::UnOp::Deref, p) = &inner.kind {
            return match self.expr(inner, None) {
                Operand::Value(hir::Expr {
                    kind: ExprKind::Deref(_),
                    ty,
                    ..
                }) => {
                    let ptr = self.value(p, None)?;
                    Some((Place::Deref(ptr), ty))
                }
                _ => None,
            };
        }
        match self.expr(e, None) {
            Operand::Invalid => None,
            Operand::Value(v) if matches!(v.kind, ExprKind::Map(hir::MapOp::Index, _)) => {
                self.map_place(v)
            }
            Operand::Value(v) if self.map_field_assigned(e, &v) => None,
            Operand::Value(v) if super::fields::addressable(&self.types, &v) => {
                let ty = v.ty;
                let pty = self.types.pointer(ty);
                let addr = hir::Expr {
                    kind: ExprKind::AddrOf(Box::new(v)),
                    ty: pty,
                    span: e.span,
                };
                Some((Place::Mem(addr), ty))
            }
            _ => {
                self.not_assignable(e);
                None
            }
        }
    }

    /// Go's error for assigning to what is not a variable.
    fn not_assignable(&mut self, e: &'a ast::Expr) {
        let message = format!(
            "cannot assign to {} (neither addressable nor a map index expression)",
            self.text(e.span)
        );
        self.error(e.span, message);
    }

    pub(super) fn assign(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        let mut places = Vec::new();
        for e in lhs {
            match self.place(e) {
                Some(p) => places.push(p),
                None => {
                    for r in rhs {
                        let _ = self.expr(r, None);
                    }
                    return;
                }
            }
        }
        let want: Vec<Option<TypeId>> = places
            .iter()
            .map(|(p, t)| match p {
                Place::Blank => None,
                _ => Some(*t),
            })
            .collect();
        // Blank targets take any value; check the others against their types.
        let values = match want.iter().copied().collect::<Option<Vec<TypeId>>>() {
            Some(want) => self.rhs_values(rhs, places.len(), Some(want)),
            None => self.rhs_values_blank(rhs, &want),
        };
        let Some(values) = values else { return };
        out.push(Stmt::Assign {
            targets: places.into_iter().map(|(p, _)| p).collect(),
            values: values.exprs,
        });
    }

    pub(super) fn op_assign(
        &mut self,
        lhs: &'a ast::Expr,
        op: BinOp,
        rhs: &'a ast::Expr,
        out: &mut Vec<Stmt>,
    ) {
        let Some((place, ty)) = self.place(lhs) else {
            let _ = self.expr(rhs, None);
            return;
        };
        if matches!(place, Place::Blank) {
            self.error(lhs.span, "cannot use _ as value");
            return;
        }
        // `*f() += 1` must call f once: keep the pointer in a temporary.
        let (place, read, pre) = self.stable_place(place, ty, lhs.span);
        out.extend(pre);
        let value = self.binary_on(lhs.span.to(rhs.span), op, lhs, read, rhs, ty);
        if let Some(v) = value {
            out.push(Stmt::Assign {
                targets: vec![place],
                values: vec![v],
            });
        }
    }

    /// For `x op= y` and `x++`: a place whose address is computed once, its
    /// current value as an expression, and statements to run first.
    fn stable_place(
        &mut self,
        place: Place,
        ty: TypeId,
        span: Span,
    ) -> (Place, hir::Expr, Vec<Stmt>) {
        match place {
            Place::Local(l) => (
                Place::Local(l),
                hir::Expr {
                    kind: ExprKind::Local(l),
                    ty,
                    span,
                },
                vec![],
            ),
            Place::Global(g) => (
                Place::Global(g),
                hir::Expr {
                    kind: ExprKind::Global(g),
                    ty,
                    span,
                },
                vec![],
            ),
            Place::Mem(slot) if matches!(slot.kind, ExprKind::Map(..)) => {
                self.stable_map_place(slot, ty)
            }
            Place::Deref(ptr) | Place::Mem(ptr) => {
                let pty = ptr.ty;
                let tmp = self.fctx.new_local("~ptr", pty);
                let tmp_e = hir::Expr {
                    kind: ExprKind::Local(tmp),
                    ty: pty,
                    span,
                };
                (
                    Place::Mem(tmp_e.clone()),
                    hir::Expr {
                        kind: ExprKind::Deref(Box::new(tmp_e)),
                        ty,
                        span,
                    },
                    vec![Stmt::Assign {
                        targets: vec![Place::Local(tmp)],
                        values: vec![ptr],
                    }],
                )
            }
            Place::Blank => unreachable!("rejected by the caller"),
        }
    }

    /// `read op rhs` where `read` is an already-checked value of type `ty`;
    /// `span` covers `lhs op= rhs`.
    fn binary_on(
        &mut self,
        span: Span,
        op: BinOp,
        lhs: &'a ast::Expr,
        read: hir::Expr,
        rhs: &'a ast::Expr,
        ty: TypeId,
    ) -> Option<hir::Expr> {
        // Go first matches the operands' types: `z += "s"` is mismatched.
        if !op.is_shift() {
            let other = match self.expr(rhs, Some(ty)) {
                Operand::Value(v) => Some(v.ty),
                Operand::Const { ty: t, .. } => Some(t),
                _ => None,
            };
            if let Some(t) = other {
                let untyped = self.types.is_untyped(t);
                let mismatched = if untyped {
                    !self.same_kind(t, ty)
                } else {
                    !self.types.identical(t, ty)
                };
                if mismatched && !self.types.is_invalid(t) && !self.types.is_invalid(ty) {
                    let message = format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        self.text(lhs.span),
                        op.as_str(),
                        self.text(rhs.span),
                        self.types.display(ty),
                        self.types.display(t)
                    );
                    self.error(lhs.span, message);
                    return None;
                }
            }
        }
        let defined = match op {
            BinOp::Add => self.types.is_numeric(ty) || self.types.is_string(ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(ty),
            _ => self.types.is_integer(ty),
        };
        if !defined {
            let desc = self.describe(lhs.span, &Operand::Value(read));
            self.error(
                lhs.span,
                format!(
                    "invalid operation: operator {} not defined on {desc}",
                    op.as_str()
                ),
            );
            return None;
        }
        let rv = if op.is_shift() {
            let v = self.value(rhs, None)?;
            if !self.types.is_integer(v.ty) {
                let desc = self.describe(rhs.span, &Operand::Value(v));
                self.error(
                    rhs.span,
                    format!("invalid operation: shift count {desc} must be integer"),
                );
                return None;
            }
            if let ExprKind::Const(Value::Int(c)) = v.kind
                && c < 0
            {
                self.error(
                    rhs.span,
                    format!("invalid shift count {} (negative)", self.text(rhs.span)),
                );
                return None;
            }
            v
        } else {
            let o = self.expr(rhs, Some(ty));
            self.assign_to(rhs, o, ty, ValueContext::Assignment)?
        };
        if matches!(op, BinOp::Div | BinOp::Rem)
            && self.types.is_integer(ty)
            && let ExprKind::Const(Value::Int(0)) = rv.kind
        {
            self.error(rhs.span, "invalid operation: division by zero");
            return None;
        }
        if op == BinOp::Add && self.types.is_string(ty) {
            return self.concat(span, read, rv);
        }
        Some(hir::Expr {
            kind: ExprKind::Binary(op, Box::new(read), Box::new(rv)),
            ty,
            span,
        })
    }

    pub(super) fn inc_dec(
        &mut self,
        e: &'a ast::Expr,
        inc: bool,
        op_span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Some((place, ty)) = self.place(e) else {
            return;
        };
        if matches!(place, Place::Blank) {
            self.error(e.span, "cannot use _ as value");
            return;
        }
        if !self.types.is_numeric(ty) {
            let what = if inc { "++" } else { "--" };
            self.error(
                e.span,
                format!(
                    "invalid operation: {}{what} (non-numeric type {})",
                    self.text(e.span),
                    self.types.display(ty)
                ),
            );
            return;
        }
        let (place, read, pre) = self.stable_place(place, ty, e.span);
        out.extend(pre);
        let one = if self.types.is_float(ty) {
            Value::float(1.0)
        } else {
            Value::Int(1)
        };
        let op = if inc { BinOp::Add } else { BinOp::Sub };
        out.push(Stmt::Assign {
            targets: vec![place],
            values: vec![hir::Expr {
                kind: ExprKind::Binary(
                    op,
                    Box::new(read),
                    Box::new(hir::Expr {
                        kind: ExprKind::Const(one),
                        ty,
                        span: op_span,
                    }),
                ),
                ty,
                span: e.span.to(op_span),
            }],
        });
    }
}

/// Go's ordinals in messages: 1st, 2nd, 3rd, 4th, …, 11th, 21st.
pub(super) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
