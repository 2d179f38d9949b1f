//! Function bodies: scopes, statements, `switch` lowering, missing returns,
//! and "declared and not used".

use rustc_hash::FxHashMap as HashMap;

use super::constant::Value;
use super::expr::Operand;
use super::hir::{self, ExprKind, FuncId, LabelId, LocalId, Place, Stmt};
use super::types::{Basic, TypeId, TypeKind};
use super::{Checker, Entity};
use crate::diag::Span;
use crate::syntax::ast::{self, AssignOp, BinOp};

struct ScopeEntry {
    entity: Entity,
    span: Span,
    used: bool,
    is_var: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Breakable {
    Loop(LabelId),
    Switch(LabelId),
}

/// State of the function being checked.
pub(super) struct FuncCtx {
    pub locals: Vec<hir::Local>,
    scopes: Vec<HashMap<String, ScopeEntry>>,
    /// Go's name for the place a value goes ("assignment", "argument", …).
    pub context: String,
    pub iota: Option<i128>,
    results: Vec<LocalId>,
    named_results: bool,
    breakables: Vec<Breakable>,
    next_label: u32,
    unused: Vec<(Span, String)>,
}

impl FuncCtx {
    pub fn lookup(&mut self, name: &str) -> Option<Entity> {
        for scope in self.scopes.iter().rev() {
            if let Some(e) = scope.get(name) {
                return Some(e.entity.clone());
            }
        }
        None
    }

    /// A variable is used when it is read, not when it is assigned.
    pub fn mark_used(&mut self, name: &str) {
        for scope in self.scopes.iter_mut().rev() {
            if let Some(e) = scope.get_mut(name) {
                e.used = true;
                return;
            }
        }
    }

    fn new_local(&mut self, name: &str, ty: TypeId) -> LocalId {
        self.locals.push(hir::Local {
            name: name.to_string(),
            ty,
        });
        LocalId(self.locals.len() as u32 - 1)
    }

    fn new_label(&mut self) -> LabelId {
        self.next_label += 1;
        LabelId(self.next_label)
    }

    fn push_scope(&mut self) {
        self.scopes.push(HashMap::default());
    }

    fn pop_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            for (name, e) in scope {
                if e.is_var && !e.used {
                    self.unused.push((e.span, name));
                }
            }
        }
    }
}

