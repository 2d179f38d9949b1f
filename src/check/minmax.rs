//! `min(x, …)` and `max(x, …)` (types2's `_Min`/`_Max`): operands of one
//! ordered type, untyped constants converted to it as in a binary
//! operation. Constants fold; values become one `MinMax` node, which the IR
//! folds pair by pair (`rules/lower/compare.rules`).

use std::cmp::Ordering;

use super::body::BodyChecker;
use super::constant::Value;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::TypeId;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    pub(super) fn min_max(
        &mut self,
        e: &'a ast::Expr,
        args: &'a [ast::Expr],
        max: bool,
    ) -> Operand {
        let name = if max { "max" } else { "min" };
        if args.is_empty() {
            self.error(
                e.span,
                format!(
                    "invalid operation: not enough arguments for {name}() (expected 1, found 0)"
                ),
            );
            return Operand::Invalid;
        }
        let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a, None)).collect();
        // The type of the operands so far, as Go matches them pairwise.
        let mut common: Option<TypeId> = None;
        for i in 0..ops.len() {
            let Some(ty) = self.operand_type(&ops[i]) else {
                let op = std::mem::replace(&mut ops[i], Operand::Invalid);
                let _ = self.single_value(&args[i], op, None);
                return Operand::Invalid;
            };
            if !self.ordered(ty) {
                let desc = self.describe(args[i].span, &ops[i]);
                self.error(
                    args[i].span,
                    format!("invalid argument: {desc} cannot be ordered"),
                );
                return Operand::Invalid;
            }
            let Some(prev) = common else {
                common = Some(ty);
                continue;
            };
            // Go converts an untyped operand only within one kind.
            let kinds = self.same_kind(prev, ty);
            let matched = match (self.types.is_untyped(prev), self.types.is_untyped(ty)) {
                _ if !kinds => {
                    self.mismatched_min_max(prev, ty, &args[i]);
                    return Operand::Invalid;
                }
                (true, true) => self.larger_untyped(prev, ty),
                // The untyped constants so far take the typed operand's type.
                (true, false) => {
                    for j in 0..i {
                        let op = std::mem::replace(&mut ops[j], Operand::Invalid);
                        ops[j] = self.convert_operand(&args[j], op, ty);
                        if matches!(ops[j], Operand::Invalid) {
                            return Operand::Invalid;
                        }
                    }
                    ty
                }
                (false, true) => {
                    let op = std::mem::replace(&mut ops[i], Operand::Invalid);
                    ops[i] = self.convert_operand(&args[i], op, prev);
                    if matches!(ops[i], Operand::Invalid) {
                        return Operand::Invalid;
                    }
                    prev
                }
                (false, false) if self.types.identical(prev, ty) => prev,
                (false, false) => {
                    self.mismatched_min_max(prev, ty, &args[i]);
                    return Operand::Invalid;
                }
            };
            common = Some(matched);
        }
        let Some(ty) = common else {
            return Operand::Invalid;
        };
        if let Some(folded) = self.fold_min_max(&ops, max) {
            return Operand::Const { ty, value: folded };
        }
        let mut values = Vec::new();
        for (a, op) in args.iter().zip(ops) {
            let op = if self
                .operand_type(&op)
                .is_some_and(|t| self.types.is_untyped(t))
            {
                self.convert_operand(a, op, ty)
            } else {
                op
            };
            let Some(v) = self.single_value(a, op, Some(ty)) else {
                return Operand::Invalid;
            };
            values.push(v);
        }
        Operand::Value(hir::Expr {
            kind: ExprKind::MinMax(max, values),
            ty,
            span: e.span,
        })
    }

    fn mismatched_min_max(&mut self, prev: TypeId, ty: TypeId, arg: &'a ast::Expr) {
        let message = format!(
            "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
            self.types.display(prev),
            self.types.display(ty),
            self.text(arg.span)
        );
        self.error(arg.span, message);
    }

    /// Integers, floats and strings are ordered.
    fn ordered(&self, ty: TypeId) -> bool {
        self.types.is_integer(ty) || self.types.is_float(ty) || self.types.is_string(ty)
    }

    /// The least or greatest of the operands, if all are constants.
    fn fold_min_max(&self, ops: &[Operand], max: bool) -> Option<Value> {
        let mut best: Option<&Value> = None;
        for op in ops {
            let Operand::Const { value, .. } = op else {
                return None;
            };
            let better = match best {
                None => true,
                Some(b) => {
                    let order = compare(value, b)?;
                    if max { order.is_gt() } else { order.is_lt() }
                }
            };
            if better {
                best = Some(value);
            }
        }
        best.cloned()
    }
}

fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
        _ => a.as_rational()?.partial_cmp(&b.as_rational()?),
    }
}
