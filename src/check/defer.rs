//! `defer`: a deferred call becomes a closure of no arguments (Go's
//! `main.f.deferwrap1`) that captures the callee and argument values
//! evaluated at the statement, pushed on the runtime's stack of deferred
//! calls (`src/runtime/defer.go`). A function with defer statements
//! remembers the stack's depth on entry, and every return sets the results,
//! runs the calls pushed since (last first), then returns the result
//! variables, which a deferred closure may have changed. A panic runs the
//! whole stack before its message: each panic function of the runtime
//! starts with `deferpanic(…)` and `fatalpanic` with `deferfatal()`, hook
//! calls removed from programs without a defer statement (or recover) so
//! that their modules stay as they were; in the others each `panic(v)`
//! first gives the runtime v's type and boxing (`panicvalue`), for Go's
//! `[recovered, repanicked]`.

use super::Checker;
use super::Entity;
use super::body::{BodyChecker, FuncCtx};
use super::hir::{self, ExprKind, FuncId, LocalId, Place, Stmt};
use super::operand::Operand;
use super::types::{Signature, StructField, TypeId, TypeKind};
use super::universe::Builtin;
use crate::diag::Span;
use crate::syntax::ast::{self, BinOp, UnOp};

/// What a deferred call's callee turned out to be, for Go's messages.
enum CalleeKind {
    Conversion,
    Builtin,
    Function,
}

