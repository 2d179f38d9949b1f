//! Type expressions, and the detection of recursive type declarations.

use super::body::BodyChecker;
use super::operand::Operand;
use super::types::{self, Basic, Signature, TypeId, TypeKind};
use super::{Checker, Entity, StdPkg};
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    /// Resolves a type expression.
    pub(super) fn resolve_type(&mut self, e: &'a ast::Expr) -> TypeId {
        use ast::ExprKind as K;
        match &e.kind {
            K::Ident(name) => self.type_name(e, name),
            K::Selector(x, sel) => self.qualified_type(e, x, sel),
            K::Paren(inner) => self.resolve_type(inner),
            K::Unary(ast::UnOp::Deref, inner) => {
                let t = self.resolve_type_indirect(inner);
                self.types.pointer(t)
            }
            K::ArrayType { len: None, elem } => {
                let t = self.resolve_type_indirect(elem);
                self.types.intern(TypeKind::Slice(t))
            }
            K::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = self.array_type_length(len);
                let t = self.resolve_type(elem);
                self.types.intern(TypeKind::Array(n, t))
            }
            K::EllipsisArray(_) => {
                self.error(
                    e.span,
                    "invalid use of [...] array (outside a composite literal)",
                );
                self.types.invalid()
            }
            K::MapType(key, v) => {
                let k = self.resolve_type_indirect(key);
                self.check_map_key(k, key);
                let v = self.resolve_type_indirect(v);
                self.types.intern(TypeKind::Map(k, v))
            }
            K::ChanType(dir, elem) => {
                let e = self.resolve_type_indirect(elem);
                self.types.intern(TypeKind::Chan(*dir, e))
            }
            K::FuncType(ft) => {
                // A variadic parameter's type is a slice, as in a declaration.
                let params = ft
                    .params
                    .iter()
                    .map(|f| {
                        let ty = self.resolve_type_indirect(&f.ty);
                        if f.variadic {
                            self.types.intern(TypeKind::Slice(ty))
                        } else {
                            ty
                        }
                    })
                    .collect();
                let results = ft
                    .results
                    .iter()
                    .map(|f| self.resolve_type_indirect(&f.ty))
                    .collect();
                self.types.intern(TypeKind::Func(Signature {
                    params,
                    results,
                    variadic: ft.params.last().is_some_and(|f| f.variadic),
                }))
            }
            K::StructType(fields) => {
                let fields = fields
                    .iter()
                    .map(|f| types::StructField {
                        name: f.name.as_ref().map(|n| n.name.clone()),
                        ty: self.resolve_type(&f.ty),
                    })
                    .collect();
                if let K::StructType(ast_fields) = &e.kind {
                    self.check_field_names(ast_fields);
                }
                self.types.intern(TypeKind::Struct(fields))
            }
            K::InterfaceType(empty) => self.types.intern(TypeKind::Interface(*empty)),
            K::Bad => self.types.invalid(),
            // An instantiated generic type: the generic type was reported.
            K::Index(x, args) => {
                let base = self.resolve_type(x);
                for a in args {
                    let _ = self.resolve_type(a);
                }
                if !self.types.is_invalid(base) {
                    let text = self.text(x.span);
                    self.error(x.span, format!("{text} is not a generic type"));
                }
                self.types.invalid()
            }
            _ => {
                self.error(e.span, "invalid type expression");
                self.types.invalid()
            }
        }
    }

    /// An array type's length: a constant integer that is not negative,
    /// with types2's messages otherwise (0 then).
    fn array_type_length(&mut self, len: &'a ast::Expr) -> u64 {
        if let ast::ExprKind::Ident(name) = &len.kind {
            let entity = match self.lookup(name) {
                Some(Entity::Pending(i)) => Some(self.resolve_decl(i)),
                e => e,
            };
            match entity {
                None => {
                    let message =
                        format!("undefined array length {name} or missing type constraint");
                    self.error(len.span, message);
                    return 0;
                }
                Some(Entity::Const { .. } | Entity::Invalid) => {}
                Some(_) => {
                    self.error(len.span, format!("invalid array length {name}"));
                    return 0;
                }
            }
        }
        let op = self.expr(len, None);
        let (ty, value) = match op {
            Operand::Const { ty, value } => (ty, value),
            Operand::Invalid => return 0,
            op => {
                let desc = self.describe(len.span, &op);
                self.error(len.span, format!("array length {desc} must be constant"));
                return 0;
            }
        };
        let n = value
            .as_int()
            .filter(|_| !value.is_fractional())
            .filter(|n| *n >= 0 && i64::try_from(*n).is_ok());
        match n {
            Some(n) if self.types.is_untyped(ty) || self.types.is_integer(ty) => n as u64,
            _ => {
                let desc = self.describe(len.span, &Operand::Const { ty, value });
                let message = if self.types.is_integer(ty) {
                    format!("invalid array length {desc}")
                } else {
                    format!("array length {desc} must be integer")
                };
                self.error(len.span, message);
                0
            }
        }
    }

    /// Go's errors for a struct's field list: a name declared twice (an
    /// embedded field is named by its type), an embedded pointer to a
    /// pointer type.
    fn check_field_names(&mut self, fields: &'a [ast::Field]) {
        let mut seen: Vec<(String, crate::diag::Span)> = Vec::new();
        for f in fields {
            let (name, span) = match &f.name {
                Some(n) => (n.name.clone(), n.span),
                None => match embedded_type_name(&f.ty) {
                    Some(n) => (n, f.ty.span),
                    None => continue,
                },
            };
            if f.name.is_none() && self.embeds_pointer_type(&f.ty) {
                self.error(f.ty.span, "embedded field type cannot be a pointer");
            }
            if name == "_" {
                continue;
            }
            match seen.iter().find(|(n, _)| *n == name) {
                Some((_, prev)) => {
                    let d = crate::diag::Diagnostic::error(span, format!("{name} redeclared"))
                        .with_note(*prev, format!("other declaration of {name}"));
                    self.c.diags.push(d);
                }
                None => seen.push((name, span)),
            }
        }
    }

    /// `*T` embedded where T is itself a pointer type.
    fn embeds_pointer_type(&mut self, ty: &'a ast::Expr) -> bool {
        let ast::ExprKind::Unary(ast::UnOp::Deref, inner) = &ty.kind else {
            return false;
        };
        let ast::ExprKind::Ident(name) = &inner.kind else {
            return false;
        };
        let entity = match self.lookup(name) {
            Some(Entity::Pending(i)) => Some(self.resolve_decl(i)),
            e => e,
        };
        match entity {
            Some(Entity::Type(t)) => self.types.is_pointer(t),
            _ => false,
        }
    }

    /// A type named by an identifier.
    fn type_name(&mut self, e: &'a ast::Expr, name: &str) -> TypeId {
        match self.lookup(name) {
            Some(Entity::Type(t)) => t,
            Some(Entity::Invalid) => self.types.invalid(),
            Some(Entity::Pending(i)) => match self.resolve_decl(i) {
                Entity::Type(t) => t,
                _ => {
                    self.error(e.span, format!("{name} is not a type"));
                    self.types.invalid()
                }
            },
            Some(_) => {
                self.error(e.span, format!("{name} is not a type"));
                self.types.invalid()
            }
            None => {
                self.error(e.span, format!("undefined: {name}"));
                self.types.invalid()
            }
        }
    }

    /// A name of package structs: `HostLayout` is its only exported one
    /// (Go's errors for the others).
    pub(super) fn structs_member(&mut self, sel: &ast::Ident) -> Option<TypeId> {
        match sel.name.as_str() {
            "HostLayout" => return Some(self.host_layout),
            "hostLayout" => self.error(sel.span, "name hostLayout not exported by package structs"),
            other => self.error(sel.span, format!("undefined: structs.{other}")),
        }
        None
    }

    /// `pkg.Name` as a type: `unsafe.Pointer` and `structs.HostLayout`.
    fn qualified_type(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, sel: &ast::Ident) -> TypeId {
        if let ast::ExprKind::Ident(pkg) = &x.kind {
            match self.lookup(pkg) {
                Some(Entity::Package(StdPkg::Unsafe)) => {
                    self.mark_used_package(StdPkg::Unsafe);
                    if sel.name == "Pointer" {
                        return self.types.basic(Basic::UnsafePointer);
                    }
                    self.error(sel.span, format!("undefined: unsafe.{}", sel.name));
                    return self.types.invalid();
                }
                Some(Entity::Package(StdPkg::Runtime)) => {
                    self.mark_used_package(StdPkg::Runtime);
                    if sel.name == "Pinner"
                        && let Some(t) = self.runtime_pinner
                    {
                        self.uses_pinner = true;
                        return t;
                    }
                    self.limit(
                        e.span,
                        format!("runtime.{} is not supported by wexlab", sel.name),
                    );
                    return self.types.invalid();
                }
                Some(Entity::Package(StdPkg::Structs)) => {
                    self.mark_used_package(StdPkg::Structs);
                    return self
                        .structs_member(sel)
                        .unwrap_or_else(|| self.types.invalid());
                }
                // A variable, constant… named like a package: its
                // selector is no type.
                Some(Entity::Invalid) => return self.types.invalid(),
                Some(_) => {
                    self.error(sel.span, format!("{pkg}.{} is not a type", sel.name));
                    return self.types.invalid();
                }
                None => {}
            }
            if self.is_other_package(pkg) {
                return self.types.invalid();
            }
            self.error(x.span, format!("undefined: {pkg}"));
            return self.types.invalid();
        }
        self.error(e.span, "invalid type expression");
        self.types.invalid()
    }

    /// A type behind a pointer, slice, map, channel or function: it may
    /// refer to the type being declared.
    fn resolve_type_indirect(&mut self, e: &'a ast::Expr) -> TypeId {
        self.indirection += 1;
        let t = self.resolve_type(e);
        self.indirection -= 1;
        t
    }
}

