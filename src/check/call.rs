//! Function calls (conversions and builtins have their own files).

use super::body::{BodyChecker, ValueContext};
use super::funcs::{Callee, call_kind};
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{TypeId, TypeKind};
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn call(
        &mut self,
        e: &'a ast::Expr,
        func: &'a ast::Expr,
        args: &'a [ast::Expr],
        ellipsis: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let callee = self.expr(func, None);
        self.call_with(e, func, callee, args, ellipsis, hint)
    }

    /// The call of an already checked callee.
    pub(super) fn call_with(
        &mut self,
        e: &'a ast::Expr,
        func: &'a ast::Expr,
        callee: Operand,
        args: &'a [ast::Expr],
        ellipsis: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        match callee {
            Operand::Type(t) => self.conversion(e, t, args),
            Operand::Builtin(b) => self.builtin_call(e, b, args, ellipsis, hint),
            Operand::Func(f) => self.func_call(e, func, Callee::Func(f), None, args, ellipsis),
            Operand::Method(f, recv) if self.is_pinner_pin(f) => self.pin_call(e, f, *recv, args),
            Operand::Method(f, recv) => {
                self.func_call(e, func, Callee::Func(f), Some(*recv), args, ellipsis)
            }
            Operand::Value(v) if self.types.is_func(v.ty) => {
                let callee = Callee::Value(Box::new(v));
                self.func_call(e, func, callee, None, args, ellipsis)
            }
            Operand::Invalid => {
                for a in args {
                    let _ = self.expr(a, None);
                }
                Operand::Invalid
            }
            other => {
                let desc = self.describe(func.span, &other);
                self.error(
                    e.span,
                    format!(
                        "invalid operation: cannot call {desc}: {} is not a function",
                        self.operand_type(&other)
                            .map_or("it".to_string(), |t| self.types.display(t))
                    ),
                );
                Operand::Invalid
            }
        }
    }

    /// `f(g())` where g has several results: each result is an argument.
    #[allow(clippy::too_many_arguments)]
    fn spread_call(
        &mut self,
        e: &'a ast::Expr,
        func_e: &'a ast::Expr,
        f: Callee,
        recv: Option<hir::Expr>,
        sig: &super::types::Signature,
        arg: &'a ast::Expr,
        tuple: hir::Expr,
    ) -> Operand {
        let results = match self.types.kind(tuple.ty) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => Vec::new(),
        };
        let fits = results.len() == sig.params.len()
            && results
                .iter()
                .zip(&sig.params)
                .all(|(&r, &p)| self.assignable(r, p));
        if !fits {
            let have: Vec<String> = results.iter().map(|&t| self.types.display(t)).collect();
            let want: Vec<String> = sig.params.iter().map(|&t| self.types.display(t)).collect();
            let message = if results.len() == sig.params.len() {
                let first = results
                    .iter()
                    .zip(&sig.params)
                    .find(|(r, p)| !self.assignable(**r, **p));
                let (r, p) = first.map_or((String::new(), String::new()), |(r, p)| {
                    (self.types.display(*r), self.types.display(*p))
                });
                let text = self.text(arg.span);
                let func = self.text(func_e.span);
                format!("cannot use {text} (value of type {r}) as {p} value in argument to {func}")
            } else {
                let which = if results.len() < sig.params.len() {
                    "not enough"
                } else {
                    "too many"
                };
                format!(
                    "{which} arguments in call to {}\n\thave ({})\n\twant ({})",
                    self.text(func_e.span),
                    have.join(", "),
                    want.join(", ")
                )
            };
            self.error(arg.span, message);
            return Operand::Invalid;
        }
        let mut args: Vec<hir::Expr> = recv.into_iter().collect();
        args.push(tuple);
        self.call_result(e, f, args, sig)
    }

    /// The call expression of `f` with its arguments checked.
    fn call_result(
        &mut self,
        e: &'a ast::Expr,
        f: Callee,
        args: Vec<hir::Expr>,
        sig: &super::types::Signature,
    ) -> Operand {
        let call = |ty| hir::Expr {
            kind: call_kind(f, args),
            ty,
            span: e.span,
        };
        match sig.results.len() {
            0 => {
                let void = self.types.intern(TypeKind::Tuple(vec![]));
                Operand::Void(call(void))
            }
            1 => Operand::Value(call(sig.results[0])),
            _ => {
                let t = self.types.intern(TypeKind::Tuple(sig.results.clone()));
                Operand::Tuple(call(t))
            }
        }
    }

    /// `f(a, b, xs…)` of `func f(a A, b B, xs ...T)`: the values after the
    /// fixed parameters go into a new slice (nil when there are none).
    fn variadic_call(
        &mut self,
        e: &'a ast::Expr,
        func_e: &'a ast::Expr,
        f: Callee,
        recv: Option<hir::Expr>,
        args: &'a [ast::Expr],
        sig: super::types::Signature,
    ) -> Operand {
        let fixed = sig.params.len().saturating_sub(1);
        let Some(&last) = sig.params.last() else {
            return Operand::Invalid;
        };
        let TypeKind::Slice(elem) = *self.types.under(last) else {
            return Operand::Invalid;
        };
        if args.len() < fixed {
            let want: Vec<String> = sig.params.iter().map(|t| self.types.display(*t)).collect();
            let at = args.last().map_or(e.span, |a| a.span);
            let message = format!(
                "not enough arguments in call to {}\n\thave ({})\n\twant ({})",
                self.text(func_e.span),
                self.arg_types(args),
                want.join(", ")
            );
            self.error(at, message);
            return Operand::Invalid;
        }
        let mut hir_args: Vec<hir::Expr> = recv.into_iter().collect();
        let mut ok = true;
        let func_text = self.text(func_e.span);
        for (i, a) in args.iter().enumerate() {
            let to = if i < fixed { sig.params[i] } else { elem };
            let op = self.expr(a, Some(to));
            let context = ValueContext::Argument(func_text.clone());
            match self.assign_to(a, op, to, context) {
                Some(v) => hir_args.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::Invalid;
        }
        let extra = hir_args.split_off(hir_args.len() - (args.len() - fixed));
        let size = self.types.size(elem);
        let n = extra.len() as u64;
        let rest = if extra.is_empty() {
            hir::Expr {
                kind: ExprKind::Const(super::constant::Value::Int(0)),
                ty: last,
                span: e.span,
            }
        } else {
            let elems = extra
                .into_iter()
                .enumerate()
                .map(|(k, v)| (k as u64 * size, v))
                .collect();
            hir::Expr {
                kind: ExprKind::SliceLit(n, elems),
                ty: last,
                span: e.span,
            }
        };
        hir_args.push(rest);
        self.call_result(e, f, hir_args, &sig)
    }

    /// The types of arguments, as Go lists them in a message.
    fn arg_types(&mut self, args: &'a [ast::Expr]) -> String {
        let mut out = Vec::new();
        for a in args {
            let op = self.expr(a, None);
            out.push(match self.operand_type(&op) {
                Some(t) if self.types.is_untyped(t) => "number".to_string(),
                Some(t) => self.types.display(t),
                None => "?".to_string(),
            });
        }
        out.join(", ")
    }

    fn func_call(
        &mut self,
        e: &'a ast::Expr,
        func_e: &'a ast::Expr,
        f: Callee,
        recv: Option<hir::Expr>,
        args: &'a [ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        let mut sig = self.callee_sig(&f);
        // A method's receiver is its first parameter, already checked.
        if recv.is_some() && !sig.params.is_empty() {
            sig.params.remove(0);
        }
        if ellipsis && !sig.variadic {
            let call = self.text(e.span);
            let name = self.text(func_e.span);
            self.error(
                e.span,
                format!("have (...) in call to non-variadic {name}: {call}"),
            );
            return Operand::Invalid;
        }
        if sig.variadic && !ellipsis {
            return self.variadic_call(e, func_e, f, recv, args, sig);
        }
        // f(g()) where g returns several values.
        let mut values = Vec::new();
        if args.len() == 1 && sig.params.len() != 1 || args.len() == 1 && is_call(&args[0]) {
            let hint = sig
                .params
                .first()
                .copied()
                .filter(|_| sig.params.len() == 1);
            let op = self.expr(&args[0], hint);
            if let Operand::Tuple(t) = op {
                return self.spread_call(e, func_e, f, recv, &sig, &args[0], t);
            }
            values.push((&args[0], op));
        } else {
            for (i, a) in args.iter().enumerate() {
                let hint = sig.params.get(i).copied();
                values.push((a, self.expr(a, hint)));
            }
        }
        if values.len() != sig.params.len() {
            for (a, op) in &values {
                if matches!(op, Operand::Tuple(_)) {
                    let desc = self.describe(a.span, op);
                    self.error(
                        a.span,
                        format!("multiple-value {desc} in single-value context"),
                    );
                }
            }
            let have: Vec<String> = values
                .iter()
                .map(|(_, op)| match op {
                    Operand::Tuple(t) => Some(t.ty),
                    op => self.operand_type(op),
                })
                .map(|t| match t {
                    Some(t) => {
                        if self.types.is_untyped(t) {
                            "number".to_string()
                        } else {
                            self.types.display(t)
                        }
                    }
                    None => "?".to_string(),
                })
                .collect();
            let want: Vec<String> = sig.params.iter().map(|t| self.types.display(*t)).collect();
            let msg = if values.len() < sig.params.len() {
                "not enough"
            } else {
                "too many"
            };
            let at = if values.len() < sig.params.len() {
                // At the last argument, or at the call when there is none.
                match values.last() {
                    Some((a, _)) => a.span,
                    None => e.span,
                }
            } else {
                values[sig.params.len()].0.span
            };
            self.error(
                at,
                format!(
                    "{msg} arguments in call to {}\n\thave ({})\n\twant ({})",
                    self.text(func_e.span),
                    have.join(", "),
                    want.join(", ")
                ),
            );
            return Operand::Invalid;
        }
        let mut hir_args: Vec<hir::Expr> = recv.into_iter().collect();
        let mut ok = true;
        for ((a, op), &pt) in values.into_iter().zip(&sig.params) {
            let context = ValueContext::Argument(self.text(func_e.span));
            match self.assign_to(a, op, pt, context) {
                Some(v) => hir_args.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::Invalid;
        }
        self.call_result(e, f, hir_args, &sig)
    }
}

/// Whether an argument is a call (which may have several results).
fn is_call(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Call { .. } => true,
        ast::ExprKind::Paren(x) => is_call(x),
        _ => false,
    }
}