/// The runtime's calls that exist for deferred calls only: starting a
/// panic, running the calls at its end, capturing its message, and giving
/// its value.
pub(super) const PANIC_HOOKS: &[&str] = &[
    "runtime.deferpanic",
    "runtime.deferfatal",
    "runtime.capture",
    "runtime.deferword",
    "runtime.deferfloat64",
    "runtime.deferfloat32",
    "runtime.deferbool",
];

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn defer_stmt(&mut self, span: Span, e: &'a ast::Expr, out: &mut Vec<Stmt>) {
        let Some(call) = self.deferred_call(e) else {
            return;
        };
        let Some(closure) = self.defer_closure(e.span, call) else {
            return;
        };
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        if let Some(push) = self.runtime_call(span, "runtime.deferpush", vec![closure], void) {
            out.push(Stmt::Expr(push));
            self.fctx.defers += 1;
        }
    }

    /// The statement the deferred call would be on its own, or Go's error
    /// for what `defer` cannot take.
    fn deferred_call(&mut self, e: &'a ast::Expr) -> Option<Stmt> {
        let (func, args, ellipsis) = match &e.kind {
            ast::ExprKind::Call {
                func,
                args,
                ellipsis,
            } => (func, args, *ellipsis),
            ast::ExprKind::Paren(_) => {
                self.error(e.span, "expression in defer must not be parenthesized");
                self.mark_used_in(e.span);
                return None;
            }
            _ => {
                self.error(e.span, "expression in defer must be function call");
                self.mark_used_in(e.span);
                return None;
            }
        };
        if let ast::ExprKind::Ident(name) = &func.kind
            && (name == "print" || name == "println")
            && let Some(Entity::Builtin(b)) = self.lookup(name)
        {
            let newline = b == Builtin::Println;
            return self
                .print_args(args, newline)
                .map(|args| Stmt::Print { args, newline });
        }
        let callee = self.expr(func, None);
        if matches!(callee, Operand::Builtin(Builtin::Recover)) {
            self.limit(
                e.span,
                "deferring recover itself is not supported by wexlab",
            );
            self.mark_used_in(e.span);
            return None;
        }
        let kind = match callee {
            Operand::Type(_) => CalleeKind::Conversion,
            Operand::Builtin(_) => CalleeKind::Builtin,
            _ => CalleeKind::Function,
        };
        let op = self.call_with(e, func, callee, args, ellipsis, None);
        match (kind, op) {
            (_, Operand::Invalid) => None,
            (CalleeKind::Conversion, op) => {
                let desc = self.describe(e.span, &op);
                self.error(
                    e.span,
                    format!("defer requires function call, not conversion {desc}"),
                );
                None
            }
            (_, Operand::Void(v) | Operand::Tuple(v)) => Some(Stmt::Expr(v)),
            (CalleeKind::Function, Operand::Value(v)) => Some(Stmt::Expr(v)),
            (CalleeKind::Builtin, Operand::Value(v)) if matches!(v.kind, ExprKind::Copy(..)) => {
                Some(Stmt::Expr(v))
            }
            (_, op) => {
                let desc = self.describe(e.span, &op);
                self.error(e.span, format!("defer discards result of {desc}"));
                None
            }
        }
    }

    /// A closure that makes the call with the values its operands have now:
    /// each operand but constants is copied into a new variable the closure
    /// captures (the shape of a method value's receiver, funcs.rs).
    fn defer_closure(&mut self, span: Span, mut call: Stmt) -> Option<hir::Expr> {
        let Some(operands) = operands_mut(&mut call) else {
            self.limit(span, "deferring such calls is not supported by wexlab");
            return None;
        };
        let mut locals = Vec::new();
        let mut cells = Vec::new();
        for operand in operands {
            if matches!(operand.kind, ExprKind::Const(_) | ExprKind::FuncRef(_)) {
                continue;
            }
            let local = LocalId(locals.len() as u32);
            locals.push(hir::Local {
                name: format!("~d{}", local.0),
                ty: operand.ty,
            });
            let read = hir::Expr {
                kind: ExprKind::Local(local),
                ty: operand.ty,
                span: operand.span,
            };
            cells.push(self.captured_copy(std::mem::replace(operand, read)));
        }
        let sig = Signature {
            params: Vec::new(),
            results: Vec::new(),
            variadic: false,
        };
        let func = FuncId(self.funcs.len() as u32);
        self.c.deferwraps.insert(func);
        let symbol = self.deferwrap_symbol();
        self.funcs.push(hir::Func {
            symbol,
            name_span: span,
            sig: sig.clone(),
            params: Vec::new(),
            results: Vec::new(),
            captures: (0..locals.len() as u32).map(LocalId).collect(),
            locals,
            body: Some(vec![call, Stmt::Return(Vec::new())]),
            import: None,
            intrinsic: None,
        });
        Some(hir::Expr {
            kind: ExprKind::Closure {
                func,
                captures: cells,
            },
            ty: self.types.intern(TypeKind::Func(sig)),
            span,
        })
    }

    /// `&struct{ v T }{v}`: a new variable holding `v`, whose address is
    /// the value's.
    fn captured_copy(&mut self, v: hir::Expr) -> hir::Expr {
        let span = v.span;
        let field = StructField {
            name: Some("v".to_string()),
            ty: v.ty,
        };
        let cell_ty = self.types.intern(TypeKind::Struct(vec![field]));
        let copy = hir::Expr {
            kind: ExprKind::Composite(vec![(0, v)]),
            ty: cell_ty,
            span,
        };
        hir::Expr {
            kind: ExprKind::AddrOf(Box::new(copy)),
            ty: self.types.pointer(cell_ty),
            span,
        }
    }

    /// Go's name for the closure of a function's n-th deferred call.
    fn deferwrap_symbol(&mut self) -> String {
        let outer = match self.fctx.func {
            Some(f) => self.funcs[f.0 as usize].symbol.clone(),
            None => self.pkg_name.to_string(),
        };
        format!("{outer}.deferwrap{}", self.fctx.defers + 1)
    }

    /// `recover()` as a statement: the panic stops, the value is dropped.
    pub(super) fn recover_stmt(&mut self, e: &'a ast::Expr) -> Option<Stmt> {
        self.is_recover_call(e)
            .then(|| self.recover_value(e.span).map(Stmt::Expr))
            .flatten()
    }

    /// `recover() != nil` or `recover() == nil` (either way round): whether
    /// a panic was stopped, without the value (wexlab has no interfaces).
    pub(super) fn recover_comparison(
        &mut self,
        e: &'a ast::Expr,
        op: BinOp,
        x: &'a ast::Expr,
        y: &'a ast::Expr,
    ) -> Option<Operand> {
        if !matches!(op, BinOp::Eq | BinOp::Ne) {
            return None;
        }
        let call = match (self.is_recover_call(x), self.is_recover_call(y)) {
            (true, false) if self.is_nil(y) => x,
            (false, true) if self.is_nil(x) => y,
            _ => return None,
        };
        let Some(stopped) = self.recover_value(call.span) else {
            return Some(Operand::Invalid);
        };
        if op == BinOp::Ne {
            return Some(Operand::Value(stopped));
        }
        Some(Operand::Value(hir::Expr {
            ty: stopped.ty,
            kind: ExprKind::Unary(UnOp::Not, Box::new(stopped)),
            span: e.span,
        }))
    }

    /// recover()'s value, which wexlab cannot hold: said at the call.
    pub(super) fn recover_as_value(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        for a in args {
            let _ = self.expr(a, None);
        }
        self.limit(
            e.span,
            "recover's value is not supported by wexlab: compare recover() with nil",
        );
        Operand::Invalid
    }

    fn is_recover_call(&mut self, e: &'a ast::Expr) -> bool {
        let ast::ExprKind::Call { func, args, .. } = &e.kind else {
            return false;
        };
        args.is_empty()
            && matches!(&func.kind, ast::ExprKind::Ident(name)
                if matches!(self.lookup(name), Some(Entity::Builtin(Builtin::Recover))))
    }

    fn is_nil(&mut self, e: &'a ast::Expr) -> bool {
        matches!(&e.kind, ast::ExprKind::Ident(name) if matches!(self.lookup(name), Some(Entity::Nil)))
    }

    /// The call that stops the panic being run, if any: whether it did.
    /// Only a function a deferred call calls directly may stop the panic:
    /// such a function learns on entry whether it is one (unwind_bodies).
    fn recover_value(&mut self, span: Span) -> Option<hir::Expr> {
        self.c.uses_recover = true;
        let bool_ty = self.types.basic(super::types::Basic::Bool);
        let direct = match self.fctx.func {
            Some(f) => {
                let local = match self.recover_direct.get(&f) {
                    Some(&l) => l,
                    None => {
                        let l = self.fctx.new_local("~deferred", bool_ty);
                        self.c.recover_direct.insert(f, l);
                        l
                    }
                };
                ExprKind::Local(local)
            }
            None => ExprKind::Const(super::constant::Value::Bool(false)),
        };
        let direct = hir::Expr {
            kind: direct,
            ty: bool_ty,
            span,
        };
        self.runtime_call(span, "runtime.gorecover", vec![direct], bool_ty)
    }
}

