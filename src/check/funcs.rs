//! Function values: a package function used as a value, and calls through
//! a value of func type (the calls themselves are checked in call.rs).

use super::body::BodyChecker;
use super::hir::{self, ExprKind};
use super::types::TypeKind;
use crate::diag::Span;

/// What a call calls: a function known by name, or a func value.
pub(super) enum Callee {
    Func(hir::FuncId),
    Value(Box<hir::Expr>),
}

impl BodyChecker<'_, '_> {
    /// `f` used as a value: the address of its closure record (see
    /// docs/subset.md, "Function values").
    pub(super) fn func_value(&mut self, span: Span, f: hir::FuncId) -> Option<hir::Expr> {
        let func = &self.funcs[f.0 as usize];
        // A wasmimport has only Go's ABI version, which no func value calls.
        if func.import.is_some() || func.intrinsic.is_some() {
            self.limit(
                span,
                "wasmimport functions used as values are not supported by wexlab",
            );
            return None;
        }
        let sig = func.sig.clone();
        if let Some(what) = sig
            .params
            .iter()
            .chain(&sig.results)
            .find_map(|&t| self.unsupported_value_type(t))
        {
            self.limit(span, format!("{what} are not supported by wexlab"));
            return None;
        }
        let ty = self.types.intern(TypeKind::Func(sig));
        Some(hir::Expr {
            kind: ExprKind::FuncRef(f),
            ty,
            span,
        })
    }

    /// The signature of a callee.
    pub(super) fn callee_sig(&self, callee: &Callee) -> super::types::Signature {
        match callee {
            Callee::Func(f) => self.funcs[f.0 as usize].sig.clone(),
            Callee::Value(v) => match self.types.under(v.ty) {
                TypeKind::Func(sig) => sig.clone(),
                _ => super::types::Signature {
                    params: Vec::new(),
                    results: Vec::new(),
                    variadic: false,
                },
            },
        }
    }
}

/// The call expression of a callee with its checked arguments.
pub(super) fn call_kind(callee: Callee, args: Vec<hir::Expr>) -> ExprKind {
    match callee {
        Callee::Func(func) => ExprKind::Call { func, args },
        Callee::Value(callee) => ExprKind::CallValue { callee, args },
    }
}
