//! Composite literals of structs and arrays (`T{…}`, `[...]T{…}`, `&T{…}`,
//! and elements whose type is elided), with types2's messages.

use super::body::{BodyChecker, ValueContext};
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::types::{TypeId, TypeKind};
use crate::diag::Span;
use crate::syntax::ast;

impl<'a> BodyChecker<'_, 'a> {
    /// `T{…}`; with the type elided, `hint` is the enclosing literal's
    /// element type (`{…}` of a `*T` element means `&T{…}`).
    pub(super) fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        ty_expr: Option<&'a ast::Expr>,
        elems: &'a [ast::Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let (ty, open_length) = match ty_expr {
            Some(t) => match &t.kind {
                ast::ExprKind::EllipsisArray(elem) => (self.resolve_type(elem), true),
                _ => (self.resolve_type(t), false),
            },
            None => match hint {
                Some(h) => match self.types.pointee(h) {
                    Some(elem) if !self.types.is_named(h) => {
                        let lit = self.composite_lit(e, None, elems, Some(elem));
                        return self.address_of_literal(e, lit);
                    }
                    _ => (h, false),
                },
                None => {
                    self.error(e.span, "missing type in composite literal");
                    self.skip_elements(elems);
                    return Operand::Invalid;
                }
            },
        };
        if self.types.is_invalid(ty) {
            self.skip_elements(elems);
            return Operand::Invalid;
        }
        if open_length {
            return self.array_lit(e, None, ty, elems);
        }
        match self.types.under(ty).clone() {
            TypeKind::Struct(fields) => {
                let types: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                let names: Vec<Option<String>> = fields.iter().map(|f| f.name.clone()).collect();
                self.struct_lit(e, ty, &names, &types, elems)
            }
            TypeKind::Array(n, elem) => self.array_lit(e, Some((ty, n)), elem, elems),
            TypeKind::Slice(elem) => {
                let lit = self.array_lit(e, None, elem, elems);
                match lit {
                    Operand::Value(hir::Expr {
                        kind: ExprKind::Composite(values),
                        ty: array,
                        ..
                    }) => {
                        let n = match self.types.under(array) {
                            TypeKind::Array(n, _) => *n,
                            _ => 0,
                        };
                        Operand::Value(hir::Expr {
                            kind: ExprKind::SliceLit(n, values),
                            ty,
                            span: e.span,
                        })
                    }
                    other => other,
                }
            }
            TypeKind::Map(k, v) => self.map_lit(e, ty, (k, v), elems),
            _ => {
                self.skip_elements(elems);
                let at = ty_expr.map_or(e.span, |t| t.span);
                let name = self.types.display(ty);
                self.error(at, format!("invalid composite literal type {name}"));
                Operand::Invalid
            }
        }
    }

    /// `&T{…}`: the literal, on the heap.
    pub(super) fn address_of_literal(&mut self, e: &'a ast::Expr, lit: Operand) -> Operand {
        let Operand::Value(v) = lit else {
            return Operand::Invalid;
        };
        let ty = self.types.pointer(v.ty);
        Operand::Value(hir::Expr {
            kind: ExprKind::AddrOf(Box::new(v)),
            ty,
            span: e.span,
        })
    }

    /// Checks the elements of a literal whose type is wrong, for their own errors.
    fn skip_elements(&mut self, elems: &'a [ast::Element]) {
        for el in elems {
            if !matches!(el.value.kind, ast::ExprKind::CompositeLit(None, _)) {
                let _ = self.expr(&el.value, None);
            }
        }
    }

    fn struct_lit(
        &mut self,
        e: &'a ast::Expr,
        ty: TypeId,
        names: &[Option<String>],
        types: &[TypeId],
        elems: &'a [ast::Element],
    ) -> Operand {
        if self.opaque_type() == Some(ty)
            && let Some(el) = elems.first()
        {
            // runtime.Pinner's field is unexported in Go.
            let (name, tname) = (names.first().cloned().flatten(), self.types.display(ty));
            let name = name.unwrap_or_default();
            let message = match &el.key {
                Some(key) if self.text(key.span) == name => format!(
                    "cannot refer to unexported field {name} in struct literal of type {tname}"
                ),
                Some(key) => format!(
                    "unknown field {} in struct literal of type {tname}",
                    self.text(key.span)
                ),
                None => format!(
                    "implicit assignment to unexported field {name} in struct literal of type {tname}"
                ),
            };
            for el in elems {
                let _ = self.element(&el.value, None, ValueContext::StructLiteral);
            }
            self.error(el.key.as_ref().map_or(el.value.span, |k| k.span), message);
            return Operand::Invalid;
        }
        let offsets = self.types.field_offsets(ty);
        let mut values = Vec::new();
        let mut ok = true;
        let keyed = elems.first().is_some_and(|el| el.key.is_some());
        let mut set = vec![false; types.len()];
        for (k, el) in elems.iter().enumerate() {
            let index = match (&el.key, keyed) {
                (Some(key), true) => match self.field_key(key, ty, names, &mut set) {
                    Some(i) => i,
                    None => {
                        ok = false;
                        let _ = self.element(&el.value, None, ValueContext::StructLiteral);
                        continue;
                    }
                },
                (None, false) if k < types.len() => k,
                (None, false) => {
                    let name = self.types.display(ty);
                    self.error(
                        el.value.span,
                        format!("too many values in struct literal of type {name}"),
                    );
                    return Operand::Invalid;
                }
                _ => {
                    let at = el.key.as_ref().map_or(el.value.span, |_| el.value.span);
                    self.error(
                        at,
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    continue;
                }
            };
            match self.element(&el.value, Some(types[index]), ValueContext::StructLiteral) {
                Some(v) => values.push((offsets[index], v)),
                None => ok = false,
            }
        }
        if !keyed && !elems.is_empty() && elems.len() < types.len() {
            let name = self.types.display(ty);
            let close = Span {
                start: e.span.end - 1,
                ..e.span
            };
            self.error(
                close,
                format!("too few values in struct literal of type {name}"),
            );
            return Operand::Invalid;
        }
        if !ok {
            return Operand::Invalid;
        }
        Operand::Value(hir::Expr {
            kind: ExprKind::Composite(values),
            ty,
            span: e.span,
        })
    }

    /// The field a key names in a keyed struct literal.
    fn field_key(
        &mut self,
        key: &'a ast::Expr,
        ty: TypeId,
        names: &[Option<String>],
        set: &mut [bool],
    ) -> Option<usize> {
        let ast::ExprKind::Ident(name) = &key.kind else {
            let text = self.text(key.span);
            self.error(
                key.span,
                format!("invalid field name {text} in struct literal"),
            );
            return None;
        };
        let index = names.iter().enumerate().position(|(i, n)| match n {
            Some(n) => n == name,
            None => self.embedded_field_name(ty, i).as_deref() == Some(name.as_str()),
        });
        let Some(i) = index else {
            let tname = self.types.display(ty);
            self.error(
                key.span,
                format!("unknown field {name} in struct literal of type {tname}"),
            );
            return None;
        };
        if std::mem::replace(&mut set[i], true) {
            self.error(
                key.span,
                format!("duplicate field name {name} in struct literal"),
            );
            return None;
        }
        Some(i)
    }

    fn embedded_field_name(&self, ty: TypeId, i: usize) -> Option<String> {
        let TypeKind::Struct(fields) = self.types.under(ty) else {
            return None;
        };
        let f = fields.get(i)?;
        let base = self.types.pointee(f.ty).unwrap_or(f.ty);
        match self.types.kind(base) {
            TypeKind::Named { name, .. } => Some(name.clone()),
            TypeKind::Basic(b) => Some(b.name().to_string()),
            _ => None,
        }
    }

    /// `[N]T{…}`, or `[...]T{…}` (`array` is `None`) whose length is its
    /// largest index plus one.
    fn array_lit(
        &mut self,
        e: &'a ast::Expr,
        array: Option<(TypeId, u64)>,
        elem: TypeId,
        elems: &'a [ast::Element],
    ) -> Operand {
        let size = self.types.size(elem);
        let limit = array.map(|(_, n)| n as i128);
        let mut values = Vec::new();
        let mut seen: Vec<i128> = Vec::new();
        let mut next: i128 = 0;
        let mut ok = true;
        for el in elems {
            if let Some(key) = &el.key {
                match self.index_key(key, limit) {
                    Some(i) => next = i,
                    None => {
                        ok = false;
                        let _ = self.element(&el.value, Some(elem), ValueContext::ArrayLiteral);
                        next += 1;
                        continue;
                    }
                }
            } else if let Some(n) = limit
                && next >= n
            {
                self.error(
                    el.value.span,
                    format!("index {next} is out of bounds (>= {n})"),
                );
                ok = false;
                next += 1;
                continue;
            }
            if seen.contains(&next) {
                let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
                self.error(
                    at,
                    format!("duplicate index {next} in array or slice literal"),
                );
                ok = false;
            }
            seen.push(next);
            match self.element(&el.value, Some(elem), ValueContext::ArrayLiteral) {
                Some(v) => values.push((next as u64 * size, v)),
                None => ok = false,
            }
            next += 1;
        }
        if !ok {
            return Operand::Invalid;
        }
        let ty = match array {
            Some((ty, _)) => ty,
            None => {
                let n = seen.iter().map(|i| i + 1).max().unwrap_or(0) as u64;
                self.types.intern(TypeKind::Array(n, elem))
            }
        };
        Operand::Value(hir::Expr {
            kind: ExprKind::Composite(values),
            ty,
            span: e.span,
        })
    }

    /// A constant index key of an array literal, below `limit` when known.
    fn index_key(&mut self, key: &'a ast::Expr, limit: Option<i128>) -> Option<i128> {
        let (_, constant) = self.index_operand(key, limit)?;
        if constant.is_none() {
            let text = self.text(key.span);
            self.error(key.span, format!("index {text} must be integer constant"));
        }
        constant
    }

    /// An element's value, of type `to` (an elided literal takes it).
    pub(super) fn element(
        &mut self,
        value: &'a ast::Expr,
        to: Option<TypeId>,
        context: ValueContext,
    ) -> Option<hir::Expr> {
        // Only an array's (or slice's, or map's) elements may elide their
        // type; a struct's fields may not.
        let elided = match context {
            ValueContext::StructLiteral => None,
            _ => to,
        };
        let op = match &value.kind {
            ast::ExprKind::CompositeLit(None, elems) => {
                self.composite_lit(value, None, elems, elided)
            }
            _ => self.expr(value, to),
        };
        let to = to?;
        self.assign_to(value, op, to, context)
    }
}
