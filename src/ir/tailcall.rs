//! Recursive calls in tail position become loops, with an accumulator when
//! the call is an operand of the returned expression:
//!
//! ```go
//! func fib(n int32) int32 {        func fib(n int32) int32 {
//!     if n < 2 {                       if n < 2 { return n }
//!         return n                     acc := int32(0)
//!     }                          =>    for !(n < 2) {
//!     return fib(n-1) + fib(n-2)           acc = acc + fib(n-1)
//! }                                        n = n - 2
//!                                      }
//!                                      return acc + n
//!                                  }
//! ```
//!
//! (The loop is `for { if n < 2 { return acc + n }; … }` first; `rotate`
//! and `rewrite` give it the shape on the right.)
//!
//! This holds because integer `+`, `*`, `|` and `^` wrap, so they are
//! associative and commutative. The order in which Go evaluates the operands
//! is kept: in `x + f(args)` the operand `x` is evaluated first either way;
//! `f(args) + x` is only rewritten when `x` reads nothing the call could
//! change and cannot panic (locals, constants, arithmetic that does not
//! divide or shift). Only the direct-ABI version of a function is rewritten
//! (src/ir/build.rs); it is a choice of the builder, not a lowering, like the
//! order of evaluation.

use crate::check::constant::Value;
use crate::check::hir::{Expr, ExprKind, FuncId, LabelId, LocalId, Place, Program, Stmt};
use crate::check::types::TypeId;
use crate::syntax::ast::{BinOp, UnOp};

/// The label of the loop the body becomes (the checker numbers labels from 0).
const LOOP: LabelId = LabelId(u32::MAX);

/// The rewritten body, when the function has recursive tail calls to
/// rewrite. `acc` is a new local of the result type, for the accumulator.
pub fn rewrite(prog: &Program, id: FuncId, body: &[Stmt], acc: LocalId) -> Option<Vec<Stmt>> {
    let f = prog.func(id);
    let [ty] = f.sig.results.as_slice() else {
        return None;
    };
    if !prog.types.is_integer(*ty) || f.sig.variadic {
        return None;
    }
    // Every parameter must be a value the loop can assign.
    if f.sig
        .params
        .iter()
        .any(|&t| prog.types.basic_of(t).is_none_or(|b| b.is_string()))
    {
        return None;
    }
    let mut r = Rewriter {
        prog,
        id,
        params: &f.params,
        ty: *ty,
        acc,
        op: None,
        found: false,
    };
    // The operator first (the first one found), so that every return is
    // rewritten with it.
    r.op = first_op(&r, body);
    let looped = r.stmts(body);
    if !r.found {
        return None;
    }
    let guarded = guard(&looped);
    let mut out: Vec<Stmt> = guarded
        .as_ref()
        .and_then(|(cond, _, _)| front_test(prog, cond, body))
        .into_iter()
        .collect();
    if let Some(op) = r.op {
        let identity = if op == BinOp::Mul { 1 } else { 0 };
        out.push(Stmt::Assign {
            targets: vec![Place::Local(acc)],
            values: vec![Expr {
                kind: ExprKind::Const(Value::Int(identity)),
                ty: *ty,
                span: f.name_span,
            }],
        });
    }
    match guarded {
        Some((cond, ret, rest)) => out.extend(rotate(cond, ret, rest)),
        None => out.push(Stmt::Loop {
            label: LOOP,
            cond: None,
            body: looped,
            post: Vec::new(),
        }),
    }
    Some(out)
}

/// The guard's first test, with the return as written (the accumulator
/// holds its identity then), to go before everything else, where the
/// guard's condition `cond` calls nothing: the lowering may then run it
/// before the function takes its frame (guard_first in src/ir/build.rs,
/// go-dfunc-guard in rules/lower/func.rules).
fn front_test(prog: &Program, cond: &Expr, body: &[Stmt]) -> Option<Stmt> {
    let (_, first_ret, _) = guard(body)?;
    repeatable(prog, cond).then(|| Stmt::If {
        cond: cond.clone(),
        then: vec![first_ret],
        els: Vec::new(),
    })
}