impl<'a> Checker<'a> {
    /// Go's error for a cycle of type declarations (the ones on the stack
    /// from `at`), reported at the one first in the source.
    pub(super) fn recursive_type(&mut self, at: usize) {
        let cycle: Vec<ast::Ident> = self.type_stack[at..]
            .iter()
            .map(|&(d, _)| self.decls[d].name.clone())
            .collect();
        if cycle.len() == 1 {
            self.error(
                cycle[0].span,
                format!("invalid recursive type: {} refers to itself", cycle[0].name),
            );
            return;
        }
        let start = (0..cycle.len())
            .min_by_key(|&k| (cycle[k].span.file, cycle[k].span.start))
            .unwrap_or(0);
        let first = &cycle[start];
        let mut d = crate::diag::Diagnostic::error(
            first.span,
            format!("invalid recursive type {}", first.name),
        );
        for k in 0..cycle.len() {
            let a = &cycle[(start + k) % cycle.len()];
            let b = &cycle[(start + k + 1) % cycle.len()];
            d = d.with_note(a.span, format!("{} refers to {}", a.name, b.name));
        }
        self.diags.push(d);
    }
}

/// The name an embedded field is known by: its type's name (`T`, `*T`,
/// `pkg.T`).
fn embedded_type_name(ty: &ast::Expr) -> Option<String> {
    match &ty.kind {
        ast::ExprKind::Ident(n) => Some(n.clone()),
        ast::ExprKind::Unary(ast::UnOp::Deref, inner) => embedded_type_name(inner),
        ast::ExprKind::Selector(_, sel) => Some(sel.name.clone()),
        _ => None,
    }
}
