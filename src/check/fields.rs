//! Struct fields: `x.f` through embedded fields and pointers (Go's
//! selector rules, types2's `lookup.go`), and which expressions are
//! addressable.

use super::body::BodyChecker;
use super::hir::{self, ExprKind};
use super::operand::Operand;
use super::resolver::{PkgDeclKind, recv_name};
use super::types::{TypeId, TypeKind, Types};
use crate::syntax::ast;

/// One step from a struct to a field it selects: the field's index in its
/// struct.
type Path = Vec<usize>;

/// What looking a field up found.
pub(super) enum Lookup {
    Found(Path),
    Ambiguous,
    Missing,
}

/// The name an embedded field is known by: its type's name, behind a
/// pointer or not.
fn embedded_name(types: &Types, ty: TypeId) -> Option<String> {
    let base = types
        .pointee(ty)
        .filter(|_| !types.is_named(ty))
        .unwrap_or(ty);
    match types.kind(base) {
        TypeKind::Named { name, .. } => Some(name.clone()),
        TypeKind::Basic(b) => Some(b.name().to_string()),
        _ => None,
    }
}

/// The struct behind `ty` (itself or what it points to).
fn struct_fields(types: &Types, ty: TypeId) -> Option<Vec<super::types::StructField>> {
    let base = match types.under(ty) {
        TypeKind::Pointer(e) => *e,
        _ => ty,
    };
    match types.under(base) {
        TypeKind::Struct(fields) => Some(fields.clone()),
        _ => None,
    }
}

/// Go's field lookup: the shallowest field of that name, through embedded
/// fields, breadth first; two at the same depth are ambiguous. The fields
/// of `opaque` (runtime.Pinner, seen from package main) are not seen.
pub(super) fn lookup_field(
    types: &Types,
    ty: TypeId,
    name: &str,
    opaque: Option<TypeId>,
) -> Lookup {
    // Blank fields hold bytes but have no name to select them by.
    if name == "_" {
        return Lookup::Missing;
    }
    let mut level: Vec<(TypeId, Path)> = vec![(ty, Vec::new())];
    let mut seen: Vec<TypeId> = Vec::new();
    while !level.is_empty() {
        let mut found: Option<Path> = None;
        let mut count = 0;
        let mut next = Vec::new();
        for (t, path) in &level {
            if opaque.is_some_and(|o| *t == o || types.pointee(*t) == Some(o)) {
                continue;
            }
            let Some(fields) = struct_fields(types, *t) else {
                continue;
            };
            for (i, f) in fields.iter().enumerate() {
                let fname = f.name.clone().or_else(|| embedded_name(types, f.ty));
                let mut p = path.clone();
                p.push(i);
                if fname.as_deref() == Some(name) {
                    count += 1;
                    found.get_or_insert(p.clone());
                }
                if f.name.is_none() && !seen.contains(&f.ty) {
                    seen.push(f.ty);
                    next.push((f.ty, p));
                }
            }
        }
        match (count, found) {
            (1, Some(p)) => return Lookup::Found(p),
            (0, _) => level = next,
            _ => return Lookup::Ambiguous,
        }
    }
    Lookup::Missing
}

impl<'a> BodyChecker<'_, 'a> {
    /// The runtime's Pinner when checking package main, whose fields it
    /// must not see (they are unexported in Go's).
    pub(super) fn opaque_type(&self) -> Option<TypeId> {
        self.runtime_pinner.filter(|_| !self.is_runtime)
    }

    /// `x.f` of a struct value or a pointer to one, if `x` has field `f`;
    /// `None` when it has none (the caller reports it).
    pub(super) fn field_selector(
        &mut self,
        e: &'a ast::Expr,
        x: hir::Expr,
        sel: &ast::Ident,
    ) -> Option<Operand> {
        let opaque = self.opaque_type();
        let path = match lookup_field(&self.types, x.ty, &sel.name, opaque) {
            Lookup::Found(p) => p,
            Lookup::Missing => return None,
            Lookup::Ambiguous => {
                let text = self.text(e.span);
                self.error(sel.span, format!("ambiguous selector {text}"));
                return Some(Operand::Invalid);
            }
        };
        let mut cur = x;
        for i in path {
            if let Some(elem) = self.types.pointee(cur.ty) {
                cur = hir::Expr {
                    kind: ExprKind::Deref(Box::new(cur)),
                    ty: elem,
                    span: e.span,
                };
            }
            let fields = struct_fields(&self.types, cur.ty).unwrap_or_default();
            let offset = self.types.field_offsets(cur.ty)[i];
            cur = hir::Expr {
                ty: fields[i].ty,
                kind: ExprKind::Field(Box::new(cur), offset),
                span: e.span,
            };
        }
        if let Some(what) = self.unsupported_value_type(cur.ty) {
            return Some(self.unsupported(e.span, what));
        }
        Some(Operand::Value(cur))
    }
}

