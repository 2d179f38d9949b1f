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
        let result_locals = self.fctx.results.clone();
        let want: Vec<TypeId> = result_locals
            .iter()
            .map(|l| self.fctx.locals[l.0 as usize].ty)
            .collect();
        if results.is_empty() {
            if !want.is_empty() && !self.fctx.named_results {
                self.error(
                    span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        self.type_list(&want)
                    ),
                );
                return;
            }
            let values = result_locals
                .iter()
                .zip(&want)
                .map(|(l, t)| hir::Expr {
                    kind: ExprKind::Local(*l),
                    ty: *t,
                    span,
                })
                .collect();
            out.push(Stmt::Return(values));
            return;
        }
        // return f() with f returning all the results.
        if results.len() == 1 && want.len() > 1 {
            let op = self.expr(&results[0], None);
            match op {
                Operand::Tuple(call) => {
                    let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone() else {
                        return;
                    };
                    if ts.len() != want.len()
                        || !ts.iter().zip(&want).all(|(a, b)| self.assignable(*a, *b))
                    {
                        self.error(
                            results[0].span,
                            format!("cannot use {} (value of type ({})) as ({}) value in return statement",
                                self.text(results[0].span), self.type_list(&ts), self.type_list(&want)),
                        );
                        return;
                    }
                    // Assign to the result slots, then return them.
                    let targets = result_locals.iter().map(|l| Place::Local(*l)).collect();
                    out.push(Stmt::Assign {
                        targets,
                        values: vec![call],
                    });
                    let values = result_locals
                        .iter()
                        .zip(&want)
                        .map(|(l, t)| hir::Expr {
                            kind: ExprKind::Local(*l),
                            ty: *t,
                            span,
                        })
                        .collect();
                    out.push(Stmt::Return(values));
                    return;
                }
                Operand::Invalid => return,
                other => {
                    let have = self.operand_type_name(&other);
                    self.error(
                        results[0].span,
                        format!(
                            "not enough return values\n\thave ({have})\n\twant ({})",
                            self.type_list(&want)
                        ),
                    );
                    return;
                }
            }
        }
        if results.len() != want.len() {
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
            if want.is_empty() {
                self.error(
                    at,
                    "too many return values\n\thave (".to_string()
                        + &have.join(", ")
                        + ")\n\twant ()",
                );
            } else {
                self.error(
                    at,
                    format!(
                        "{msg}\n\thave ({})\n\twant ({})",
                        have.join(", "),
                        self.type_list(&want)
                    ),
                );
            }
            return;
        }
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

    pub(super) fn type_list(&self, ts: &[TypeId]) -> String {
        ts.iter()
            .map(|t| self.types.display(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
