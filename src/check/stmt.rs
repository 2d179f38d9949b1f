//! Function bodies: scopes, blocks, statements, missing returns, and
//! "declared and not used".

use super::body::{BodyChecker, Breakable, FuncCtx, ScopeEntry, ValueContext};
use super::constant::Value;
use super::hir::{self, ExprKind, FuncId, LocalId, Place, Stmt};
use super::operand::Operand;
use super::types::{Basic, TypeId};
use super::universe::Builtin;
use super::{Checker, Entity};
use crate::diag::Span;
use crate::syntax::ast::{self, AssignOp};

impl<'a> Checker<'a> {
    /// Checks a function's body; `linknamed` when `//go:linkname` names the
    /// function, which lets it go without one.
    pub(super) fn check_func_body(
        &mut self,
        decl: &'a ast::FuncDecl,
        func: FuncId,
        linknamed: bool,
    ) {
        let f = &self.funcs[func.0 as usize];
        let Some(body) = &decl.body else {
            let name = decl.name.span;
            if self.left_out_at.contains(&(name.file, name.start as usize)) {
                self.bodies_left_out.push(func);
                return;
            }
            if linknamed {
                // Go builds it, the body coming from elsewhere at link time.
                self.limit(
                    decl.name.span,
                    "functions without a body (named by //go:linkname) are not supported by wexlab",
                );
            } else if f.import.is_none() && f.intrinsic.is_none() {
                self.diags.push(
                    crate::diag::Diagnostic::error(decl.name.span, "missing function body")
                        .in_phase(crate::diag::Phase::Declarations),
                );
            }
            return;
        };
        if f.import.is_some() {
            // Reported with the directive.
            return;
        }
        let named_results = decl.sig.results.iter().any(|r| r.name.is_some());
        let fctx = FuncCtx::function(self, func, named_results);
        let mut body_checker = BodyChecker { c: self, fctx };
        body_checker.declare_params(decl.recv.iter().flatten().next(), &decl.sig, func);
        // Parameters live from the call on.
        body_checker.fctx.declared.clear();
        let stmts = body_checker.function_body(&body.stmts, func);
        let ctx = body_checker.fctx;
        self.finish_body(ctx, func, body, stmts);
    }

    /// Ends the check of a function's body: its unused variables, a
    /// missing return; the body and locals go into the function.
    pub(super) fn finish_body(
        &mut self,
        mut ctx: FuncCtx,
        func: FuncId,
        body: &ast::Block,
        mut stmts: Vec<Stmt>,
    ) {
        ctx.pop_scope();
        for (span, name) in std::mem::take(&mut ctx.unused) {
            self.error(span, format!("declared and not used: {name}"));
        }
        let has_results = !self.funcs[func.0 as usize].sig.results.is_empty();
        if has_results && !is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        if !has_results {
            stmts.push(Stmt::Return(vec![]));
        }
        if ctx.defers > 0 {
            stmts = self.body_with_defers(&mut ctx, body.rbrace, stmts);
        }
        let f = &mut self.funcs[func.0 as usize];
        f.locals = ctx.locals;
        f.captures = ctx.captures.into_iter().map(|(_, inner)| inner).collect();
        f.body = Some(stmts);
    }
}

