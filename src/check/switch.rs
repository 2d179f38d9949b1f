//! `switch` statements, checked and lowered to breakable `if` chains.

use super::body::{BodyChecker, Breakable};
use super::constant::Value;
use super::hir::{self, ExprKind, Place, Stmt};
use super::operand::Operand;
use super::types::{Basic, TypeId};
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp};

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
        let bool_t = self.types.basic(Basic::Bool);
        let tag_value = match tag {
            Some(t) => self.value(t, None).map(|v| {
                let tmp = self.fctx.new_local("~tag", v.ty);
                let ty = v.ty;
                pre.push(Stmt::Assign {
                    targets: vec![Place::Local(tmp)],
                    values: vec![v],
                });
                (tmp, ty, t)
            }),
            None => None,
        };
        let label = self.fctx.new_label();
        self.fctx.breakables.push(Breakable::Switch(label));
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
                let test = match (tag, &tag_value) {
                    (None, _) => self.condition(v, "case"),
                    (Some(_), Some((tmp, ty, tag_e))) => {
                        let op = self.expr(v, Some(*ty));
                        if let Operand::Const {
                            value: Value::Int(i),
                            ..
                        } = &op
                        {
                            if let Some((_, prev)) = seen.iter().find(|(x, _)| x == i) {
                                let prev = *prev;
                                // Described as converted to the tag's type.
                                let desc = self.describe(
                                    v.span,
                                    &Operand::Const {
                                        ty: *ty,
                                        value: Value::Int(*i),
                                    },
                                );
                                self.diags.push(
                                    crate::diag::Diagnostic::error(
                                        v.span,
                                        format!("duplicate case {desc} in expression switch"),
                                    )
                                    .with_note(prev, "previous case"),
                                );
                            } else {
                                seen.push((*i, v.span));
                            }
                        }
                        // Go compares the case with the tag: an untyped
                        // constant converts to the tag's type, other values
                        // must be comparable with it.
                        let cv = match op {
                            Operand::Const { ty: cty, .. } if self.types.is_untyped(cty) => {
                                let op = self.convert_operand(v, op, *ty);
                                self.single_value(v, op, Some(*ty))
                            }
                            other => match self.single_value(v, other, Some(*ty)) {
                                Some(val)
                                    if self.assignable(val.ty, *ty)
                                        || self.assignable(*ty, val.ty) =>
                                {
                                    Some(val)
                                }
                                Some(val) => {
                                    let message = format!(
                                        "invalid case {} in switch on {} (mismatched types {} and {})",
                                        self.text(v.span),
                                        self.text(tag_e.span),
                                        self.types.display(val.ty),
                                        self.types.display(*ty)
                                    );
                                    self.error(v.span, message);
                                    None
                                }
                                None => None,
                            },
                        };
                        cv.map(|cv| hir::Expr {
                            kind: ExprKind::Binary(
                                BinOp::Eq,
                                Box::new(hir::Expr {
                                    kind: ExprKind::Local(*tmp),
                                    ty: *ty,
                                    span: v.span,
                                }),
                                Box::new(cv),
                            ),
                            ty: bool_t,
                            span: v.span,
                        })
                    }
                    (Some(_), None) => {
                        let _ = self.expr(v, None);
                        None
                    }
                };
                tests.extend(test);
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
        self.fctx.breakables.pop();
        self.fctx.pop_scope();
        pre.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(pre));
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
