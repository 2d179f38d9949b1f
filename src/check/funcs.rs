//! Function values: a package function used as a value, and calls through
//! a value of func type (the calls themselves are checked in call.rs).

use super::body::{BodyChecker, FuncCtx};
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::TypeKind;
use crate::diag::Span;
use crate::syntax::ast;

/// What a call calls: a function known by name, or a func value.
pub(super) enum Callee {
    Func(hir::FuncId),
    Value(Box<hir::Expr>),
}

impl<'a> BodyChecker<'_, 'a> {
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

    /// A function literal: a function of its own, named after the one
    /// around it as Go names it (`main.main.func1`), whose body is checked
    /// with the enclosing function's scopes reachable (body.rs, `lookup`);
    /// the value is a closure record holding the addresses of the
    /// variables it captures.
    pub(super) fn func_lit(&mut self, e: &ast::Expr, lit: &ast::FuncLit) -> Operand {
        // Statements are checked as borrowed for the whole check ('a), and
        // expressions are not: the literal is copied for as long (a few
        // nodes a literal, once per compilation).
        let lit: &'a ast::FuncLit = Box::leak(Box::new(lit.clone()));
        let (sig, params, results, locals) = self.signature_of(None, &lit.sig);
        self.fctx.literals += 1;
        let outer = match self.fctx.func {
            Some(f) => self.funcs[f.0 as usize].symbol.clone(),
            None => format!("{}.glob.", self.pkg_name),
        };
        let symbol = format!("{outer}.func{}", self.fctx.literals);
        let func = hir::FuncId(self.funcs.len() as u32);
        let ty = self.types.intern(TypeKind::Func(sig.clone()));
        self.funcs.push(hir::Func {
            symbol,
            name_span: e.span,
            sig,
            params,
            results,
            locals,
            body: None,
            import: None,
            intrinsic: None,
            captures: Vec::new(),
        });
        let named_results = lit.sig.results.iter().any(|r| r.name.is_some());
        let inner = FuncCtx::function(self, func, named_results);
        let outer = std::mem::replace(&mut self.fctx, inner);
        self.fctx.enclosing = Some(Box::new(outer));
        self.declare_params(None, &lit.sig, func);
        // Parameters live from the call on.
        self.fctx.declared.clear();
        let stmts = self.block(&lit.body.stmts);
        let Some(outer) = self.fctx.enclosing.take() else {
            return Operand::Invalid;
        };
        let inner = std::mem::replace(&mut self.fctx, *outer);
        let captures = inner
            .captures
            .iter()
            .map(|&(l, _)| self.capture_address(l, e.span))
            .collect();
        self.c.finish_body(inner, func, &lit.body, stmts);
        Operand::Value(hir::Expr {
            kind: ExprKind::Closure { func, captures },
            ty,
            span: e.span,
        })
    }

    /// `&x` of a variable a function literal captures.
    fn capture_address(&mut self, l: hir::LocalId, span: Span) -> hir::Expr {
        let ty = self.fctx.locals[l.0 as usize].ty;
        let ptr = self.types.intern(TypeKind::Pointer(ty));
        let var = hir::Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        };
        hir::Expr {
            kind: ExprKind::AddrOf(Box::new(var)),
            ty: ptr,
            span,
        }
    }

    /// An operand with a package function made its value, so that it is
    /// typed like any other (in comparisons, assignments).
    pub(super) fn func_operand(&mut self, e: &ast::Expr, op: Operand) -> Operand {
        match op {
            Operand::Func(f) => self
                .func_value(e.span, f)
                .map_or(Operand::Invalid, Operand::Value),
            op => op,
        }
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
