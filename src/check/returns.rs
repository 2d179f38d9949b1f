//! `return` statements.

use super::body::{BodyChecker, ValueContext};
use super::hir::{self, ExprKind, Place, Stmt};
use super::operand::Operand;
use super::types::{TypeId, TypeKind};
use crate::diag::Span;
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn return_stmt(
        &mut self,
        span: Span,
        results: &'a [ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        let want: Vec<TypeId> = self
            .fctx
            .results
            .iter()
            .map(|l| self.fctx.locals[l.0 as usize].ty)
            .collect();
        if results.is_empty() {
            self.bare_return(span, &want, out);
        } else if results.len() == 1 && want.len() > 1 {
            self.return_call(span, &results[0], &want, out);
        } else if results.len() != want.len() {
            self.return_count_mismatch(results, &want);
        } else {
            let mut values = Vec::new();
            for (r, t) in results.iter().zip(&want) {
                let op = self.expr(r, Some(*t));
                if let Some(v) = self.assign_to(r, op, *t, ValueContext::ReturnStatement) {
                    values.push(v);
                }
            }
            if values.len() == want.len() {
                out.push(Stmt::Return(values));
            }
        }
    }

    /// `return` alone returns the named results.
    fn bare_return(&mut self, span: Span, want: &[TypeId], out: &mut Vec<Stmt>) {
        if !want.is_empty() && !self.fctx.named_results {
            self.error(
                span,
                format!(
                    "not enough return values\n\thave ()\n\twant ({})",
                    self.type_list(want)
                ),
            );
            return;
        }
        out.push(Stmt::Return(self.result_values(span, want)));
    }

    /// `return f()` with f returning all the results: they are assigned to
    /// the result slots, which are returned.
    fn return_call(
        &mut self,
        span: Span,
        call_e: &'a ast::Expr,
        want: &[TypeId],
        out: &mut Vec<Stmt>,
    ) {
        let call = match self.expr(call_e, None) {
            Operand::Tuple(call) => call,
            Operand::Invalid => return,
            other => {
                let have = self.operand_type_name(&other);
                self.error(
                    call_e.span,
                    format!(
                        "not enough return values\n\thave ({have})\n\twant ({})",
                        self.type_list(want)
                    ),
                );
                return;
            }
        };
        let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone() else {
            return;
        };
        if ts.len() != want.len() || !ts.iter().zip(want).all(|(a, b)| self.assignable(*a, *b)) {
            self.error(
                call_e.span,
                format!(
                    "cannot use {} (value of type ({})) as ({}) value in return statement",
                    self.text(call_e.span),
                    self.type_list(&ts),
                    self.type_list(want)
                ),
            );
            return;
        }
        let targets = self.fctx.results.iter().map(|l| Place::Local(*l)).collect();
        out.push(Stmt::Assign {
            targets,
            values: vec![call],
        });
        out.push(Stmt::Return(self.result_values(span, want)));
    }

    /// Go's error for a return with too many or too few values (each
    /// checked, for the types it shows).
    fn return_count_mismatch(&mut self, results: &'a [ast::Expr], want: &[TypeId]) {
        let mut have = Vec::new();
        for r in results {
            let op = self.expr(r, None);
            have.push(self.operand_type_name(&op));
        }
        let (msg, at) = if results.len() > want.len() {
            ("too many return values", results[want.len()].span)
        } else {
            ("not enough return values", results[results.len() - 1].span)
        };
        self.error(
            at,
            format!(
                "{msg}\n\thave ({})\n\twant ({})",
                have.join(", "),
                self.type_list(want)
            ),
        );
    }

    /// The result variables, read.
    fn result_values(&self, span: Span, want: &[TypeId]) -> Vec<hir::Expr> {
        self.fctx
            .results
            .iter()
            .zip(want)
            .map(|(l, t)| hir::Expr {
                kind: ExprKind::Local(*l),
                ty: *t,
                span,
            })
            .collect()
    }

    fn type_list(&self, ts: &[TypeId]) -> String {
        ts.iter()
            .map(|t| self.types.display(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