/// Whether Go can take the address of `e`: a variable, `*p`, a field of an
/// addressable struct, an element of an addressable array.
pub(super) fn addressable(types: &Types, e: &hir::Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Deref(_) => true,
        ExprKind::Field(x, _) => addressable(types, x),
        // A slice's elements are always variables.
        ExprKind::Index(x, _) if types.is_slice(x.ty) => true,
        ExprKind::Index(x, _) => {
            matches!(types.under(x.ty), TypeKind::Array(..)) && addressable(types, x)
        }
        _ => false,
    }
}

impl<'a> BodyChecker<'_, 'a> {
    /// `x.m` of a method declared on x's type or promoted from an embedded
    /// field, with the receiver taken (`&x`) or dereferenced (`*p`) as the
    /// method wants; `None` when there is no such method.
    pub(super) fn method_selector(
        &mut self,
        e: &'a ast::Expr,
        x: hir::Expr,
        sel: &ast::Ident,
    ) -> Option<Operand> {
        let (path, func) = self.lookup_method(x.ty, &sel.name)?;
        let mut cur = x;
        for i in path {
            if let Some(elem) = self.types.pointee(cur.ty) {
                cur = deref(cur, elem, e);
            }
            let TypeKind::Struct(fields) = self.types.under(cur.ty).clone() else {
                return Some(Operand::Invalid);
            };
            let offset = self.types.field_offsets(cur.ty)[i];
            cur = hir::Expr {
                ty: fields[i].ty,
                kind: ExprKind::Field(Box::new(cur), offset),
                span: e.span,
            };
        }
        let want = self.funcs[func.0 as usize].sig.params.first().copied()?;
        let recv = match (self.types.pointee(want), self.types.pointee(cur.ty)) {
            (Some(_), Some(_)) | (None, None) => cur,
            (None, Some(elem)) => deref(cur, elem, e),
            (Some(_), None) if addressable(&self.types, &cur) => {
                let ty = self.types.pointer(cur.ty);
                hir::Expr {
                    kind: ExprKind::AddrOf(Box::new(cur)),
                    ty,
                    span: e.span,
                }
            }
            (Some(_), None) => {
                let text = self.types.display(cur.ty);
                self.error(
                    sel.span,
                    format!("cannot call pointer method {} on {text}", sel.name),
                );
                return Some(Operand::Invalid);
            }
        };
        Some(Operand::Method(func, Box::new(recv)))
    }

    /// The method `name` of `ty` (a defined type or a pointer to one), or
    /// of the shallowest embedded field that has it: the path of fields to
    /// that field, and the method.
    pub(super) fn lookup_method(&mut self, ty: TypeId, name: &str) -> Option<(Path, hir::FuncId)> {
        let mut level: Vec<(TypeId, Path)> = vec![(ty, Vec::new())];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut next = Vec::new();
            for (t, path) in &level {
                if let Some(f) = self.declared_method(*t, name) {
                    return Some((path.clone(), f));
                }
                let Some(fields) = struct_fields(&self.types, *t) else {
                    continue;
                };
                for (i, f) in fields.iter().enumerate() {
                    if f.name.is_none() && !seen.contains(&f.ty) {
                        seen.push(f.ty);
                        let mut p = path.clone();
                        p.push(i);
                        next.push((f.ty, p));
                    }
                }
            }
            level = next;
        }
        None
    }

    /// Whether `ty` has a method `name`, declared or promoted.
    pub(super) fn has_method(&mut self, ty: TypeId, name: &str) -> bool {
        self.lookup_method(ty, name).is_some()
    }

    /// A method declared on the defined type `t` is (or points to).
    fn declared_method(&mut self, t: TypeId, name: &str) -> Option<hir::FuncId> {
        let base = match self.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let TypeKind::Named {
            name: tname, pkg, ..
        } = self.types.kind(base).clone()
        else {
            return None;
        };
        // runtime.Pinner's methods, checked with the runtime before the
        // program: found by their symbols.
        if pkg == "runtime" && tname == "Pinner" && !self.is_runtime {
            let symbol = format!("runtime.(*Pinner).{name}");
            return (self.funcs.iter())
                .position(|f| f.symbol == symbol)
                .map(|i| hir::FuncId(i as u32));
        }
        // The declarations at hand are this package's: another package's
        // type (structs.HostLayout) has none of them.
        if pkg != self.pkg_name {
            return None;
        }
        let found = self
            .decls
            .iter()
            .enumerate()
            .find_map(|(i, d)| match d.kind {
                PkgDeclKind::Func { decl, func }
                    if decl.recv.is_some()
                        && decl.name.name == name
                        && recv_name(decl)
                            .trim_start_matches("(*")
                            .trim_end_matches(')')
                            == tname =>
                {
                    Some((i, func))
                }
                _ => None,
            })?;
        self.resolve_decl(found.0);
        Some(found.1)
    }
}

fn deref(p: hir::Expr, elem: TypeId, e: &ast::Expr) -> hir::Expr {
    hir::Expr {
        kind: ExprKind::Deref(Box::new(p)),
        ty: elem,
        span: e.span,
    }
}