impl<'a> BodyChecker<'_, 'a> {
    /// Puts the named parameters and results in the outermost scope, and
    /// reports the types wexlab cannot pass.
    pub(super) fn declare_params(
        &mut self,
        recv: Option<&'a ast::Field>,
        sig: &'a ast::FuncType,
        func: FuncId,
    ) {
        let f = &self.funcs[func.0 as usize];
        let locals: Vec<LocalId> = f.params.iter().chain(&f.results).copied().collect();
        let fields = recv.into_iter().chain(&sig.params).chain(&sig.results);
        for (field, local) in fields.zip(locals) {
            if let Some(name) = &field.name {
                if name.name == "_" {
                    continue;
                }
                if let Some(prev) = self.fctx.scope.get(&name.name) {
                    let prev = prev.span;
                    self.diags.push(
                        crate::diag::Diagnostic::error(
                            name.span,
                            format!("{} redeclared in this block", name.name),
                        )
                        .with_note(prev, format!("other declaration of {}", name.name)),
                    );
                    continue;
                }
                self.fctx.scope.insert(
                    name.name.clone(),
                    ScopeEntry {
                        entity: Entity::Local(local),
                        span: name.span,
                        used: true,
                        is_var: false,
                    },
                );
            }
        }
        let types = self.funcs[func.0 as usize].sig.clone();
        for (field, ty) in recv.into_iter().chain(&sig.params).zip(types.params) {
            self.check_param_type(field, ty);
        }
        for (field, ty) in sig.results.iter().zip(types.results) {
            self.check_param_type(field, ty);
        }
    }

    /// The body's statements, with the package objects they use recorded
    /// for the initialization order.
    fn function_body(&mut self, stmts: &'a [ast::Stmt], func: FuncId) -> Vec<Stmt> {
        self.deps.push(Vec::new());
        let stmts = self.block(stmts);
        let deps = self.deps.pop().unwrap_or_default();
        self.func_deps.insert(func, deps);
        stmts
    }

    /// Parameter types wexlab cannot pass are reported where the function has
    /// a body to compile (wasmexport checks report their own, in the rules).
    fn check_param_type(&mut self, field: &ast::Field, ty: TypeId) {
        if let Some(what) = self.unsupported_value_type(ty) {
            self.limit(field.ty.span, format!("{what} are not supported by wexlab"));
        }
    }

    pub(super) fn block(&mut self, stmts: &'a [ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    pub(super) fn scoped_block(&mut self, stmts: &'a [ast::Stmt]) -> Vec<Stmt> {
        self.fctx.push_scope();
        let out = self.block(stmts);
        self.fctx.pop_scope();
        out
    }

    pub(super) fn declare_local(&mut self, name: &ast::Ident, ty: TypeId) -> Option<LocalId> {
        if name.name == "_" {
            return None;
        }
        let local = self.fctx.new_local(&name.name, ty);
        self.fctx.declared.push(local);
        let scope = &mut self.fctx.scope;
        if let Some(prev) = scope.get(&name.name) {
            let prev = prev.span;
            self.c.diags.push(
                crate::diag::Diagnostic::error(
                    name.span,
                    format!("{} redeclared in this block", name.name),
                )
                .with_note(prev, format!("other declaration of {}", name.name)),
            );
            return Some(local);
        }
        scope.insert(
            name.name.clone(),
            ScopeEntry {
                entity: Entity::Local(local),
                span: name.span,
                used: false,
                is_var: true,
            },
        );
        Some(local)
    }

    /// A statement, after `Stmt::Fresh` for each variable it declares
    /// (those of statements within it come before those statements).
    pub(super) fn stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
        let mark = self.fctx.declared.len();
        let mut inner = Vec::new();
        self.stmt_inner(s, &mut inner);
        out.extend(self.fctx.declared.drain(mark..).map(Stmt::Fresh));
        out.extend(inner);
    }

    fn stmt_inner(&mut self, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
        match s {
            ast::Stmt::Empty(_) | ast::Stmt::Bad(_) => {}
            ast::Stmt::Expr(e) => self.expr_stmt(e, out),
            ast::Stmt::Decl(g) => self.local_decl(g, out),
            ast::Stmt::Assign {
                lhs,
                op,
                op_span,
                rhs,
            } => match op {
                AssignOp::Define => self.define(lhs, rhs, *op_span, out),
                AssignOp::Plain => self.assign(lhs, rhs, out),
                AssignOp::Op(bop) => self.op_assign(&lhs[0], *bop, &rhs[0], out),
            },
            ast::Stmt::IncDec { expr, inc, op_span } => self.inc_dec(expr, *inc, *op_span, out),
            ast::Stmt::Block(b) => {
                let body = self.scoped_block(&b.stmts);
                out.push(Stmt::Block(body));
            }
            ast::Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => self.if_stmt(init.as_deref(), cond, then, els.as_deref(), out),
            ast::Stmt::For {
                span,
                range: Some(clause),
                body,
                ..
            } => self.range_stmt(*span, clause, body, out),
            ast::Stmt::For {
                init,
                cond,
                post,
                body,
                ..
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, out),
            ast::Stmt::Switch {
                init, tag, clauses, ..
            } => self.switch(init.as_deref(), tag.as_ref(), clauses, out),
            ast::Stmt::Return { span, results } => self.return_stmt(*span, results, out),
            ast::Stmt::Break { span, label } => self.break_stmt(*span, label.is_some(), out),
            ast::Stmt::Continue { span, label } => self.continue_stmt(*span, label.is_some(), out),
            ast::Stmt::Defer { span, call } => self.defer_stmt(*span, call, out),
            ast::Stmt::Unsupported { span, what, covers } => {
                self.limit(*span, format!("{what} are not supported by wexlab"));
                self.mark_used_in(*covers);
            }
        }
    }

    fn if_stmt(
        &mut self,
        init: Option<&'a ast::Stmt>,
        cond: &'a ast::Expr,
        then: &'a ast::Block,
        els: Option<&'a ast::Stmt>,
        out: &mut Vec<Stmt>,
    ) {
        self.fctx.push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.simple_stmt(init, &mut pre);
        }
        let c = self.condition(cond, "if statement");
        let then_b = self.scoped_block(&then.stmts);
        let mut els_b = Vec::new();
        if let Some(e) = els {
            self.stmt(e, &mut els_b);
        }
        self.fctx.pop_scope();
        if let Some(c) = c {
            pre.push(Stmt::If {
                cond: c,
                then: then_b,
                els: els_b,
            });
        }
        out.push(Stmt::Block(pre));
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a ast::Stmt>,
        cond: Option<&'a ast::Expr>,
        post: Option<&'a ast::Stmt>,
        body: &'a ast::Block,
        out: &mut Vec<Stmt>,
    ) {
        self.fctx.push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.simple_stmt(init, &mut pre);
        }
        let c = cond.and_then(|c| self.condition(c, "for statement"));
        // Go 1.22: each iteration has its own loop variables, copied from
        // the last before the post statement runs.
        let mut post_b: Vec<Stmt> = pre
            .iter()
            .filter_map(|s| match s {
                Stmt::Fresh(l) => Some(Stmt::Renew(*l)),
                _ => None,
            })
            .collect();
        if let Some(p) = post {
            if let ast::Stmt::Assign {
                op: AssignOp::Define,
                op_span,
                ..
            } = p
            {
                self.error(*op_span, "cannot declare in post statement of for loop");
            } else {
                self.simple_stmt(p, &mut post_b);
            }
        }
        let label = self.fctx.new_label();
        self.fctx.breakables.push(Breakable::Loop(label));
        let body_b = self.scoped_block(&body.stmts);
        self.fctx.breakables.pop();
        self.fctx.pop_scope();
        pre.push(Stmt::Loop {
            label,
            cond: c,
            body: body_b,
            post: post_b,
        });
        out.push(Stmt::Block(pre));
    }

    fn break_stmt(&mut self, span: Span, labeled: bool, out: &mut Vec<Stmt>) {
        if labeled {
            self.limit(span, "labels are not supported by wexlab");
            return;
        }
        match self.fctx.breakables.last() {
            Some(Breakable::Loop(l) | Breakable::Switch(l)) => out.push(Stmt::Break(*l)),
            None => self.error(span, "break is not in a loop, switch, or select"),
        }
    }

    fn continue_stmt(&mut self, span: Span, labeled: bool, out: &mut Vec<Stmt>) {
        if labeled {
            self.limit(span, "labels are not supported by wexlab");
            return;
        }
        let l = self.fctx.breakables.iter().rev().find_map(|b| match b {
            Breakable::Loop(l) => Some(*l),
            Breakable::Switch(_) => None,
        });
        match l {
            Some(l) => out.push(Stmt::Continue(l)),
            None => self.error(span, "continue is not in a loop"),
        }
    }

    /// The init and post statements of `if`, `for` and `switch`.
    pub(super) fn simple_stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
        self.stmt(s, out);
    }

    pub(super) fn condition(&mut self, cond: &'a ast::Expr, what: &str) -> Option<hir::Expr> {
        let op = self.expr(cond, None);
        let v = self.single_value(cond, op, None)?;
        if !self.types.is_boolean(v.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
            return None;
        }
        Some(v)
    }

    fn expr_stmt(&mut self, e: &'a ast::Expr, out: &mut Vec<Stmt>) {
        // print and println are statements in wexlab's program.
        if let ast::ExprKind::Call { func, args, .. } = &e.kind
            && let ast::ExprKind::Ident(name) = &func.kind
            && (name == "print" || name == "println")
            && let Some(Entity::Builtin(b)) = self.lookup(name)
        {
            if let Some(args) = self.print_args(args, b == Builtin::Println) {
                out.push(Stmt::Print {
                    args,
                    newline: b == Builtin::Println,
                });
            }
            return;
        }
        if let Some(s) = self.recover_stmt(e) {
            out.push(s);
            return;
        }
        let op = self.expr(e, None);
        match op {
            Operand::Void(v) | Operand::Tuple(v) => out.push(Stmt::Expr(v)),
            Operand::Value(v)
                if matches!(
                    v.kind,
                    ExprKind::Call { .. } | ExprKind::CallValue { .. } | ExprKind::Copy(..)
                ) =>
            {
                out.push(Stmt::Expr(v))
            }
            Operand::Invalid => {}
            other => {
                let desc = self.describe(e.span, &other);
                self.error(e.span, format!("{desc} is not used"));
            }
        }
    }

    fn local_decl(&mut self, g: &'a ast::GenDecl, out: &mut Vec<Stmt>) {
        let mut last_values: Option<&'a ast::ValueSpec> = None;
        for spec in &g.specs {
            match (g.kind, spec) {
                (ast::GenKind::Var, ast::Spec::Value(vs)) => self.local_var(vs, out),
                (ast::GenKind::Const, ast::Spec::Value(vs)) => {
                    let Some(source) = self.c.const_values_source(vs, &mut last_values) else {
                        continue;
                    };
                    let ty = source.ty.as_ref().map(|t| self.resolve_type(t));
                    let mut consts = Vec::new();
                    for (i, name) in vs.names.iter().enumerate() {
                        let Some(value) = source.values.get(i) else {
                            self.error(name.span, "missing init expr for const declaration");
                            continue;
                        };
                        self.fctx.iota = Some(vs.index as i128);
                        let c = self.const_expr(value, ty, vs.index as i128);
                        self.fctx.iota = None;
                        // A constant that failed stays declared (invalid), so
                        // that its uses raise no further errors.
                        let (ty, value) =
                            c.unwrap_or_else(|| (self.types.invalid(), Value::Int(0)));
                        consts.push((name, ty, value));
                    }
                    for (name, ty, value) in consts {
                        self.declare_entity(name, Entity::Const { ty, value });
                    }
                }
                (ast::GenKind::Type, ast::Spec::Type(ts)) => {
                    let t = if ts.alias {
                        self.resolve_type(&ts.ty)
                    } else {
                        let pkg = self.pkg_name.clone();
                        let named = self.types.new_named(&pkg, &ts.name.name);
                        let u = self.resolve_type(&ts.ty);
                        self.types.set_underlying(named, u);
                        named
                    };
                    self.declare_entity(&ts.name, Entity::Type(t));
                }
                _ => {}
            }
        }
    }

    fn declare_entity(&mut self, name: &ast::Ident, entity: Entity) {
        if name.name == "_" {
            return;
        }
        self.fctx.scope.insert(
            name.name.clone(),
            ScopeEntry {
                entity,
                span: name.span,
                used: true,
                is_var: false,
            },
        );
    }

    fn local_var(&mut self, vs: &'a ast::ValueSpec, out: &mut Vec<Stmt>) {
        let declared = vs.ty.as_ref().map(|t| self.resolve_type(t));
        if let Some(t) = declared {
            self.check_var_type(vs.ty.as_ref().map_or(vs.span, |t| t.span), t);
            if self.unsupported_value_type(t).is_some() {
                // Reported: the values are checked on their own, and the
                // variables are left without a type.
                for v in &vs.values {
                    let _ = self.expr(v, None);
                }
                let invalid = self.types.invalid();
                for n in &vs.names {
                    self.declare_local(n, invalid);
                    self.fctx.mark_used(&n.name);
                }
                return;
            }
        }
        self.fctx.context = ValueContext::VariableDeclaration;
        let values = self.rhs_values(
            &vs.values,
            vs.names.len(),
            declared.map(|t| vec![t; vs.names.len()]),
        );
        self.fctx.context = ValueContext::Assignment;
        let Some(values) = values else {
            // Declared all the same: Go still reports them if unused.
            for n in &vs.names {
                let ty = declared.unwrap_or_else(|| self.types.invalid());
                self.declare_local(n, ty);
            }
            return;
        };
        let mut targets = Vec::new();
        for (i, name) in vs.names.iter().enumerate() {
            let ty = match declared {
                Some(t) => t,
                None => values.types[i],
            };
            if declared.is_none() {
                self.check_var_type(name.span, ty);
            }
            match self.declare_local(name, ty) {
                Some(l) => targets.push(Place::Local(l)),
                None => targets.push(Place::Blank),
            }
        }
        if values.exprs.is_empty() {
            // `var x T`: the zero value.
            for (t, name) in targets.iter().zip(&vs.names) {
                if let Place::Local(l) = t {
                    let ty = self.fctx.locals[l.0 as usize].ty;
                    let zero = self.zero_value(ty, name.span);
                    out.push(Stmt::Assign {
                        targets: vec![t.clone()],
                        values: vec![zero],
                    });
                }
            }
            return;
        }
        out.push(Stmt::Assign {
            targets,
            values: values.exprs,
        });
    }

    pub(super) fn zero_value(&mut self, ty: TypeId, span: Span) -> hir::Expr {
        if self.types.is_aggregate(ty) {
            return hir::Expr {
                kind: ExprKind::Composite(Vec::new()),
                ty,
                span,
            };
        }
        let value = match self.types.basic_of(ty) {
            Some(Basic::Bool) => Value::Bool(false),
            Some(b) if b.is_float() => Value::float(0.0),
            _ => Value::Int(0),
        };
        hir::Expr {
            kind: ExprKind::Const(value),
            ty,
            span,
        }
    }
}