/// The values a deferred statement computes before its call: the callee of
/// a call through a value, and the arguments.
fn operands_mut(call: &mut Stmt) -> Option<Vec<&mut hir::Expr>> {
    let e = match call {
        Stmt::Print { args, .. } => return Some(args.iter_mut().collect()),
        Stmt::Expr(e) => e,
        _ => return None,
    };
    Some(match &mut e.kind {
        ExprKind::Call { args, .. } | ExprKind::Map(_, args) => args.iter_mut().collect(),
        ExprKind::CallValue { callee, args } => std::iter::once(&mut **callee)
            .chain(args.iter_mut())
            .collect(),
        ExprKind::Copy(a, b) => vec![&mut **a, &mut **b],
        ExprKind::Clear(a) => vec![&mut **a],
        _ => return None,
    })
}

impl<'a> Checker<'a> {
    /// A function body with defer statements: the stack's depth kept on
    /// entry, and each return made to run the calls deferred since.
    pub(super) fn body_with_defers(
        &mut self,
        ctx: &mut FuncCtx,
        span: Span,
        stmts: Vec<Stmt>,
    ) -> Vec<Stmt> {
        let int = self.types.basic(super::types::Basic::Int);
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        let (Some(depth), Some(run)) = (
            self.runtime_func("runtime.deferdepth"),
            self.runtime_func("runtime.deferreturn"),
        ) else {
            self.limit(span, "wexlab's runtime lacks its deferred calls");
            return stmts;
        };
        let base = ctx.new_local("~deferbase", int);
        if let Some(func) = ctx.func {
            self.defer_bases.insert(func, base);
        }
        let read = |local: LocalId, ty: TypeId| hir::Expr {
            kind: ExprKind::Local(local),
            ty,
            span,
        };
        let run_defers = Stmt::Expr(hir::Expr {
            kind: ExprKind::Call {
                func: run,
                args: vec![read(base, int)],
            },
            ty: void,
            span,
        });
        let results: Vec<hir::Expr> = ctx
            .results
            .iter()
            .map(|&l| read(l, ctx.locals[l.0 as usize].ty))
            .collect();
        let mut body = vec![Stmt::Assign {
            targets: vec![Place::Local(base)],
            values: vec![hir::Expr {
                kind: ExprKind::Call {
                    func: depth,
                    args: Vec::new(),
                },
                ty: int,
                span,
            }],
        }];
        body.extend(stmts);
        returns_run(&mut body, &ctx.results, &results, &run_defers);
        body
    }