impl<'a> Checker<'a> {
    pub(super) fn check_func_body(&mut self, decl: &'a ast::FuncDecl, func: FuncId) {
        let f = &self.funcs[func.0 as usize];
        let Some(body) = &decl.body else {
            if f.import.is_none() && f.intrinsic.is_none() {
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
        if decl.recv.is_some() {
            self.limit(
                decl.recv_span.unwrap_or(decl.name.span),
                "methods are not supported by wexlab",
            );
            return;
        }
        let mut ctx = FuncCtx {
            locals: f.locals.clone(),
            scopes: vec![HashMap::default()],
            context: "assignment".to_string(),
            iota: None,
            results: f.results.clone(),
            named_results: decl.sig.results.iter().any(|r| r.name.is_some()),
            breakables: Vec::new(),
            next_label: 0,
            unused: Vec::new(),
        };
        let params = f.params.clone();
        for (field, local) in decl
            .sig
            .params
            .iter()
            .chain(&decl.sig.results)
            .zip(params.iter().chain(&f.results.clone()))
        {
            if let Some(name) = &field.name {
                if name.name == "_" {
                    continue;
                }
                if let Some(prev) = ctx.scopes[0].get(&name.name) {
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
                ctx.scopes[0].insert(
                    name.name.clone(),
                    ScopeEntry {
                        entity: Entity::Local(*local),
                        span: name.span,
                        used: true,
                        is_var: false,
                    },
                );
            }
        }
        for (field, ty) in decl
            .sig
            .params
            .iter()
            .zip(self.funcs[func.0 as usize].sig.params.clone())
        {
            self.check_param_type(field, ty);
        }
        for (field, ty) in decl
            .sig
            .results
            .iter()
            .zip(self.funcs[func.0 as usize].sig.results.clone())
        {
            self.check_param_type(field, ty);
        }
        self.fctx = Some(ctx);
        self.deps.push(Vec::new());
        let mut stmts = self.block(&body.stmts);
        let deps = self.deps.pop().unwrap_or_default();
        self.func_deps.insert(func, deps);
        let mut ctx = self.fctx.take().expect("set above");
        ctx.pop_scope();
        for (span, name) in ctx.unused {
            self.error(span, format!("declared and not used: {name}"));
        }
        let has_results = !self.funcs[func.0 as usize].sig.results.is_empty();
        if has_results && !is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        if !has_results {
            stmts.push(Stmt::Return(vec![]));
        }
        let f = &mut self.funcs[func.0 as usize];
        f.locals = ctx.locals;
        f.body = Some(stmts);
    }

    /// Parameter types wexlab cannot pass are reported where the function has
    /// a body to compile (wasmexport checks report their own, in the rules).
    fn check_param_type(&mut self, field: &ast::Field, ty: TypeId) {
        // A string parameter may be passed (a wasmexport takes one) as long
        // as the body does not read it; reading it is reported at the use.
        if self.types.is_string(ty) {
            return;
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            self.limit(field.ty.span, format!("{what} are not supported by wexlab"));
        }
    }

    fn fctx(&mut self) -> &mut FuncCtx {
        self.fctx.as_mut().expect("inside a function body")
    }

    fn block(&mut self, stmts: &'a [ast::Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn scoped_block(&mut self, stmts: &'a [ast::Stmt]) -> Vec<Stmt> {
        self.fctx().push_scope();
        let out = self.block(stmts);
        self.fctx().pop_scope();
        out
    }

    fn declare_local(&mut self, name: &ast::Ident, ty: TypeId) -> Option<LocalId> {
        if name.name == "_" {
            return None;
        }
        let ctx = self.fctx();
        let local = ctx.new_local(&name.name, ty);
        let scope = ctx.scopes.last_mut().expect("a scope is open");
        if let Some(prev) = scope.get(&name.name) {
            let prev = prev.span;
            self.diags.push(
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

    fn stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
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
                AssignOp::Plain => self.assign(lhs, rhs, *op_span, out),
                AssignOp::Op(bop) => self.op_assign(&lhs[0], *bop, &rhs[0], *op_span, out),
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
            } => {
                self.fctx().push_scope();
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
                self.fctx().pop_scope();
                if let Some(c) = c {
                    pre.push(Stmt::If {
                        cond: c,
                        then: then_b,
                        els: els_b,
                    });
                }
                out.push(Stmt::Block(pre));
            }
            ast::Stmt::For {
                init,
                cond,
                post,
                body,
                ..
            } => {
                self.fctx().push_scope();
                let mut pre = Vec::new();
                if let Some(init) = init {
                    self.simple_stmt(init, &mut pre);
                }
                let c = cond
                    .as_ref()
                    .and_then(|c| self.condition(c, "for statement"));
                let mut post_b = Vec::new();
                if let Some(p) = post {
                    if let ast::Stmt::Assign {
                        op: AssignOp::Define,
                        op_span,
                        ..
                    } = p.as_ref()
                    {
                        self.error(*op_span, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(p, &mut post_b);
                    }
                }
                let label = self.fctx().new_label();
                self.fctx().breakables.push(Breakable::Loop(label));
                let body_b = self.scoped_block(&body.stmts);
                self.fctx().breakables.pop();
                self.fctx().pop_scope();
                pre.push(Stmt::Loop {
                    label,
                    cond: c,
                    body: body_b,
                    post: post_b,
                });
                out.push(Stmt::Block(pre));
            }
            ast::Stmt::Switch {
                init, tag, clauses, ..
            } => self.switch(init.as_deref(), tag.as_ref(), clauses, out),
            ast::Stmt::Return { span, results } => self.return_stmt(*span, results, out),
            ast::Stmt::Break { span, label } => {
                if label.is_some() {
                    self.limit(*span, "labels are not supported by wexlab");
                    return;
                }
                match self.fctx().breakables.last() {
                    Some(Breakable::Loop(l) | Breakable::Switch(l)) => out.push(Stmt::Break(*l)),
                    None => self.error(*span, "break is not in a loop, switch, or select"),
                }
            }
            ast::Stmt::Continue { span, label } => {
                if label.is_some() {
                    self.limit(*span, "labels are not supported by wexlab");
                    return;
                }
                let l = self.fctx().breakables.iter().rev().find_map(|b| match b {
                    Breakable::Loop(l) => Some(*l),
                    Breakable::Switch(_) => None,
                });
                match l {
                    Some(l) => out.push(Stmt::Continue(l)),
                    None => self.error(*span, "continue is not in a loop"),
                }
            }
            ast::Stmt::Unsupported { span, what, covers } => {
                self.limit(*span, format!("{what} are not supported by wexlab"));
                self.mark_used_in(*covers);
            }
        }
    }

    /// The init and post statements of `if`, `for` and `switch`.
    fn simple_stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<Stmt>) {
        self.stmt(s, out);
    }

    fn condition(&mut self, cond: &ast::Expr, what: &str) -> Option<hir::Expr> {
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
            if let Some(args) = self.print_args(args) {
                out.push(Stmt::Print {
                    args,
                    newline: b == super::Builtin::Println,
                });
            }
            return;
        }
        let op = self.expr(e, None);
        match op {
            Operand::Void(v) | Operand::Tuple(v) => out.push(Stmt::Expr(v)),
            Operand::Value(v) if matches!(v.kind, ExprKind::Call { .. }) => out.push(Stmt::Expr(v)),
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
                    let source = if vs.values.is_empty() && vs.ty.is_none() {
                        match last_values {
                            Some(s) => s,
                            None => {
                                self.error(
                                    vs.names[0].span,
                                    "missing init expr for const declaration",
                                );
                                continue;
                            }
                        }
                    } else {
                        last_values = Some(vs);
                        vs
                    };
                    let ty = source.ty.as_ref().map(|t| self.resolve_type(t));
                    let mut consts = Vec::new();
                    for (i, name) in vs.names.iter().enumerate() {
                        let Some(value) = source.values.get(i) else {
                            self.error(name.span, "missing init expr for const declaration");
                            continue;
                        };
                        self.fctx().iota = Some(vs.index as i128);
                        let c = self.const_expr(value, ty, vs.index as i128);
                        self.fctx().iota = None;
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
        let scope = self.fctx().scopes.last_mut().expect("a scope is open");
        scope.insert(
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
            if !self.types.is_string(t) && self.unsupported_value_type(t).is_some() {
                // Reported: the values are checked on their own, and the
                // variables are left without a type.
                for v in &vs.values {
                    let _ = self.expr(v, None);
                }
                let invalid = self.types.invalid();
                for n in &vs.names {
                    self.declare_local(n, invalid);
                    self.fctx().mark_used(&n.name);
                }
                return;
            }
        }
        self.fctx().context = "variable declaration".to_string();
        let values = self.rhs_values(
            &vs.values,
            vs.names.len(),
            declared.map(|t| vec![t; vs.names.len()]),
            vs.names[0].span,
        );
        self.fctx().context = "assignment".to_string();
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
                    let ty = self.fctx().locals[l.0 as usize].ty;
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

    /// Checks the right-hand side of an assignment of `n` values: `n`
    /// expressions, or one call with `n` results. `want` gives the target
    /// types when known (untyped constants take them).
    fn rhs_values(
        &mut self,
        rhs: &'a [ast::Expr],
        n: usize,
        want: Option<Vec<TypeId>>,
        at: Span,
    ) -> Option<RhsValues> {
        if rhs.is_empty() {
            return Some(RhsValues {
                exprs: vec![],
                types: vec![],
            });
        }
        if rhs.len() == 1 && n > 1 {
            let op = self.expr(&rhs[0], None);
            return match op {
                Operand::Tuple(call) => {
                    let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone() else {
                        return None;
                    };
                    if ts.len() != n {
                        self.error(
                            rhs[0].span,
                            format!(
                                "assignment mismatch: {n} variables but {} returns {} value{}",
                                self.call_name(&rhs[0]),
                                ts.len(),
                                if ts.len() == 1 { "" } else { "s" }
                            ),
                        );
                        return None;
                    }
                    if let Some(want) = want {
                        let mut ok = true;
                        for (i, (have, w)) in ts.iter().zip(&want).enumerate() {
                            if !self.assignable(*have, *w) {
                                self.error(
                                    rhs[0].span,
                                    format!(
                                        "cannot use {} function result (value of type {}) as {} value in multiple assignment",
                                        ordinal(i + 1),
                                        self.types.display(*have),
                                        self.types.display(*w)
                                    ),
                                );
                                ok = false;
                            }
                        }
                        if !ok {
                            return None;
                        }
                    }
                    Some(RhsValues {
                        exprs: vec![call],
                        types: ts,
                    })
                }
                Operand::Invalid => None,
                other => {
                    let what = match &other {
                        Operand::Value(v) if matches!(v.kind, ExprKind::Call { .. }) => {
                            format!("{} returns 1 value", self.call_name(&rhs[0]))
                        }
                        _ => "1 value".to_string(),
                    };
                    self.error(
                        rhs[0].span,
                        format!("assignment mismatch: {n} variables but {what}"),
                    );
                    None
                }
            };
        }
        if rhs.len() != n {
            // Go reports the mismatch at the first value.
            let _ = at;
            self.error(
                rhs[0].span,
                format!(
                    "assignment mismatch: {n} variable{} but {} value{}",
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for e in rhs {
                let _ = self.expr(e, None);
            }
            return None;
        }
        let mut exprs = Vec::new();
        let mut types = Vec::new();
        let mut ok = true;
        for (i, e) in rhs.iter().enumerate() {
            let target = want.as_ref().map(|w| w[i]);
            let op = self.expr(e, target);
            if let Operand::Tuple(call) = &op
                && rhs.len() == 1
                && n == 1
                && self.fctx().context != "variable declaration"
                && let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone()
            {
                // `x := f()` with f returning several values.
                self.error(
                    e.span,
                    format!(
                        "assignment mismatch: 1 variable but {} returns {} values",
                        self.call_name(e),
                        ts.len()
                    ),
                );
                ok = false;
                continue;
            }
            if let Operand::Tuple(_) = op {
                let desc = self.describe(e.span, &op);
                self.error(
                    e.span,
                    format!("multiple-value {desc} in single-value context"),
                );
                ok = false;
                continue;
            }
            let context = self.fctx().context.clone();
            let v = match target {
                Some(t) => self.assign_to(e, op, t, &context),
                None => self.single_value(e, op, None),
            };
            match v {
                Some(v) => {
                    types.push(v.ty);
                    exprs.push(v);
                }
                None => ok = false,
            }
        }
        ok.then_some(RhsValues { exprs, types })
    }

    fn call_name(&self, e: &ast::Expr) -> String {
        match &e.kind {
            ast::ExprKind::Call { func, .. } => self.text(func.span),
            _ => self.text(e.span),
        }
    }

    fn define(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        op_span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut names = Vec::new();
        for e in lhs {
            match &e.kind {
                ast::ExprKind::Ident(n) => names.push(ast::Ident {
                    name: n.clone(),
                    span: e.span,
                }),
                _ => {
                    self.error(
                        e.span,
                        format!("non-name {} on left side of :=", self.text(e.span)),
                    );
                    return;
                }
            }
        }
        // A name twice on the left: Go's error at the second.
        for (k, n) in names.iter().enumerate() {
            if n.name != "_" && names[..k].iter().any(|m| m.name == n.name) {
                self.error(n.span, format!("{} repeated on left side of :=", n.name));
                for r in rhs {
                    let _ = self.expr(r, None);
                }
                // The names are declared all the same (once each).
                let invalid = self.types.invalid();
                for (j, m) in names.iter().enumerate() {
                    let new = m.name != "_"
                        && !names[..j].iter().any(|o| o.name == m.name)
                        && !self
                            .fctx()
                            .scopes
                            .last()
                            .is_some_and(|sc| sc.contains_key(&m.name));
                    if new {
                        self.declare_local(m, invalid);
                    }
                }
                return;
            }
        }
        // Which names are new in this scope; the others are assigned.
        let existing: Vec<Option<Entity>> = names
            .iter()
            .map(|n| {
                if n.name == "_" {
                    return None;
                }
                self.fctx()
                    .scopes
                    .last()
                    .and_then(|s| s.get(&n.name))
                    .map(|e| e.entity.clone())
            })
            .collect();
        if names
            .iter()
            .zip(&existing)
            .all(|(n, e)| n.name == "_" || e.is_some())
        {
            self.error(op_span, "no new variables on left side of :=");
        }
        let want: Vec<Option<TypeId>> = existing
            .iter()
            .map(|e| match e {
                Some(Entity::Local(l)) => Some(self.fctx().locals[l.0 as usize].ty),
                _ => None,
            })
            .collect();
        // Values for variables that exist are checked against their types
        // (an untyped constant takes that type), the others take their own.
        let values = if want.iter().any(Option::is_some) && rhs.len() == names.len() {
            let targets: Vec<TypeId> = want.iter().map(|w| w.unwrap_or(TypeId(u32::MAX))).collect();
            self.rhs_values_blank(rhs, &targets, lhs[0].span)
        } else {
            self.rhs_values(rhs, names.len(), None, lhs[0].span)
        };
        let Some(values) = values else {
            // Declared all the same: Go still reports them if unused.
            for (n, e) in names.iter().zip(&existing) {
                if e.is_none() {
                    let invalid = self.types.invalid();
                    self.declare_local(n, invalid);
                }
            }
            return;
        };
        let mut targets = Vec::new();
        let mut exprs = values.exprs;
        for (i, n) in names.iter().enumerate() {
            let ty = values.types[i];
            if let Some(w) = want[i] {
                if !self.assignable(ty, w) {
                    let what = if rhs.len() == 1 && names.len() > 1 {
                        format!("{} function result", ordinal(i + 1))
                    } else {
                        self.text(rhs.get(i).map_or(rhs[0].span, |e| e.span))
                    };
                    let context = if rhs.len() == 1 && names.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    };
                    self.error(
                        rhs.get(i).map_or(rhs[0].span, |e| e.span),
                        format!(
                            "cannot use {what} (value of type {}) as {} value in {context}",
                            self.types.display(ty),
                            self.types.display(w)
                        ),
                    );
                }
                if let Some(Entity::Local(l)) = &existing[i] {
                    targets.push(Place::Local(*l));
                    continue;
                }
            }
            if n.name == "_" {
                targets.push(Place::Blank);
                continue;
            }
            if exprs.len() == names.len()
                && let Some(what) = self.unsupported_value_type(ty)
            {
                self.limit(n.span, format!("{what} are not supported by wexlab"));
            }
            let l = self.declare_local(n, ty).expect("not blank");
            targets.push(Place::Local(l));
        }
        // Untyped constants took their default types in rhs_values already.
        if exprs.len() == targets.len() {
            for (e, t) in exprs.iter_mut().zip(&targets) {
                if let Place::Local(l) = t {
                    e.ty = self.fctx().locals[l.0 as usize].ty;
                }
            }
        }
        out.push(Stmt::Assign {
            targets,
            values: exprs,
        });
    }

    /// A place that can be assigned: a variable, `*p`, or `_`.
    fn place(&mut self, e: &'a ast::Expr) -> Option<(Place, TypeId)> {
        let mut inner = e;
        while let ast::ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        if let ast::ExprKind::Ident(n) = &inner.kind {
            if n == "_" {
                return Some((Place::Blank, self.types.invalid()));
            }
            return match self.lookup(n) {
                Some(Entity::Local(l)) => {
                    Some((Place::Local(l), self.fctx().locals[l.0 as usize].ty))
                }
                Some(Entity::Pending(i)) => match self.resolve_decl(i) {
                    Entity::Global(g) => Some((Place::Global(g), self.globals[g.0 as usize].ty)),
                    _ => {
                        self.not_assignable(e);
                        None
                    }
                },
                Some(Entity::Global(g)) => {
                    self.note_dep(super::Dep::Var(g));
                    Some((Place::Global(g), self.globals[g.0 as usize].ty))
                }
                Some(Entity::Invalid) => None,
                Some(_) => {
                    self.not_assignable(e);
                    None
                }
                None => {
                    self.error(e.span, format!("undefined: {n}"));
                    None
                }
            };
        }
        if let ast::ExprKind::Unary(ast::UnOp::Deref, p) = &inner.kind {
            return match self.expr(inner, None) {
                Operand::Value(hir::Expr {
                    kind: ExprKind::Deref(_),
                    ty,
                    ..
                }) => {
                    let ptr = self.value(p, None)?;
                    Some((Place::Deref(ptr), ty))
                }
                _ => None,
            };
        }
        match self.expr(e, None) {
            Operand::Invalid => None,
            _ => {
                self.not_assignable(e);
                None
            }
        }
    }

    /// Go's error for assigning to what is not a variable.
    fn not_assignable(&mut self, e: &ast::Expr) {
        let message = format!(
            "cannot assign to {} (neither addressable nor a map index expression)",
            self.text(e.span)
        );
        self.error(e.span, message);
    }

    fn assign(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        _op_span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut places = Vec::new();
        for e in lhs {
            match self.place(e) {
                Some(p) => places.push(p),
                None => {
                    for r in rhs {
                        let _ = self.expr(r, None);
                    }
                    return;
                }
            }
        }
        let want: Vec<TypeId> = places
            .iter()
            .map(|(p, t)| match p {
                Place::Blank => TypeId(u32::MAX),
                _ => *t,
            })
            .collect();
        // Blank targets take any value; check the others against their types.
        let any_blank = want.iter().any(|t| t.0 == u32::MAX);
        let values = if any_blank {
            self.rhs_values_blank(rhs, &want, lhs[0].span)
        } else {
            self.rhs_values(rhs, places.len(), Some(want), lhs[0].span)
        };
        let Some(values) = values else { return };
        out.push(Stmt::Assign {
            targets: places.into_iter().map(|(p, _)| p).collect(),
            values: values.exprs,
        });
    }

    fn rhs_values_blank(
        &mut self,
        rhs: &'a [ast::Expr],
        want: &[TypeId],
        at: Span,
    ) -> Option<RhsValues> {
        if rhs.len() == want.len() {
            // Every value is checked (and its variables used), even after
            // one fails.
            let mut exprs = Vec::new();
            let mut ok = true;
            for (e, w) in rhs.iter().zip(want) {
                let v = if w.0 == u32::MAX {
                    let op = self.expr(e, None);
                    if let Operand::Tuple(call) = &op
                        && rhs.len() == 1
                        && let TypeKind::Tuple(ts) = self.types.kind(call.ty).clone()
                    {
                        self.error(
                            e.span,
                            format!(
                                "assignment mismatch: 1 variable but {} returns {} values",
                                self.call_name(e),
                                ts.len()
                            ),
                        );
                        return None;
                    }
                    self.single_value(e, op, None)
                } else {
                    let op = self.expr(e, Some(*w));
                    self.assign_to(e, op, *w, "assignment")
                };
                match v {
                    Some(v) => exprs.push(v),
                    None => ok = false,
                }
            }
            let types = exprs.iter().map(|e| e.ty).collect();
            return ok.then_some(RhsValues { exprs, types });
        }
        self.rhs_values(rhs, want.len(), None, at)
    }

    fn op_assign(
        &mut self,
        lhs: &'a ast::Expr,
        op: BinOp,
        rhs: &'a ast::Expr,
        op_span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Some((place, ty)) = self.place(lhs) else {
            let _ = self.expr(rhs, None);
            return;
        };
        if matches!(place, Place::Blank) {
            self.error(lhs.span, "cannot use _ as value");
            return;
        }
        // `*f() += 1` must call f once: keep the pointer in a temporary.
        let (place, read, pre) = self.stable_place(place, ty, lhs.span);
        out.extend(pre);
        let synthetic = ast::Expr {
            kind: ast::ExprKind::Binary(op, Box::new(lhs.clone()), Box::new(rhs.clone())),
            span: lhs.span.to(rhs.span),
            depth: lhs.depth.max(rhs.depth) + 1,
        };
        let _ = op_span;
        let value = self.binary_on(&synthetic, op, lhs, read, rhs, ty);
        if let Some(v) = value {
            out.push(Stmt::Assign {
                targets: vec![place],
                values: vec![v],
            });
        }
    }

    /// For `x op= y` and `x++`: a place whose address is computed once, its
    /// current value as an expression, and statements to run first.
    fn stable_place(
        &mut self,
        place: Place,
        ty: TypeId,
        span: Span,
    ) -> (Place, hir::Expr, Vec<Stmt>) {
        match place {
            Place::Local(l) => (
                Place::Local(l),
                hir::Expr {
                    kind: ExprKind::Local(l),
                    ty,
                    span,
                },
                vec![],
            ),
            Place::Global(g) => (
                Place::Global(g),
                hir::Expr {
                    kind: ExprKind::Global(g),
                    ty,
                    span,
                },
                vec![],
            ),
            Place::Deref(ptr) => {
                let pty = ptr.ty;
                let tmp = self.fctx().new_local("~ptr", pty);
                let tmp_e = hir::Expr {
                    kind: ExprKind::Local(tmp),
                    ty: pty,
                    span,
                };
                (
                    Place::Deref(tmp_e.clone()),
                    hir::Expr {
                        kind: ExprKind::Deref(Box::new(tmp_e)),
                        ty,
                        span,
                    },
                    vec![Stmt::Assign {
                        targets: vec![Place::Local(tmp)],
                        values: vec![ptr],
                    }],
                )
            }
            Place::Blank => unreachable!("rejected by the caller"),
        }
    }

    /// `read op rhs` where `read` is an already-checked value of type `ty`.
    fn binary_on(
        &mut self,
        whole: &ast::Expr,
        op: BinOp,
        lhs: &ast::Expr,
        read: hir::Expr,
        rhs: &'a ast::Expr,
        ty: TypeId,
    ) -> Option<hir::Expr> {
        // Go first matches the operands' types: `z += "s"` is mismatched.
        if !op.is_shift() {
            let other = match self.expr(rhs, Some(ty)) {
                Operand::Value(v) => Some(v.ty),
                Operand::Const { ty: t, .. } => Some(t),
                _ => None,
            };
            if let Some(t) = other {
                let untyped = self.types.is_untyped(t);
                let mismatched = if untyped {
                    !self.same_kind(t, ty)
                } else {
                    !self.types.identical(t, ty)
                };
                if mismatched && !self.types.is_invalid(t) && !self.types.is_invalid(ty) {
                    let message = format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        self.text(lhs.span),
                        op.as_str(),
                        self.text(rhs.span),
                        self.types.display(ty),
                        self.types.display(t)
                    );
                    self.error(lhs.span, message);
                    return None;
                }
            }
        }
        let defined = match op {
            BinOp::Add => self.types.is_numeric(ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(ty),
            _ => self.types.is_integer(ty),
        };
        if !defined {
            let desc = self.describe(lhs.span, &Operand::Value(read));
            self.error(
                lhs.span,
                format!(
                    "invalid operation: operator {} not defined on {desc}",
                    op.as_str()
                ),
            );
            return None;
        }
        let rv = if op.is_shift() {
            let v = self.value(rhs, None)?;
            if !self.types.is_integer(v.ty) {
                let desc = self.describe(rhs.span, &Operand::Value(v));
                self.error(
                    rhs.span,
                    format!("invalid operation: shift count {desc} must be integer"),
                );
                return None;
            }
            if let ExprKind::Const(Value::Int(c)) = v.kind
                && c < 0
            {
                self.error(
                    rhs.span,
                    format!("invalid shift count {} (negative)", self.text(rhs.span)),
                );
                return None;
            }
            v
        } else {
            let o = self.expr(rhs, Some(ty));
            self.assign_to(rhs, o, ty, "assignment")?
        };
        if matches!(op, BinOp::Div | BinOp::Rem)
            && self.types.is_integer(ty)
            && let ExprKind::Const(Value::Int(0)) = rv.kind
        {
            self.error(rhs.span, "invalid operation: division by zero");
            return None;
        }
        Some(hir::Expr {
            kind: ExprKind::Binary(op, Box::new(read), Box::new(rv)),
            ty,
            span: whole.span,
        })
    }

    fn inc_dec(&mut self, e: &'a ast::Expr, inc: bool, op_span: Span, out: &mut Vec<Stmt>) {
        let Some((place, ty)) = self.place(e) else {
            return;
        };
        if matches!(place, Place::Blank) {
            self.error(e.span, "cannot use _ as value");
            return;
        }
        if !self.types.is_numeric(ty) {
            let what = if inc { "++" } else { "--" };
            self.error(
                e.span,
                format!(
                    "invalid operation: {}{what} (non-numeric type {})",
                    self.text(e.span),
                    self.types.display(ty)
                ),
            );
            return;
        }
        let (place, read, pre) = self.stable_place(place, ty, e.span);
        out.extend(pre);
        let one = if self.types.is_float(ty) {
            Value::float(1.0)
        } else {
            Value::Int(1)
        };
        let op = if inc { BinOp::Add } else { BinOp::Sub };
        out.push(Stmt::Assign {
            targets: vec![place],
            values: vec![hir::Expr {
                kind: ExprKind::Binary(
                    op,
                    Box::new(read),
                    Box::new(hir::Expr {
                        kind: ExprKind::Const(one),
                        ty,
                        span: op_span,
                    }),
                ),
                ty,
                span: e.span.to(op_span),
            }],
        });
    }

    fn return_stmt(&mut self, span: Span, results: &'a [ast::Expr], out: &mut Vec<Stmt>) {
        let result_locals = self.fctx().results.clone();
        let want: Vec<TypeId> = result_locals
            .iter()
            .map(|l| self.fctx().locals[l.0 as usize].ty)
            .collect();
        if results.is_empty() {
            if !want.is_empty() && !self.fctx().named_results {
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
            if let Some(v) = self.assign_to(r, op, *t, "return statement") {
                values.push(v);
            }
        }
        if values.len() == want.len() {
            out.push(Stmt::Return(values));
        }
    }

    fn operand_type_name(&mut self, op: &Operand) -> String {
        match op {
            Operand::Const { ty, .. } if self.types.is_untyped(*ty) => "number".to_string(),
            Operand::Const { ty, .. } => self.types.display(*ty),
            Operand::Value(v) | Operand::Tuple(v) => self.types.display(v.ty),
            _ => "?".to_string(),
        }
    }

    fn type_list(&self, ts: &[TypeId]) -> String {
        ts.iter()
            .map(|t| self.types.display(*t))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `switch` becomes a breakable block of `if`s: each case compares the
    /// tag (kept in a temporary) with its values in order; the default body
    /// runs when none matched.
    fn switch(
        &mut self,
        init: Option<&'a ast::Stmt>,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        out: &mut Vec<Stmt>,
    ) {
        self.fctx().push_scope();
        let mut pre = Vec::new();
        if let Some(init) = init {
            self.simple_stmt(init, &mut pre);
        }
        let bool_t = self.types.basic(Basic::Bool);
        let tag_value = match tag {
            Some(t) => self.value(t, None).map(|v| {
                let tmp = self.fctx().new_local("~tag", v.ty);
                let ty = v.ty;
                pre.push(Stmt::Assign {
                    targets: vec![Place::Local(tmp)],
                    values: vec![v],
                });
                (tmp, ty, t)
            }),
            None => None,
        };
        let label = self.fctx().new_label();
        self.fctx().breakables.push(Breakable::Switch(label));
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
        self.fctx().breakables.pop();
        self.fctx().pop_scope();
        pre.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(pre));
    }
}

/// Go's ordinals in messages: 1st, 2nd, 3rd, 4th, …, 11th, 21st.
pub(super) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `a || b || …` as a balanced tree: the same short-circuit order as
/// Go's left-to-right chain, with a depth that grows as the logarithm of the
/// number of case values (a long case list must not make a deep tree).
fn any_of(mut tests: Vec<hir::Expr>, bool_t: TypeId) -> Option<hir::Expr> {
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

struct RhsValues {
    exprs: Vec<hir::Expr>,
    types: Vec<TypeId>,
}

/// Go's terminating statements (spec: "Terminating statements").
fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s, ast::Stmt::Empty(_)))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Return { .. } => true,
        ast::Stmt::Unsupported { what, .. } => *what == "goto statements",
        ast::Stmt::Expr(e) => matches!(&e.kind, ast::ExprKind::Call { func, .. } if matches!(&func.kind, ast::ExprKind::Ident(n) if n == "panic")),
        ast::Stmt::Block(b) => is_terminating_list(&b.stmts),
        ast::Stmt::If { then, els, .. } => {
            is_terminating_list(&then.stmts) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        ast::Stmt::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, true),
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
fn has_break(stmts: &[ast::Stmt], top: bool) -> bool {
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
