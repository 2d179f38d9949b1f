//! Function values: a package function used as a value, function literals
//! (closures), method values, and what a call through a value calls (the
//! calls themselves are checked in call.rs).

use super::body::{BodyChecker, FuncCtx};
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Signature, TypeKind};
use crate::diag::Span;
use crate::syntax::ast;

/// What a call calls: a function known by name, or a func value.
pub(super) enum Callee {
    Func(hir::FuncId),
    Value(Box<hir::Expr>),
}

impl<'a> BodyChecker<'_, 'a> {
    /// `f` used as a value: the address of its closure record (see
    /// docs/subset.md, "Function values and closures").
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
        if self.holds_unsupported(&sig, span) {
            return None;
        }
        let ty = self.types.intern(TypeKind::Func(sig));
        Some(hir::Expr {
            kind: ExprKind::FuncRef(f),
            ty,
            span,
        })
    }

    /// Whether a function value of signature `sig` would carry a value
    /// wexlab cannot hold; if so, says so at `span`.
    fn holds_unsupported(&mut self, sig: &Signature, span: Span) -> bool {
        let unsupported = sig
            .params
            .iter()
            .chain(&sig.results)
            .find_map(|&t| self.unsupported_value_type(t));
        if let Some(what) = unsupported {
            self.limit(span, format!("{what} are not supported by wexlab"));
        }
        unsupported.is_some()
    }

    /// A function literal: a function of its own, named after the one
    /// around it as Go names it (`main.main.func1`), whose body is checked
    /// with the enclosing function's scopes reachable (body.rs, `lookup`);
    /// the value is a closure record holding the addresses of the
    /// variables it captures.
    pub(super) fn func_lit(&mut self, e: &'a ast::Expr, lit: &'a ast::FuncLit) -> Operand {
        let (sig, params, results, locals) = self.signature_of(None, &lit.sig);
        let symbol = match self.fctx.func {
            Some(f) => {
                self.fctx.literals += 1;
                let outer = &self.funcs[f.0 as usize].symbol;
                format!("{outer}.func{}", self.fctx.literals)
            }
            None => {
                self.package_literals += 1;
                format!("{}.glob..func{}", self.pkg_name, self.package_literals)
            }
        };
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

    /// `x.M` as a value: a closure record whose one captured variable is a
    /// new copy of the receiver, evaluated now, and whose function calls
    /// the method with it (Go's `T.M-fm`).
    pub(super) fn method_value(
        &mut self,
        span: Span,
        method: hir::FuncId,
        recv: hir::Expr,
    ) -> Option<hir::Expr> {
        let mut sig = self.funcs[method.0 as usize].sig.clone();
        let recv_ty = sig.params.remove(0);
        if self.holds_unsupported(&sig, span) {
            return None;
        }
        let func = match self.method_wrappers.get(&method) {
            Some(&f) => f,
            None => self.method_wrapper(method, &sig, recv_ty),
        };
        // `&struct{ recv T }{recv}`: its address is the receiver's.
        let field = super::types::StructField {
            name: Some("recv".to_string()),
            ty: recv_ty,
        };
        let cell_ty = self.types.intern(TypeKind::Struct(vec![field]));
        let copy = hir::Expr {
            kind: ExprKind::Composite(vec![(0, recv)]),
            ty: cell_ty,
            span,
        };
        let cell = hir::Expr {
            kind: ExprKind::AddrOf(Box::new(copy)),
            ty: self.types.pointer(cell_ty),
            span,
        };
        Some(hir::Expr {
            kind: ExprKind::Closure {
                func,
                captures: vec![cell],
            },
            ty: self.types.intern(TypeKind::Func(sig)),
            span,
        })
    }

    /// A wrapper's body: `func(args…)`, its results (`sig`'s) stored in
    /// the wrapper's result locals and returned.
    pub(super) fn call_and_return(
        &mut self,
        func: hir::FuncId,
        args: Vec<hir::Expr>,
        sig: &Signature,
        results: &[hir::LocalId],
        span: Span,
    ) -> Vec<hir::Stmt> {
        let call_ty = match sig.results.as_slice() {
            [one] => *one,
            many => self.types.intern(TypeKind::Tuple(many.to_vec())),
        };
        let call = hir::Expr {
            kind: ExprKind::Call { func, args },
            ty: call_ty,
            span,
        };
        if results.is_empty() {
            return vec![hir::Stmt::Expr(call), hir::Stmt::Return(Vec::new())];
        }
        let values = results.iter().zip(&sig.results).map(|(&l, &ty)| hir::Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        });
        vec![
            hir::Stmt::Assign {
                targets: results.iter().map(|&l| hir::Place::Local(l)).collect(),
                values: vec![call],
            },
            hir::Stmt::Return(values.collect()),
        ]
    }

    /// The function of `method`'s method values: its parameters and
    /// results are the method's, the receiver is its captured variable.
    fn method_wrapper(
        &mut self,
        method: hir::FuncId,
        sig: &super::types::Signature,
        recv_ty: super::types::TypeId,
    ) -> hir::FuncId {
        let m = &self.funcs[method.0 as usize];
        let symbol = format!("{}-fm", m.symbol);
        let name_span = m.name_span;
        let local = |i: usize, ty| hir::Local {
            name: format!("~p{i}"),
            ty,
        };
        let mut locals: Vec<hir::Local> = sig
            .params
            .iter()
            .chain(&sig.results)
            .enumerate()
            .map(|(i, &ty)| local(i, ty))
            .collect();
        let id = |i: usize| hir::LocalId(i as u32);
        let params: Vec<hir::LocalId> = (0..sig.params.len()).map(id).collect();
        let results: Vec<hir::LocalId> = (sig.params.len()..locals.len()).map(id).collect();
        let recv = id(locals.len());
        locals.push(local(locals.len(), recv_ty));
        let read = |l: hir::LocalId, ty| hir::Expr {
            kind: ExprKind::Local(l),
            ty,
            span: name_span,
        };
        let mut args = vec![read(recv, recv_ty)];
        args.extend(params.iter().zip(&sig.params).map(|(&l, &t)| read(l, t)));
        let body = self.call_and_return(method, args, sig, &results, name_span);
        let func = hir::FuncId(self.funcs.len() as u32);
        self.funcs.push(hir::Func {
            symbol,
            name_span,
            sig: sig.clone(),
            params,
            results,
            locals,
            body: Some(body),
            import: None,
            intrinsic: None,
            captures: vec![recv],
        });
        self.method_wrappers.insert(method, func);
        func
    }

    /// An operand with a package function made its value, so that it is
    /// typed like any other (in comparisons, assignments).
    pub(super) fn func_operand(&mut self, e: &'a ast::Expr, op: Operand) -> Operand {
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
                // Only func-typed values become callees (call.rs).
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
