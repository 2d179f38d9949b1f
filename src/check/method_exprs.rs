//! Method expressions: `T.M` and `(*T).M` as functions whose first
//! parameter is the receiver. Either is the method itself, except `(*T).M`
//! of a method declared on `T`, for which Go makes a function of its own,
//! `main.(*T).M`, that reads the receiver through the pointer.

use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, Signature, TypeId};
use crate::syntax::ast;
use crate::syntax::ast::BinOp;

impl<'a> BodyChecker<'_, 'a> {
    /// `t.name` where `t` is a type (`e` is the whole selector).
    pub(super) fn method_expr(&mut self, e: &'a ast::Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        let Some((path, method)) = self.lookup_method(t, &sel.name) else {
            return self.no_method(e, t, sel);
        };
        if !path.is_empty() {
            return self.unsupported(e.span, "method expressions of promoted methods");
        }
        if self.is_pinner_pin(method) {
            return self.pin_value(e.span);
        }
        let Some(&recv) = self.funcs[method.0 as usize].sig.params.first() else {
            return Operand::Invalid;
        };
        let func = match (self.types.pointee(recv), self.types.pointee(t)) {
            (Some(_), None) => {
                let message = format!(
                    "invalid method expression {} (needs pointer receiver (*{}).{})",
                    self.text(e.span),
                    self.types.display(t),
                    sel.name
                );
                self.error(sel.span, message);
                return Operand::Invalid;
            }
            (None, Some(_)) => match self.pointer_wrappers.get(&method) {
                Some(&f) => f,
                None => self.pointer_wrapper(method, t),
            },
            _ => method,
        };
        self.func_value(e.span, func)
            .map_or(Operand::Invalid, Operand::Value)
    }

    /// Go's errors for a selector of a type that names no method.
    fn no_method(&mut self, e: &'a ast::Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        let shown = self.types.display(t);
        if self.has_field(t, &sel.name) {
            let message = format!(
                "operand for field selector {} must be value of type {shown}",
                sel.name
            );
            self.error(e.span, message);
        } else {
            let message = format!(
                "{} undefined (type {shown} has no field or method {})",
                self.text(e.span),
                sel.name
            );
            self.error(sel.span, message);
        }
        Operand::Invalid
    }

    fn has_field(&self, t: TypeId, name: &str) -> bool {
        let base = self.types.pointee(t).unwrap_or(t);
        match self.types.under(base) {
            super::types::TypeKind::Struct(fields) => {
                fields.iter().any(|f| f.name.as_deref() == Some(name))
            }
            _ => false,
        }
    }

    /// `main.(*T).M`: the method `main.T.M` called with `*p`.
    fn pointer_wrapper(&mut self, method: hir::FuncId, ptr: TypeId) -> hir::FuncId {
        let m = &self.funcs[method.0 as usize];
        let symbol = match m.symbol.split_once('.') {
            Some((pkg, rest)) => match rest.rsplit_once('.') {
                Some((ty, name)) => format!("{pkg}.(*{ty}).{name}"),
                None => format!("{}-ptr", m.symbol),
            },
            None => format!("{}-ptr", m.symbol),
        };
        let name_span = m.name_span;
        let mut sig: Signature = m.sig.clone();
        let value_ty = sig.params[0];
        sig.params[0] = ptr;
        let locals: Vec<hir::Local> = sig
            .params
            .iter()
            .chain(&sig.results)
            .enumerate()
            .map(|(i, &ty)| hir::Local {
                name: format!("~p{i}"),
                ty,
            })
            .collect();
        let id = |i: usize| hir::LocalId(i as u32);
        let params: Vec<hir::LocalId> = (0..sig.params.len()).map(id).collect();
        let results: Vec<hir::LocalId> = (sig.params.len()..locals.len()).map(id).collect();
        let read = |l: hir::LocalId, ty| hir::Expr {
            kind: ExprKind::Local(l),
            ty,
            span: name_span,
        };
        let receiver = hir::Expr {
            kind: ExprKind::Deref(Box::new(read(params[0], ptr))),
            ty: value_ty,
            span: name_span,
        };
        let mut args = vec![receiver];
        args.extend(
            params[1..]
                .iter()
                .zip(&sig.params[1..])
                .map(|(&l, &t)| read(l, t)),
        );
        let mut body = self.nil_receiver_check(&symbol, read(params[0], ptr));
        body.extend(self.call_and_return(method, args, &sig, &results, name_span));
        let func = hir::FuncId(self.funcs.len() as u32);
        self.funcs.push(hir::Func {
            symbol,
            name_span,
            sig,
            params,
            results,
            locals,
            body: Some(body),
            import: None,
            intrinsic: None,
            captures: Vec::new(),
        });
        self.pointer_wrappers.insert(method, func);
        func
    }

    /// Go's panic for a nil receiver: `value method main.T.M called using
    /// nil *T pointer` (`symbol` is the wrapper's, `main.(*T).M`).
    fn nil_receiver_check(&mut self, symbol: &str, p: hir::Expr) -> Vec<hir::Stmt> {
        let Some((pkg, rest)) = symbol.split_once(".(*") else {
            return Vec::new();
        };
        let Some((ty, name)) = rest.split_once(").") else {
            return Vec::new();
        };
        let string = self.types.basic(Basic::String);
        let text = |s: String| hir::Expr {
            kind: ExprKind::Const(Value::Str(s.into_bytes())),
            ty: string,
            span: p.span,
        };
        let args = vec![text(format!("{pkg}.{ty}.{name}")), text(ty.to_string())];
        let void = self.void();
        let Some(panic) = self.runtime_call(p.span, "runtime.panicwrap", args, void) else {
            return Vec::new();
        };
        let span = p.span;
        let nil = hir::Expr {
            kind: ExprKind::Const(Value::Int(0)),
            ty: p.ty,
            span,
        };
        let cond = hir::Expr {
            kind: ExprKind::Binary(BinOp::Eq, Box::new(p), Box::new(nil)),
            ty: self.types.basic(Basic::Bool),
            span,
        };
        vec![hir::Stmt::If {
            cond,
            then: vec![hir::Stmt::Expr(panic)],
            els: Vec::new(),
        }]
    }
}
