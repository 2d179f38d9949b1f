//! `panic(v)`: a call of the runtime function that prints Go's message for
//! v's kind (`src/runtime/panic.go`), with the name of v's type when it is
//! a defined one. Interfaces, and so recover, come later.

use super::Checker;
use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{Basic, TypeId, TypeKind};
use crate::diag::Span;
use crate::syntax::ast;
use rustc_hash::FxHashMap as HashMap;

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn panic_call(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> Operand {
        if args.len() != 1 {
            for a in args {
                let _ = self.expr(a, None);
            }
            self.error(e.span, "wrong number of arguments to panic");
            return Operand::Invalid;
        }
        let arg = &args[0];
        let call = match self.expr(arg, None) {
            Operand::Invalid => return Operand::Invalid,
            Operand::Nil => {
                let void = self.void();
                self.runtime_call(e.span, "runtime.panicnilvalue", vec![], void)
            }
            op => {
                let Some(v) = self.single_value(arg, op, None) else {
                    return Operand::Invalid;
                };
                let Some((symbol, wide)) = self.panic_function(v.ty) else {
                    return self.unsupported(e.span, "calls of panic with such a value");
                };
                let boxing = self.panic_box(&v);
                self.c.panic_boxes.insert(e.span, boxing);
                let name = self.panic_type_name(v.ty);
                let value = self.widened(v, wide);
                let void = self.void();
                self.runtime_call(e.span, symbol, vec![name, value], void)
            }
        };
        call.map_or(Operand::Invalid, Operand::Void)
    }

    /// The runtime function for a value of type `ty`, and the type it takes
    /// the value as.
    fn panic_function(&mut self, ty: TypeId) -> Option<(&'static str, TypeId)> {
        if self.types.is_pointer(ty) || self.types.is_unsafe_pointer(ty) {
            let p = self.types.basic(Basic::UnsafePointer);
            return Some(("runtime.panicpointer", p));
        }
        let b = self.types.basic_of(ty)?.canonical();
        let (symbol, wide) = match b {
            _ if b.is_string() => ("runtime.panicstring", Basic::String),
            Basic::Bool => ("runtime.panicbool", Basic::Bool),
            Basic::Float32 => ("runtime.panicfloat32", Basic::Float32),
            Basic::Float64 => ("runtime.panicfloat64", Basic::Float64),
            _ if b.is_integer() && b.is_unsigned() => ("runtime.panicuint", Basic::Uint64),
            _ if b.is_integer() => ("runtime.panicint", Basic::Int64),
            _ => return None,
        };
        Some((symbol, self.types.basic(wide)))
    }

    /// v's type, and how Go boxes v in panic's interface argument (the
    /// runtime's box constants, src/runtime/defer.go): what decides whether
    /// a panic repanics the value of the one before it.
    fn panic_box(&mut self, v: &hir::Expr) -> (String, i64) {
        const STATIC: i64 = 1;
        const DIRECT: i64 = 2;
        const SMALL: i64 = 3;
        const STRING: i64 = 4;
        let ty = v.ty;
        let mode = if self.types.is_pointer(ty) || self.types.is_unsafe_pointer(ty) {
            // Pointers are the interface's data word itself.
            DIRECT
        } else if matches!(v.kind, ExprKind::Const(_)) {
            // A constant is boxed in read-only data shared by equal ones.
            STATIC
        } else if self.types.is_string(ty) {
            STRING
        } else if self.types.basic_of(ty).is_some_and(|b| {
            let b = b.canonical();
            b == Basic::Bool || matches!(b, Basic::Int8 | Basic::Uint8)
        }) {
            DIRECT
        } else {
            SMALL
        };
        (self.types.runtime_name(ty), mode)
    }

    /// The name Go prints before a value of a defined type; a pointer's
    /// type is always printed.
    fn panic_type_name(&mut self, ty: TypeId) -> hir::Expr {
        let pointer = self.types.is_pointer(ty) || self.types.is_unsafe_pointer(ty);
        let name = if pointer || matches!(self.types.kind(ty), TypeKind::Named { .. }) {
            self.types.runtime_name(ty)
        } else {
            String::new()
        };
        hir::Expr {
            kind: ExprKind::Const(Value::Str(name.into_bytes())),
            ty: self.types.basic(Basic::String),
            span: crate::diag::Span::default(),
        }
    }

    /// `v` converted to `to` unless it has that underlying type already.
    fn widened(&mut self, v: hir::Expr, to: TypeId) -> hir::Expr {
        if self.types.identical(self.types.underlying(v.ty), to) {
            let mut v = v;
            v.ty = to;
            return v;
        }
        hir::Expr {
            span: v.span,
            ty: to,
            kind: ExprKind::Conv(Box::new(v)),
        }
    }

    pub(super) fn void(&mut self) -> TypeId {
        self.types.intern(TypeKind::Tuple(vec![]))
    }
}

impl Checker<'_> {
    /// In a program with deferred calls, each `panic(v)` statement first
    /// tells the runtime v's type and boxing, so that a panic repanicking
    /// the value of the one before prints as Go's does.
    pub(super) fn box_panic_values(&mut self) {
        let Some(value) = self
            .funcs
            .iter()
            .position(|f| f.symbol == "runtime.panicvalue")
        else {
            return;
        };
        let (string, int, void) = (
            self.types.basic(Basic::String),
            self.types.basic(Basic::Int),
            self.types.intern(TypeKind::Tuple(vec![])),
        );
        let boxes = std::mem::take(&mut self.panic_boxes);
        let call = |span, (typ, mode): &(String, i64)| {
            let arg = |v, ty| hir::Expr {
                kind: ExprKind::Const(v),
                ty,
                span,
            };
            hir::Stmt::Expr(hir::Expr {
                kind: ExprKind::Call {
                    func: hir::FuncId(value as u32),
                    args: vec![
                        arg(Value::Str(typ.clone().into_bytes()), string),
                        arg(Value::Int((*mode).into()), int),
                    ],
                },
                ty: void,
                span,
            })
        };
        for body in self.funcs.iter_mut().filter_map(|f| f.body.as_mut()) {
            box_panics(body, &boxes, &call);
        }
        self.panic_boxes = boxes;
    }
}

/// `stmts` with each panic call recorded in `boxes` preceded by `call`'s
/// statement for it.
fn box_panics(
    stmts: &mut [hir::Stmt],
    boxes: &HashMap<Span, (String, i64)>,
    call: &dyn Fn(Span, &(String, i64)) -> hir::Stmt,
) {
    for s in stmts.iter_mut() {
        match s {
            hir::Stmt::Expr(e) if matches!(e.kind, ExprKind::Call { .. }) => {
                let span = e.span;
                if let Some(b) = boxes.get(&span) {
                    let panic = std::mem::replace(s, hir::Stmt::Block(Vec::new()));
                    *s = hir::Stmt::Block(vec![call(span, b), panic]);
                }
            }
            hir::Stmt::If { then, els, .. } => {
                box_panics(then, boxes, call);
                box_panics(els, boxes, call);
            }
            hir::Stmt::Loop { body, post, .. } => {
                box_panics(body, boxes, call);
                box_panics(post, boxes, call);
            }
            hir::Stmt::Breakable { body, .. } | hir::Stmt::Block(body) => {
                box_panics(body, boxes, call)
            }
            _ => {}
        }
    }
}
