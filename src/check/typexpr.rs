//! Type expressions, and the detection of recursive type declarations.

use super::body::BodyChecker;
use super::constant::Value;
use super::types::{self, Basic, Signature, TypeId, TypeKind};
use super::{Checker, Entity, StdPkg};
use crate::syntax::ast::{self};

impl<'a> BodyChecker<'_, 'a> {
    /// Resolves a type expression.
    pub(super) fn resolve_type(&mut self, e: &ast::Expr) -> TypeId {
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
                let n = match self.const_expr(len, None, 0) {
                    Some((_, Value::Int(n))) if n >= 0 => n as u64,
                    Some(_) => {
                        self.error(
                            len.span,
                            "array length must be a non-negative integer constant",
                        );
                        0
                    }
                    None => 0,
                };
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
            K::MapType(k, v) => {
                let k = self.resolve_type_indirect(k);
                let v = self.resolve_type_indirect(v);
                self.types.intern(TypeKind::Map(k, v))
            }
            K::ChanType(dir, elem) => {
                let e = self.resolve_type_indirect(elem);
                self.types.intern(TypeKind::Chan(*dir, e))
            }
            K::FuncType(ft) => {
                let params = ft
                    .params
                    .iter()
                    .map(|f| self.resolve_type_indirect(&f.ty))
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

    /// A type named by an identifier.
    fn type_name(&mut self, e: &ast::Expr, name: &str) -> TypeId {
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
    fn qualified_type(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> TypeId {
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
    fn resolve_type_indirect(&mut self, e: &ast::Expr) -> TypeId {
        self.indirection += 1;
        let t = self.resolve_type(e);
        self.indirection -= 1;
        t
    }
}

impl Checker<'_> {
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
