//! String operations the runtime carries out (Go's compiler calls its
//! runtime for them too): concatenation and conversions to string become
//! calls of functions in `src/runtime/`.

use super::body::BodyChecker;
use super::hir::{self, ExprKind, FuncId};
use super::types::{Basic, TypeId};
use crate::diag::Span;

/// `a + b` of two strings.
const CONCAT: &str = "runtime.concatstrings";
/// `string(r)` of an integer.
const INT_STRING: &str = "runtime.intstring";

impl<'a> BodyChecker<'_, 'a> {
    /// `a + b` of strings, of `a`'s type.
    pub(super) fn concat(&mut self, span: Span, a: hir::Expr, b: hir::Expr) -> Option<hir::Expr> {
        let ty = a.ty;
        self.runtime_call(span, CONCAT, vec![a, b], ty)
    }

    /// `string(v)` of an integer value, of type `to`.
    pub(super) fn int_string(&mut self, span: Span, v: hir::Expr, to: TypeId) -> Option<hir::Expr> {
        let int64 = self.types.basic(Basic::Int64);
        let wide = hir::Expr {
            span: v.span,
            ty: int64,
            kind: ExprKind::Conv(Box::new(v)),
        };
        self.runtime_call(span, INT_STRING, vec![wide], to)
    }

    /// A call of a runtime function by its symbol, typed `ty`. `None`, with
    /// an error, only if the runtime lacks it (it is wexlab's own code).
    pub(super) fn runtime_call(
        &mut self,
        span: Span,
        symbol: &str,
        args: Vec<hir::Expr>,
        ty: TypeId,
    ) -> Option<hir::Expr> {
        let Some(i) = self.funcs.iter().position(|f| f.symbol == symbol) else {
            self.limit(span, format!("wexlab's runtime lacks {symbol}"));
            return None;
        };
        Some(hir::Expr {
            kind: ExprKind::Call {
                func: FuncId(i as u32),
                args,
            },
            ty,
            span,
        })
    }
}