/// A body that starts with a guard that returns, as a recursion's base case
/// does, `for { if C { return R }; REST }`, becomes `for !C { REST };
/// return R`: C is tested where it was (before each iteration, after each
/// continue), but the loop leaves by its condition, which the lowering
/// tests at its bottom, and the return follows the loop. Where C can be
/// evaluated twice in a row with the same outcome (it calls nothing),
/// `rewrite` also tests it once in front, with its own return, so that a
/// call that ends at the guard (half the calls of a naive Fibonacci)
/// leaves at once. wasmtime runs that shape much faster than a return in
/// the middle of a loop that jumps back (see benches/kernels/figures.md,
/// fibonacci).
fn rotate(cond: Expr, ret: Stmt, rest: Vec<Stmt>) -> Vec<Stmt> {
    let not_cond = Expr {
        span: cond.span,
        ty: cond.ty,
        kind: ExprKind::Unary(UnOp::Not, Box::new(cond)),
    };
    vec![
        Stmt::Loop {
            label: LOOP,
            cond: Some(not_cond),
            body: rest,
            post: Vec::new(),
        },
        ret,
    ]
}

/// A body that starts with `if C { return R } else { E }` (E may be
/// empty; the `if` may open a block, as `if` statements do): C, the
/// return, and what runs when C is false (E, then the rest).
fn guard(body: &[Stmt]) -> Option<(Expr, Stmt, Vec<Stmt>)> {
    match body.split_first()? {
        (Stmt::Block(inner), rest) => guard(&[inner.as_slice(), rest].concat()),
        (Stmt::If { cond, then, els }, rest) => {
            let [ret @ Stmt::Return(_)] = then.as_slice() else {
                return None;
            };
            let when_false = els.iter().chain(rest).cloned().collect();
            Some((cond.clone(), ret.clone(), when_false))
        }
        _ => None,
    }
}

/// The operator of the first return of the form `x OP f(args)` (or
/// `f(args) OP x`) in `body`.
fn first_op(r: &Rewriter<'_>, body: &[Stmt]) -> Option<BinOp> {
    body.iter().find_map(|s| match s {
        Stmt::If { then, els, .. } => first_op(r, then).or_else(|| first_op(r, els)),
        Stmt::Loop { body, post, .. } => first_op(r, body).or_else(|| first_op(r, post)),
        Stmt::Breakable { body, .. } | Stmt::Block(body) => first_op(r, body),
        Stmt::Return(values) if values.len() == 1 => match r.tail(&values[0]) {
            Some(Tail::Op(op, ..)) => Some(op),
            _ => None,
        },
        _ => None,
    })
}

struct Rewriter<'a> {
    prog: &'a Program,
    id: FuncId,
    params: &'a [LocalId],
    ty: TypeId,
    acc: LocalId,
    /// The one operator that combines results with the accumulator (none:
    /// only plain tail calls, no accumulator).
    op: Option<BinOp>,
    found: bool,
}

/// How a returned expression holds a recursive call.
enum Tail<'e> {
    /// `return f(args)`
    Call(&'e [Expr]),
    /// `return x OP f(args)` or `return f(args) OP x`, with `x` safe to
    /// evaluate first.
    Op(BinOp, &'e Expr, &'e [Expr]),
}

