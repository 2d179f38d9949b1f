//! `switch` statements, checked and lowered to breakable `if` chains.

use super::body::{BodyChecker, Breakable};
use super::constant::Value;
use super::hir::{self, ExprKind, LabelId, LocalId, Place, Stmt};
use super::operand::Operand;
use super::types::{Basic, TypeId};
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp};

/// What a switch's case values are compared with.
enum SwitchTag<'e> {
    /// `switch { … }`: each case value is a condition.
    None,
    /// The tag's value, kept in a temporary.
    Value {
        tmp: LocalId,
        ty: TypeId,
        expr: &'e ast::Expr,
    },
    /// A tag that failed to check (reported): case values are checked alone.
    Invalid,
}

impl<'a> BodyChecker<'_, 'a> {
    /// `switch` becomes a breakable block of `if`s: each case compares the
    /// tag (kept in a temporary) with its values in order; the default body
    /// runs when none matched.
    pub(super) fn switch(
        &mut self,
        init: Option<&'a ast::Stmt>,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        out: &mut Vec<Stmt>,
    ) {
        self.fctx.push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.simple_stmt(init, &mut pre);
        }
        let tag = match tag {
            Some(t) => self.switch_tag(t, &mut pre),
            None => SwitchTag::None,
        };
        let label = self.fctx.new_label();
        self.fctx.breakables.push(Breakable::Switch(label));
        let body = self.switch_clauses(&tag, clauses, label);
        self.fctx.breakables.pop();
        self.fctx.pop_scope();
        pre.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(pre));
    }

    /// Evaluates the tag once, into a temporary (assigned in `pre`).
    fn switch_tag(&mut self, tag: &'a ast::Expr, pre: &mut Vec<Stmt>) -> SwitchTag<'a> {
        let Some(v) = self.value(tag, None) else {
            return SwitchTag::Invalid;
        };
        let ty = v.ty;
        let tmp = self.fctx.new_local("~tag", ty);
        pre.push(Stmt::Assign {
            targets: vec![Place::Local(tmp)],
            values: vec![v],
        });
        SwitchTag::Value { tmp, ty, expr: tag }
    }

    /// The body of the breakable block: an `if` per case clause, in order,
    /// then the default clause's statements.
    fn switch_clauses(
        &mut self,
        tag: &SwitchTag<'a>,
        clauses: &'a [ast::CaseClause],
        label: LabelId,
    ) -> Vec<Stmt> {
        let bool_t = self.types.basic(Basic::Bool);
        let mut body = Vec::new();
        let mut default_body = None;
        let mut seen: Vec<(i128, Span)> = Vec::new();
        for clause in clauses {
            let Some(values) = &clause.values else {
                if default_body.is_some() {
                    self.error(clause.span, "multiple defaults in switch");
                }
                default_body = Some(self.scoped_block(&clause.body));
                continue;
            };
            let mut tests: Vec<hir::Expr> = Vec::new();
            for v in values {
                tests.extend(self.case_test(tag, v, &mut seen));
            }
            let cond = any_of(tests, bool_t);
            let mut then = self.scoped_block(&clause.body);
            then.push(Stmt::Break(label));
            if let Some(cond) = cond {
                body.push(Stmt::If {
                    cond,
                    then,
                    els: vec![],
                });
            }
        }
        if let Some(d) = default_body {
            body.extend(d);
        }
        body
    }

    /// The condition under which case value `v` matches. `seen` holds the
    /// integer constants of the cases before, for Go's duplicate case error.
    fn case_test(
        &mut self,
        tag: &SwitchTag<'a>,
        v: &'a ast::Expr,
        seen: &mut Vec<(i128, Span)>,
    ) -> Option<hir::Expr> {
        let (tmp, ty, tag_e) = match *tag {
            SwitchTag::None => return self.condition(v, "case"),
            SwitchTag::Invalid => {
                let _ = self.expr(v, None);
                return None;
            }
            SwitchTag::Value { tmp, ty, expr } => (tmp, ty, expr),
        };
        let op = self.expr(v, Some(ty));
        if let Operand::Const {
            value: Value::Int(i),
            ..
        } = &op
        {
            self.note_case_constant(v, *i, ty, seen);
        }
        let cv = self.case_value(v, op, ty, tag_e)?;
        let bool_t = self.types.basic(Basic::Bool);
        Some(hir::Expr {
            kind: ExprKind::Binary(
                BinOp::Eq,
                Box::new(hir::Expr {
                    kind: ExprKind::Local(tmp),
                    ty,
                    span: v.span,
                }),
                Box::new(cv),
            ),
            ty: bool_t,
            span: v.span,
        })
    }

    /// Records an integer case constant, or reports it as a duplicate.
    fn note_case_constant(
        &mut self,
        v: &'a ast::Expr,
        i: i128,
        ty: TypeId,
        seen: &mut Vec<(i128, Span)>,
    ) {
        let Some(&(_, prev)) = seen.iter().find(|(x, _)| *x == i) else {
            seen.push((i, v.span));
            return;
        };
        // Described as converted to the tag's type.
        let desc = self.describe(
            v.span,
            &Operand::Const {
                ty,
                value: Value::Int(i),
            },
        );
        self.diags.push(
            crate::diag::Diagnostic::error(
                v.span,
                format!("duplicate case {desc} in expression switch"),
            )
            .with_note(prev, "previous case"),
        );
    }

    /// Go compares the case with the tag: an untyped constant converts to
    /// the tag's type, other values must be comparable with it.
    fn case_value(
        &mut self,
        v: &'a ast::Expr,
        op: Operand,
        ty: TypeId,
        tag_e: &'a ast::Expr,
    ) -> Option<hir::Expr> {
        match op {
            Operand::Const { ty: cty, .. } if self.types.is_untyped(cty) => {
                let op = self.convert_operand(v, op, ty);
                self.single_value(v, op, Some(ty))
            }
            // Go converts an untyped boolean value to the tag's type.
            Operand::Value(val) if self.types.is_untyped(val.ty) && !self.types.is_boolean(ty) => {
                let desc = self.describe(v.span, &Operand::Value(val));
                let to = self.types.display(ty);
                self.error(v.span, format!("cannot convert {desc} to type {to}"));
                None
            }
            other => {
                let val = self.single_value(v, other, Some(ty))?;
                if self.assignable(val.ty, ty) || self.assignable(ty, val.ty) {
                    return Some(val);
                }
                let message = format!(
                    "invalid case {} in switch on {} (mismatched types {} and {})",
                    self.text(v.span),
                    self.text(tag_e.span),
                    self.types.display(val.ty),
                    self.types.display(ty)
                );
                self.error(v.span, message);
                None
            }
        }
    }
}

/// `a || b || …` as a balanced tree: the same short-circuit order as
/// Go's left-to-right chain, with a depth that grows as the logarithm of the
/// number of case values (a long case list must not make a deep tree).
pub(super) fn any_of(mut tests: Vec<hir::Expr>, bool_t: TypeId) -> Option<hir::Expr> {
    match tests.len() {
        0 => None,
        1 => tests.pop(),
        n => {
            let right = tests.split_off(n / 2);
            let (l, r) = (any_of(tests, bool_t)?, any_of(right, bool_t)?);
            Some(hir::Expr {
                span: l.span,
                kind: ExprKind::Binary(BinOp::LOr, Box::new(l), Box::new(r)),
                ty: bool_t,
            })
        }
    }
}