/// Go's terminating statements (spec: "Terminating statements").
pub(super) fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s, ast::Stmt::Empty(_)))
        .is_some_and(is_terminating)
}

pub(super) fn is_terminating(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Return { .. } => true,
        // A select, a type switch and a labeled statement may terminate,
        // depending on the body wexlab does not keep; they are reported as
        // unsupported, and Go's "missing return" must not be reported
        // wrongly beside them.
        ast::Stmt::Unsupported { what, .. } => matches!(
            *what,
            "goto statements"
                | "select statements"
                | "type switches"
                | "labeled statements"
        ),
        ast::Stmt::Expr(e) => matches!(&e.kind, ast::ExprKind::Call { func, .. } if matches!(&func.kind, ast::ExprKind::Ident(n) if n == "panic")),
        ast::Stmt::Block(b) => is_terminating_list(&b.stmts),
        ast::Stmt::If { then, els, .. } => {
            is_terminating_list(&then.stmts) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        ast::Stmt::For {
            cond, range, body, ..
        } => cond.is_none() && range.is_none() && !has_break(&body.stmts, true),
        ast::Stmt::Switch { clauses, .. } => {
            clauses.iter().any(|c| c.values.is_none())
                && clauses.iter().all(|c| {
                    !has_break(&c.body, true)
                        && (is_terminating_list(&c.body)
                            || c.body.iter().rev().find(|s| !matches!(s, ast::Stmt::Empty(_))).is_some_and(
                                |s| matches!(s, ast::Stmt::Unsupported { what, .. } if *what == "fallthrough statements"),
                            ))
                })
        }
        _ => false,
    }
}

/// Whether a `break` in these statements leaves the enclosing loop or switch
/// (breaks inside nested loops and switches leave those instead).
pub(super) fn has_break(stmts: &[ast::Stmt], top: bool) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Break { label: None, .. } => top,
        ast::Stmt::Break { label: Some(_), .. } => true,
        ast::Stmt::Block(b) => has_break(&b.stmts, top),
        ast::Stmt::If { then, els, .. } => {
            has_break(&then.stmts, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(e.as_ref()), top))
        }
        ast::Stmt::For { body, .. } => has_break(&body.stmts, false),
        ast::Stmt::Switch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, false)),
        _ => false,
    })
}