    /// In a program that calls recover, every function body becomes a block
    /// that a recovered panic leaves (hir::UNWIND: the builder checks after
    /// each call, the rules branch after each panic call), then what the
    /// function does when it is left so: its own deferred calls run if the
    /// call that recovered was one of them, and it returns its results.
    ///
    /// Every function also starts by taking the runtime's note that a
    /// deferred call's closure is calling it (which the closure makes just
    /// before its call), so that recover works only in the function a
    /// deferred call calls directly, as in Go.
    pub(super) fn unwind_bodies(&mut self) {
        let (Some(unwind), Some(enter), Some(calling)) = (
            self.runtime_func("runtime.deferunwind"),
            self.runtime_func("runtime.deferenter"),
            self.runtime_func("runtime.defercalling"),
        ) else {
            return;
        };
        let int = self.types.basic(super::types::Basic::Int);
        let void = self.types.intern(TypeKind::Tuple(vec![]));
        for (i, f) in self.funcs.iter_mut().enumerate() {
            let Some(body) = f.body.take() else {
                continue;
            };
            let span = f.name_span;
            let read = |l: LocalId, ty: TypeId| hir::Expr {
                kind: ExprKind::Local(l),
                ty,
                span,
            };
            let id = FuncId(i as u32);
            let call = |func| hir::Expr {
                kind: ExprKind::Call {
                    func,
                    args: Vec::new(),
                },
                ty: void,
                span,
            };
            // The runtime's functions leave the note alone (deferenter is
            // one of them): a deferred builtin's closure calls only them,
            // and the next function of package main entered clears it. So
            // does a method value's function, which passes it on to the
            // method, as Go's runtime looks through such wrappers.
            let mut unwound = match self.recover_direct.get(&id) {
                Some(&direct) => vec![Stmt::Assign {
                    targets: vec![Place::Local(direct)],
                    values: vec![hir::Expr {
                        ty: f.locals[direct.0 as usize].ty,
                        ..call(enter)
                    }],
                }],
                None if f.symbol.starts_with("runtime.") || f.symbol.ends_with("-fm") => Vec::new(),
                None => vec![Stmt::Expr(call(enter))],
            };
            if self.deferwraps.contains(&id) {
                unwound.push(Stmt::Expr(call(calling)));
            }
            unwound.push(Stmt::Breakable {
                label: hir::UNWIND,
                body,
            });
            if let Some(&base) = self.defer_bases.get(&FuncId(i as u32)) {
                unwound.push(Stmt::Expr(hir::Expr {
                    kind: ExprKind::Call {
                        func: unwind,
                        args: vec![read(base, int)],
                    },
                    ty: void,
                    span,
                }));
            }
            let results = f
                .results
                .iter()
                .map(|&l| read(l, f.locals[l.0 as usize].ty));
            unwound.push(Stmt::Return(results.collect()));
            f.body = Some(unwound);
        }
    }

    fn runtime_func(&self, symbol: &str) -> Option<FuncId> {
        self.funcs
            .iter()
            .position(|f| f.symbol == symbol)
            .map(|i| FuncId(i as u32))
    }

    /// The runtime's calls of these functions, which the program does not
    /// need: in a program without defer statements, the runtime's panics do
    /// not look for deferred calls (see the module's documentation).
    pub(super) fn drop_hooks(&mut self, hooks: &[&str]) {
        for symbol in hooks {
            let Some(hook) = self.runtime_func(symbol) else {
                continue;
            };
            for body in self.funcs.iter_mut().filter_map(|f| f.body.as_mut()) {
                drop_calls(body, hook);
            }
        }
    }
}

/// `stmts` without the statements that call `f`, alone or as an `if`'s
/// condition (`if deferpanic() { return }`).
fn drop_calls(stmts: &mut Vec<Stmt>, f: FuncId) {
    let calls_f = |e: &hir::Expr| matches!(e.kind, ExprKind::Call { func, .. } if func == f);
    stmts.retain(|s| match s {
        Stmt::Expr(e) | Stmt::If { cond: e, .. } => !calls_f(e),
        _ => true,
    });
    for s in stmts {
        match s {
            Stmt::If { then, els, .. } => {
                drop_calls(then, f);
                drop_calls(els, f);
            }
            Stmt::Loop { body, post, .. } => {
                drop_calls(body, f);
                drop_calls(post, f);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => drop_calls(body, f),
            _ => {}
        }
    }
}

/// Every `return values` of `stmts` made to set the results, run the
/// deferred calls, and return the result variables.
fn returns_run(stmts: &mut [Stmt], locals: &[LocalId], results: &[hir::Expr], run_defers: &Stmt) {
    for s in stmts {
        match s {
            Stmt::Return(values) => {
                let mut block = Vec::new();
                if !values.is_empty() {
                    block.push(Stmt::Assign {
                        targets: locals.iter().map(|&l| Place::Local(l)).collect(),
                        values: std::mem::take(values),
                    });
                }
                block.push(run_defers.clone());
                block.push(Stmt::Return(results.to_vec()));
                *s = Stmt::Block(block);
            }
            Stmt::If { then, els, .. } => {
                returns_run(then, locals, results, run_defers);
                returns_run(els, locals, results, run_defers);
            }
            Stmt::Loop { body, post, .. } => {
                returns_run(body, locals, results, run_defers);
                returns_run(post, locals, results, run_defers);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => {
                returns_run(body, locals, results, run_defers)
            }
            _ => {}
        }
    }
}
