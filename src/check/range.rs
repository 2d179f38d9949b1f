//! Range loops, `for k, v := range x`, rewritten into the loops the IR
//! knows, as Go's compiler rewrites them: over an integer, a counter from
//! 0; over a string, a byte below 0x80 read as its rune and any other
//! decoded by the runtime's `decoderune`; over an array, an index into a
//! copy of it. Slices, maps and the rest come later.

use super::Entity;
use super::body::{BodyChecker, Breakable};
use super::constant::Value;
use super::hir::{self, ExprKind, LocalId, MapOp, Place, Stmt};
use super::operand::Operand;
use super::types::{Basic, TypeId};
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp};

/// The runtime function that decodes one rune: `(rune, next index)`.
const DECODE_RUNE: &str = "runtime.decoderune";

/// What a range loop iterates over.
enum Over {
    Int,
    String,
    /// An array or a pointer to one (its length), or a slice (`None`), and
    /// the element type.
    Array(Option<u64>, TypeId),
    /// A map, with its key and value types.
    Map(TypeId, TypeId),
    /// A range expression Go rejects: only the body is checked.
    Nothing,
}

impl<'a> BodyChecker<'_, 'a> {
    /// `span` is the `for` statement's (where Go reports "no new variables").
    pub(super) fn range_stmt(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        body: &'a ast::Block,
        out: &mut Vec<Stmt>,
    ) {
        self.fctx.push_scope();
        let mark = self.fctx.declared.len();
        let mut loop_stmts = self.range_loop(span, clause, body);
        // Go 1.22: each iteration has its own iteration variables, so a
        // closure or a pointer taken in one iteration keeps that one's.
        // (The body's statements took their own declarations already.)
        let fresh: Vec<LocalId> = self.fctx.declared.drain(mark..).collect();
        for s in &mut loop_stmts {
            if let Stmt::Loop { body, .. } = s {
                body.splice(0..0, fresh.iter().map(|l| Stmt::Fresh(*l)));
            }
        }
        self.fctx.pop_scope();
        out.push(Stmt::Block(loop_stmts));
    }

    /// Checks the clause as types2's `rangeStmt` does (the range expression,
    /// then the iteration variables, then the body), and builds the loop.
    fn range_loop(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        body: &'a ast::Block,
    ) -> Vec<Stmt> {
        let op = self.expr(&clause.x, None);
        let ty = match &op {
            Operand::Const { ty, .. } => Some(*ty),
            Operand::Value(v) => Some(v.ty),
            _ => None,
        };
        let over = match ty {
            Some(t) if self.types.is_string(t) => Over::String,
            Some(t) if self.types.is_integer(t) => Over::Int,
            Some(t) if self.map_of(t).is_some() => {
                let (k, v) = self.map_of(t).unwrap_or((t, t));
                if let Some(what) = self.unsupported_value_type(t) {
                    self.unsupported(clause.x.span, what);
                    return Vec::new();
                }
                Over::Map(k, v)
            }
            Some(t) if self.array_of(t).is_some() => {
                let (n, elem) = self.array_of(t).unwrap_or((Some(0), t));
                // The loop holds the array or slice, and its elements, in
                // variables: of func values, say, which wexlab cannot hold.
                if let Some(what) = self.unsupported_value_type(elem) {
                    self.unsupported(clause.x.span, what);
                    return Vec::new();
                }
                Over::Array(n, elem)
            }
            Some(t)
                if self.types.basic_of(t).is_some()
                    || (self.types.is_pointer(t) && !self.types.is_array_pointer(t)) =>
            {
                let desc = self.describe(clause.x.span, &op);
                self.error(clause.x.span, format!("cannot range over {desc}"));
                Over::Nothing
            }
            None if matches!(op, Operand::Invalid) => Over::Nothing,
            _ => {
                self.unsupported(clause.x.span, "range loops");
                return Vec::new();
            }
        };
        if !matches!(over, Over::Nothing) {
            if let (Some(v), Over::Int) = (clause.lhs.get(1), &over) {
                let desc = self.describe(clause.x.span, &op);
                let message = format!("range over {desc} permits only one iteration variable");
                self.error(v.span, message);
            } else if let Some(extra) = clause.lhs.get(2) {
                let message = "range clause permits at most two iteration variables";
                self.error(extra.span, message);
            }
        }
        match over {
            Over::Int => self.range_int(span, clause, op, body),
            Over::String => self.range_string(span, clause, op, body),
            Over::Array(n, elem) => self.range_array(span, clause, op, body, (n, elem)),
            Over::Map(k, v) => self.range_map(span, clause, op, body, (k, v)),
            Over::Nothing => {
                let _ = self.range_targets(span, clause, &[None, None]);
                let cond = constant(self.bool_type(), 1, clause.x.span);
                vec![self.range_body(cond, Vec::new(), body, Vec::new())]
            }
        }
    }

    /// `for i := range n`: i counts from 0 up to n (evaluated once) in a
    /// hidden counter, so that the body may change i. An untyped n takes
    /// the type of the variable assigned, else its default type.
    fn range_int(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        op: Operand,
        body: &'a ast::Block,
    ) -> Vec<Stmt> {
        let target = match (&op, clause.define, clause.lhs.first()) {
            (Operand::Const { ty, .. }, false, Some(k)) if self.types.is_untyped(*ty) => {
                self.place_type(k)
            }
            _ => None,
        };
        let Some(n) = self.single_value(&clause.x, op, target) else {
            let _ = self.range_targets(span, clause, &[None, None]);
            return Vec::new();
        };
        let ty = n.ty;
        let at = clause.x.span;
        let count = self.hidden(ty);
        let limit = self.hidden(ty);
        let keys = self.range_targets(span, clause, &[Some((ty, "range clause")), None]);
        let counter = local(count, ty, at);
        let mut first = Vec::new();
        if let Some(Some(k)) = keys.first() {
            first.push(assign(k.clone(), counter.clone()));
        }
        let cond = binary(
            BinOp::Lt,
            counter.clone(),
            local(limit, ty, at),
            self.bool_type(),
        );
        let next = binary(BinOp::Add, counter, constant(ty, 1, at), ty);
        let post = vec![assign(Place::Local(count), next)];
        vec![
            assign(Place::Local(limit), n),
            assign(Place::Local(count), constant(ty, 0, at)),
            self.range_body(cond, first, body, post),
        ]
    }

    /// `for i, r := range s`: i is the index of each rune's first byte, r
    /// the rune (U+FFFD for a byte that starts no valid UTF-8 sequence).
    fn range_string(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        op: Operand,
        body: &'a ast::Block,
    ) -> Vec<Stmt> {
        let int = self.types.basic(Basic::Int);
        let rune = self.types.basic(Basic::Rune);
        // Go checks these assignments as plain ones.
        let types = [Some((int, "assignment")), Some((rune, "assignment"))];
        let Some(s) = self.single_value(&clause.x, op, None) else {
            let _ = self.range_targets(span, clause, &types);
            return Vec::new();
        };
        let at = clause.x.span;
        let text = self.hidden(s.ty);
        let index = self.hidden(int);
        let value = self.hidden(rune);
        let after = self.hidden(int);
        let targets = self.range_targets(span, clause, &types);
        let here = local(index, int, at);
        let string = local(text, s.ty, at);
        let length = hir::Expr {
            kind: ExprKind::Len(Box::new(string.clone())),
            ty: int,
            span: at,
        };
        let Some(mut first) = self.decode_step(&string, &here, value, after) else {
            return Vec::new();
        };
        let reads = [here.clone(), local(value, rune, at)];
        for (target, read) in targets.iter().zip(reads) {
            if let Some(place) = target {
                first.push(assign(place.clone(), read));
            }
        }
        let cond = binary(BinOp::Lt, here, length, self.bool_type());
        let post = vec![assign(Place::Local(index), local(after, int, at))];
        vec![
            assign(Place::Local(text), s),
            assign(Place::Local(index), constant(int, 0, at)),
            self.range_body(cond, first, body, post),
        ]
    }

    /// One step of a range over a string: the rune at `here` into `value`
    /// and where the next starts into `after`. As Go expands it, a byte
    /// below 0x80 is its own rune, read in the loop; only the others call
    /// decoderune.
    fn decode_step(
        &mut self,
        string: &hir::Expr,
        here: &hir::Expr,
        value: LocalId,
        after: LocalId,
    ) -> Option<Vec<Stmt>> {
        let at = here.span;
        let int = here.ty;
        let rune = self.types.basic(Basic::Rune);
        let pair = self.tuple_type(&[rune, int]);
        let args = vec![string.clone(), here.clone()];
        let decoded = self.runtime_call(at, DECODE_RUNE, args, pair)?;
        let first_byte = hir::Expr {
            kind: ExprKind::Index(Box::new(string.clone()), Box::new(here.clone())),
            ty: self.types.basic(Basic::Uint8),
            span: at,
        };
        let as_rune = hir::Expr {
            kind: ExprKind::Conv(Box::new(first_byte)),
            ty: rune,
            span: at,
        };
        let ascii = binary(
            BinOp::Lt,
            local(value, rune, at),
            constant(rune, 0x80, at),
            self.bool_type(),
        );
        let next = binary(BinOp::Add, here.clone(), constant(int, 1, at), int);
        Some(vec![
            assign(Place::Local(value), as_rune),
            Stmt::If {
                cond: ascii,
                then: vec![assign(Place::Local(after), next)],
                els: vec![Stmt::Assign {
                    targets: vec![Place::Local(value), Place::Local(after)],
                    values: vec![decoded],
                }],
            },
        ])
    }

    /// The length and element type of an array or of the array a pointer
    /// points to.
    fn array_of(&self, t: TypeId) -> Option<(Option<u64>, TypeId)> {
        self.types.sequence(t)
    }

    /// `for i, v := range a`: i counts up to the length; v is element i of
    /// a copy of the array made before the loop (of the array itself
    /// through a pointer, which the loop reads as it goes). Without v, the
    /// array is not evaluated: its length is all the loop needs.
    fn range_array(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        op: Operand,
        body: &'a ast::Block,
        (n, elem): (Option<u64>, TypeId),
    ) -> Vec<Stmt> {
        let int = self.types.basic(Basic::Int);
        let types = [Some((int, "range clause")), Some((elem, "range clause"))];
        let Some(a) = self.single_value(&clause.x, op, None) else {
            let _ = self.range_targets(span, clause, &types);
            return Vec::new();
        };
        let at = clause.x.span;
        let held = self.hidden(a.ty);
        let count = self.hidden(int);
        let targets = self.range_targets(span, clause, &types);
        let counter = local(count, int, at);
        let mut first = Vec::new();
        if let Some(Some(k)) = targets.first() {
            first.push(assign(k.clone(), counter.clone()));
        }
        if let Some(Some(v)) = targets.get(1) {
            let mut array = local(held, a.ty, at);
            if let Some(pointee) = self.types.pointee(a.ty) {
                array = hir::Expr {
                    kind: ExprKind::Deref(Box::new(array)),
                    ty: pointee,
                    span: at,
                };
            }
            let element = hir::Expr {
                kind: ExprKind::Index(Box::new(array), Box::new(counter.clone())),
                ty: elem,
                span: at,
            };
            first.push(assign(v.clone(), element));
        }
        // A slice is evaluated once, its length then fixed.
        let length = match n {
            Some(n) => constant(int, n as i128, at),
            None => hir::Expr {
                kind: ExprKind::Len(Box::new(local(held, a.ty, at))),
                ty: int,
                span: at,
            },
        };
        let cond = binary(BinOp::Lt, counter.clone(), length, self.bool_type());
        let next = binary(BinOp::Add, counter, constant(int, 1, at), int);
        let post = vec![assign(Place::Local(count), next)];
        let mut stmts = Vec::new();
        if n.is_none() || matches!(targets.get(1), Some(Some(_))) {
            stmts.push(assign(Place::Local(held), a));
        }
        stmts.push(assign(Place::Local(count), constant(int, 0, at)));
        stmts.push(self.range_body(cond, first, body, post));
        stmts
    }

    /// `for k, v := range m`: the runtime's iterator over m (evaluated
    /// once) gives each entry's key and value, in the map's order.
    fn range_map(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        op: Operand,
        body: &'a ast::Block,
        (key, value): (TypeId, TypeId),
    ) -> Vec<Stmt> {
        let types = [Some((key, "range clause")), Some((value, "range clause"))];
        let Some(m) = self.single_value(&clause.x, op, None) else {
            let _ = self.range_targets(span, clause, &types);
            return Vec::new();
        };
        let at = clause.x.span;
        let uintptr = self.types.basic(Basic::Uintptr);
        let iter = self.hidden(uintptr);
        let targets = self.range_targets(span, clause, &types);
        let map_op = |op: MapOp, ty: TypeId| hir::Expr {
            kind: ExprKind::Map(op, vec![local(iter, uintptr, at)]),
            ty,
            span: at,
        };
        let mut first = Vec::new();
        if let Some(Some(k)) = targets.first() {
            first.push(assign(k.clone(), map_op(MapOp::IterKey, key)));
        }
        if let Some(Some(v)) = targets.get(1) {
            first.push(assign(v.clone(), map_op(MapOp::IterVal, value)));
        }
        let cond = map_op(MapOp::IterNext, self.bool_type());
        let start = hir::Expr {
            kind: ExprKind::Map(MapOp::IterInit, vec![m]),
            ty: uintptr,
            span: at,
        };
        vec![
            assign(Place::Local(iter), start),
            self.range_body(cond, first, body, Vec::new()),
        ]
    }

    /// The loop: `first` sets the iteration variables, then the body runs;
    /// `continue` goes to `post`.
    fn range_body(
        &mut self,
        cond: hir::Expr,
        first: Vec<Stmt>,
        body: &'a ast::Block,
        post: Vec<Stmt>,
    ) -> Stmt {
        let label = self.fctx.new_label();
        self.fctx.breakables.push(Breakable::Loop(label));
        let mut stmts = first;
        stmts.push(Stmt::Block(self.scoped_block(&body.stmts)));
        self.fctx.breakables.pop();
        Stmt::Loop {
            label,
            cond: Some(cond),
            body: stmts,
            post,
        }
    }

    /// Where each iteration value goes: a variable declared now (`:=`), a
    /// place (`=`), or nowhere. `types` holds each value's type and the
    /// context Go names when it does not fit, or `None` when the value
    /// does not exist (a variable for it gets no type and counts as used).
    fn range_targets(
        &mut self,
        span: Span,
        clause: &'a ast::RangeClause,
        types: &[Option<(TypeId, &str)>; 2],
    ) -> Vec<Option<Place>> {
        let mut out = Vec::new();
        let mut new_vars = 0;
        for (e, ty) in clause.lhs.iter().zip(types) {
            if clause.define {
                let ast::ExprKind::Ident(name) = &e.kind else {
                    let text = self.text(e.span);
                    self.error(
                        e.span,
                        format!("invalid syntax tree: cannot declare {text}"),
                    );
                    out.push(None);
                    continue;
                };
                let ident = ast::Ident {
                    name: name.clone(),
                    span: e.span,
                };
                if name != "_" {
                    new_vars += 1;
                }
                let var_ty = ty.map_or_else(|| self.types.invalid(), |(t, _)| t);
                let place = self.declare_local(&ident, var_ty).map(Place::Local);
                if ty.is_none() {
                    self.fctx.mark_used(name);
                }
                out.push(place);
                continue;
            }
            let Some((ty, context)) = *ty else {
                out.push(None);
                continue;
            };
            let Some((place, want)) = self.place(e) else {
                out.push(None);
                continue;
            };
            if !matches!(place, Place::Blank) && !self.assignable(ty, want) {
                let text = self.text(e.span);
                self.error(
                    e.span,
                    format!(
                        "cannot use {text} (value of type {}) as {} value in {context}",
                        self.types.display(ty),
                        self.types.display(want)
                    ),
                );
            }
            out.push(Some(place));
        }
        if clause.define && new_vars == 0 {
            self.error(span.first(), "no new variables on left side of :=");
        }
        out
    }

    /// The type of a place on the left of `=`, without reporting anything.
    fn place_type(&mut self, e: &'a ast::Expr) -> Option<TypeId> {
        match &e.kind {
            ast::ExprKind::Ident(n) if n != "_" => match self.fctx.lookup(n) {
                Some(Entity::Local(l)) => Some(self.fctx.locals[l.0 as usize].ty),
                _ => None,
            },
            _ => None,
        }
    }

    /// A local the loop keeps for itself, named so no program can refer to it.
    fn hidden(&mut self, ty: TypeId) -> LocalId {
        self.fctx.new_local(".range", ty)
    }

    fn bool_type(&mut self) -> TypeId {
        self.types.basic(Basic::Bool)
    }

    fn tuple_type(&mut self, types: &[TypeId]) -> TypeId {
        self.types
            .intern(super::types::TypeKind::Tuple(types.to_vec()))
    }
}

fn local(l: LocalId, ty: TypeId, span: Span) -> hir::Expr {
    hir::Expr {
        kind: ExprKind::Local(l),
        ty,
        span,
    }
}

fn constant(ty: TypeId, n: i128, span: Span) -> hir::Expr {
    hir::Expr {
        kind: ExprKind::Const(Value::Int(n)),
        ty,
        span,
    }
}

fn binary(op: BinOp, a: hir::Expr, b: hir::Expr, ty: TypeId) -> hir::Expr {
    let span = a.span;
    hir::Expr {
        kind: ExprKind::Binary(op, Box::new(a), Box::new(b)),
        ty,
        span,
    }
}

fn assign(target: Place, value: hir::Expr) -> Stmt {
    Stmt::Assign {
        targets: vec![target],
        values: vec![value],
    }
}