impl Rewriter<'_> {
    fn stmts(&mut self, body: &[Stmt]) -> Vec<Stmt> {
        body.iter().flat_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &Stmt) -> Vec<Stmt> {
        match s {
            Stmt::If { cond, then, els } => vec![Stmt::If {
                cond: cond.clone(),
                then: self.stmts(then),
                els: self.stmts(els),
            }],
            Stmt::Loop {
                label,
                cond,
                body,
                post,
            } => vec![Stmt::Loop {
                label: *label,
                cond: cond.clone(),
                body: self.stmts(body),
                post: self.stmts(post),
            }],
            Stmt::Breakable { label, body } => vec![Stmt::Breakable {
                label: *label,
                body: self.stmts(body),
            }],
            Stmt::Block(b) => vec![Stmt::Block(self.stmts(b))],
            Stmt::Return(values) if values.len() == 1 => self.ret(&values[0]),
            other => vec![other.clone()],
        }
    }

    fn ret(&mut self, e: &Expr) -> Vec<Stmt> {
        match self.tail(e) {
            Some(Tail::Call(args)) => {
                self.found = true;
                self.jump(args)
            }
            Some(Tail::Op(op, x, args)) => {
                self.found = true;
                let mut out = vec![Stmt::Assign {
                    targets: vec![Place::Local(self.acc)],
                    values: vec![self.combine(op, x)],
                }];
                out.extend(self.jump(args));
                out
            }
            None => match self.op {
                Some(op) => vec![Stmt::Return(vec![self.combine(op, e)])],
                None => vec![Stmt::Return(vec![e.clone()])],
            },
        }
    }

    /// `acc OP x`
    fn combine(&self, op: BinOp, x: &Expr) -> Expr {
        Expr {
            kind: ExprKind::Binary(
                op,
                Box::new(Expr {
                    kind: ExprKind::Local(self.acc),
                    ty: self.ty,
                    span: x.span,
                }),
                Box::new(x.clone()),
            ),
            ty: self.ty,
            span: x.span,
        }
    }

    /// The parameters take the arguments (all evaluated first), and the loop
    /// starts over.
    fn jump(&self, args: &[Expr]) -> Vec<Stmt> {
        let mut out = Vec::new();
        if !args.is_empty() {
            out.push(Stmt::Assign {
                targets: self.params.iter().map(|p| Place::Local(*p)).collect(),
                values: args.to_vec(),
            });
        }
        out.push(Stmt::Continue(LOOP));
        out
    }

    fn self_call<'e>(&self, e: &'e Expr) -> Option<&'e [Expr]> {
        match &e.kind {
            // One argument per parameter (not `f(g())`, whose one
            // argument is several).
            ExprKind::Call { func, args }
                if *func == self.id && args.len() == self.params.len() =>
            {
                Some(args)
            }
            _ => None,
        }
    }

    fn tail<'e>(&self, e: &'e Expr) -> Option<Tail<'e>> {
        if let Some(args) = self.self_call(e) {
            return Some(Tail::Call(args));
        }
        let ExprKind::Binary(op, a, b) = &e.kind else {
            return None;
        };
        if !matches!(op, BinOp::Add | BinOp::Mul | BinOp::Or | BinOp::Xor)
            || self.op.is_some_and(|o| o != *op)
            || self.prog.types.underlying(e.ty) != self.prog.types.underlying(self.ty)
        {
            return None;
        }
        if let Some(args) = self.self_call(b) {
            return Some(Tail::Op(*op, a, args));
        }
        if let Some(args) = self.self_call(a)
            && independent(b)
        {
            return Some(Tail::Op(*op, b, args));
        }
        None
    }
}

/// Whether an expression may be evaluated before a call instead of after
/// it: it reads only locals (which no call can change: the subset takes no
/// local's address) and constants, and cannot panic.
fn independent(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(_) | ExprKind::Local(_) => true,
        ExprKind::Unary(op, x) => {
            matches!(op, UnOp::Plus | UnOp::Neg | UnOp::BitNot | UnOp::Not) && independent(x)
        }
        ExprKind::Binary(op, a, b) => {
            !matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr)
                && independent(a)
                && independent(b)
        }
        ExprKind::Conv(x) => independent(x),
        _ => false,
    }
}

/// Whether evaluating an expression twice in a row gives the same outcome
/// (value or panic) and has no more effect than once: locals, constants,
/// and arithmetic, comparisons and conversions of numbers and booleans (no
/// call, no string that an operator would allocate).
fn repeatable(prog: &Program, e: &Expr) -> bool {
    let scalar = prog.types.basic_of(e.ty).is_some_and(|b| !b.is_string());
    scalar
        && match &e.kind {
            ExprKind::Const(_) | ExprKind::Local(_) => true,
            ExprKind::Unary(op, x) => {
                matches!(op, UnOp::Plus | UnOp::Neg | UnOp::BitNot | UnOp::Not)
                    && repeatable(prog, x)
            }
            ExprKind::Binary(_, a, b) => repeatable(prog, a) && repeatable(prog, b),
            ExprKind::Conv(x) => repeatable(prog, x),
            _ => false,
        }
}
