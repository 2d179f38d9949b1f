//! Resolving one package-level declaration: a constant's value, a
//! variable's type and initializer, a function's signature.

use super::assignments::ordinal;
use super::body::{BodyChecker, ValueContext};
use super::constant::Value;
use super::hir::{self, FuncId, GlobalId, LocalId};
use super::initorder::first_of_spec;
use super::operand::Operand;
use super::resolver::{PkgDeclKind, State};
use super::types::{Basic, Signature, TypeId, TypeKind};
use super::{Checker, Entity};
use crate::diag::Span;
use crate::syntax::ast::{self};

impl<'a> Checker<'a> {
    /// Resolves a package-level declaration (its type, constant value or
    /// signature) and returns what its name stands for.
    pub(super) fn resolve_decl(&mut self, i: usize) -> Entity {
        match self.decls[i].state {
            State::Done => return self.decl_entity(i),
            State::InProgress => return self.resolve_in_progress(i),
            State::Unresolved => {}
        }
        self.decls[i].state = State::InProgress;
        self.decl_stack.push(i);
        let saved_file = self.current_file;
        self.current_file = self.decls[i].file_index;
        match self.decls[i].kind {
            PkgDeclKind::Const {
                spec,
                source,
                index,
            } => {
                let (ty, value) = self.package_level().eval_const_spec(spec, source, index);
                self.decls[i].state = State::Done;
                self.current_file = saved_file;
                let _ = (ty, value);
            }
            PkgDeclKind::Var {
                spec,
                index,
                global,
            } => {
                self.deps.push(Vec::new());
                self.package_level().resolve_global(spec, index, global);
                let deps = self.deps.pop().unwrap_or_default();
                self.var_deps.insert(global, deps);
            }
            PkgDeclKind::Type { spec, .. } => {
                let named = if spec.alias {
                    None
                } else {
                    let pkg = self.pkg_name.clone();
                    let t = self.types.new_named(&pkg, &spec.name.name);
                    if let PkgDeclKind::Type { ty, .. } = &mut self.decls[i].kind {
                        *ty = Some(t);
                    }
                    Some(t)
                };
                self.type_stack.push((i, self.indirection));
                let u = self.package_level().resolve_type(&spec.ty);
                self.type_stack.pop();
                match named {
                    Some(t) => self.types.set_underlying(t, u),
                    None => {
                        if let PkgDeclKind::Type { ty, .. } = &mut self.decls[i].kind {
                            *ty = Some(u);
                        }
                    }
                }
            }
            PkgDeclKind::Func { decl, func } => {
                self.package_level().resolve_signature(decl, func);
            }
        }
        self.decl_stack.pop();
        self.decls[i].state = State::Done;
        self.current_file = saved_file;
        self.decl_entity(i)
    }

    /// A declaration met again while it is being resolved: a type may refer
    /// to itself through an indirection, a function may call itself; other
    /// cycles are errors.
    fn resolve_in_progress(&mut self, i: usize) -> Entity {
        let name = self.decls[i].name.clone();
        match self.decls[i].kind {
            PkgDeclKind::Type { ty: Some(t), .. } => {
                if let Some(at) = self
                    .type_stack
                    .iter()
                    .position(|&(d, level)| d == i && level == self.indirection)
                {
                    self.recursive_type(at);
                    return Entity::Type(self.types.invalid());
                }
                return Entity::Type(t);
            }
            PkgDeclKind::Type { .. } => {
                self.error(name.span, format!("invalid recursive type {}", name.name));
            }
            PkgDeclKind::Func { func, .. } => return Entity::Func(func),
            _ => {
                let at = self.decl_stack.iter().position(|&d| d == i).unwrap_or(0);
                let cycle: Vec<(String, Span)> = self.decl_stack[at..]
                    .iter()
                    .map(|&d| (self.decls[d].name.name.clone(), self.decls[d].name.span))
                    .collect();
                if cycle.is_empty() {
                    self.init_cycle(vec![(name.name.clone(), name.span)]);
                } else {
                    self.init_cycle(cycle);
                }
            }
        }
        let invalid = self.types.invalid();
        Entity::Const {
            ty: invalid,
            value: Value::Int(0),
        }
    }

    fn decl_entity(&mut self, i: usize) -> Entity {
        match &self.decls[i].kind {
            PkgDeclKind::Const { .. } => {
                let name = self.decls[i].name.name.clone();
                match self.pkg_scope.get(&name) {
                    Some((e @ Entity::Const { .. }, _)) => e.clone(),
                    _ => {
                        let invalid = self.types.invalid();
                        Entity::Const {
                            ty: invalid,
                            value: Value::Int(0),
                        }
                    }
                }
            }
            PkgDeclKind::Var { global, .. } => Entity::Global(*global),
            PkgDeclKind::Type { ty, .. } => {
                Entity::Type(ty.unwrap_or_else(|| self.types.invalid()))
            }
            PkgDeclKind::Func { func, .. } => Entity::Func(*func),
        }
    }

    /// Rejects variable types wexlab cannot store (it reports them once, at the variable).
    pub(super) fn check_var_type(&mut self, span: Span, ty: TypeId) {
        // The runtime keeps buffers in arrays it only takes the address of.
        if self.is_runtime && matches!(self.types.under(ty), TypeKind::Array(..)) {
            return;
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            self.limit(span, format!("{what} are not supported by wexlab"));
        }
    }

    /// What wexlab cannot hold in a variable yet, as a plural noun phrase.
    pub(super) fn unsupported_value_type(&self, ty: TypeId) -> Option<&'static str> {
        match self.types.under(ty) {
            TypeKind::Basic(b) => match b.canonical() {
                Basic::Complex64 | Basic::Complex128 => Some("complex numbers"),
                _ => None,
            },
            TypeKind::Pointer(_) | TypeKind::Invalid | TypeKind::Tuple(_) => None,
            TypeKind::Array(_, elem) => self.unsupported_value_type(*elem),
            TypeKind::Slice(elem) => self.unsupported_value_type(*elem),
            TypeKind::Map(k, v) => self
                .unsupported_value_type(*k)
                .or_else(|| self.unsupported_value_type(*v)),
            TypeKind::Chan(..) => Some("channels"),
            TypeKind::Func(sig) => sig
                .params
                .iter()
                .chain(&sig.results)
                .find_map(|&t| self.unsupported_value_type(t)),
            TypeKind::Struct(fields) => fields
                .iter()
                .find_map(|f| self.unsupported_value_type(f.ty)),
            TypeKind::Interface(_) => Some("interfaces"),
            TypeKind::Named { .. } => None,
        }
    }
}

impl<'a> BodyChecker<'_, 'a> {
    fn eval_const_spec(
        &mut self,
        spec: &'a ast::ValueSpec,
        source: &'a ast::ValueSpec,
        index: usize,
    ) -> (TypeId, Value) {
        let name = &spec.names[index];
        let iota = spec.index as i128;
        let result = if index >= source.values.len() {
            self.error(name.span, "missing init expr for const declaration");
            None
        } else {
            let ty = source.ty.as_ref().map(|t| self.resolve_type(t));
            self.const_expr(&source.values[index], ty, iota)
        };
        let (ty, value) = result.unwrap_or_else(|| (self.types.invalid(), Value::Int(0)));
        if spec.values.len() > spec.names.len() && index == 0 {
            self.error(spec.values[spec.names.len()].span, "extra init expr");
        }
        if name.name != "_" {
            let entity = Entity::Const {
                ty,
                value: value.clone(),
            };
            if let Some(slot) = self.pkg_scope.get_mut(&name.name)
                && matches!(slot.0, Entity::Pending(_))
            {
                slot.0 = entity;
            }
        }
        (ty, value)
    }

    /// The type of a package variable, and its initializer checked now, so
    /// that the variables it depends on are known for Go's initialization
    /// order (the value is kept for the init code).
    pub(super) fn resolve_global(
        &mut self,
        spec: &'a ast::ValueSpec,
        index: usize,
        global: GlobalId,
    ) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        let value = if spec.values.len() == spec.names.len() {
            spec.values.get(index)
        } else {
            spec.values.first()
        };
        // The type first, for a variable that refers to itself.
        if let Some(t) = declared {
            self.globals[global.0 as usize].ty = t;
        }
        if let Some(t) = declared
            && !(self.is_runtime && matches!(self.types.under(t), TypeKind::Array(..)))
            && self.unsupported_value_type(t).is_some()
        {
            // Reported once, here; the variable is left without a type so
            // that its uses say nothing more.
            self.check_var_type(spec.names[index].span, t);
            if let Some(v) = value {
                let _ = self.expr(v, None);
            }
            self.globals[global.0 as usize].ty = self.types.invalid();
            return;
        }
        let ty = match (declared, value) {
            (Some(t), Some(v)) if spec.values.len() == spec.names.len() => {
                let op = self.expr(v, Some(t));
                if let Some(checked) = self.assign_to(v, op, t, ValueContext::VariableDeclaration) {
                    self.global_values.insert(global, checked);
                }
                t
            }
            (Some(t), Some(v)) => {
                if let Some(have) = self.global_init_type(v, spec, index, global)
                    && spec.values.len() == 1
                    && !self.assignable(have, t)
                {
                    let message = format!(
                        "cannot use {} function result (value of type {}) as {} value in multiple assignment",
                        ordinal(index + 1),
                        self.types.display(have),
                        self.types.display(t)
                    );
                    self.error(v.span, message);
                }
                t
            }
            (Some(t), None) => t,
            (None, Some(v)) => self
                .global_init_type(v, spec, index, global)
                .unwrap_or_else(|| self.types.invalid()),
            (None, None) => self.types.invalid(),
        };
        self.check_var_type(spec.names[index].span, ty);
        self.globals[global.0 as usize].ty = ty;
    }

    /// Checks a package variable's initializer once, remembering its value for
    /// the init code, and returns its type.
    fn global_init_type(
        &mut self,
        v: &'a ast::Expr,
        spec: &'a ast::ValueSpec,
        index: usize,
        global: GlobalId,
    ) -> Option<TypeId> {
        let key = first_of_spec(global, index);
        if spec.values.len() == 1 && spec.names.len() > 1 {
            if let Some(Some(t)) = self.tuple_inits.get(&key).map(|e| e.as_ref().map(|e| e.ty)) {
                return match self.types.kind(t) {
                    TypeKind::Tuple(ts) => ts.get(index).copied(),
                    _ => None,
                };
            }
            let op = self.expr(v, None);
            let value = match op {
                Operand::Tuple(t) => Some(t),
                Operand::Invalid => None,
                other => {
                    let desc = self.describe(v.span, &other);
                    self.error(
                        spec.names[0].span,
                        format!(
                            "assignment mismatch: {} variables but {desc} returns 1 value",
                            spec.names.len()
                        ),
                    );
                    None
                }
            };
            let t = value.as_ref().map(|v| v.ty);
            if let Some(tv) = &value
                && let TypeKind::Tuple(ts) = self.types.kind(tv.ty)
                && ts.len() != spec.names.len()
            {
                self.error(
                    spec.names[0].span,
                    format!(
                        "assignment mismatch: {} variables but {} returns {} values",
                        spec.names.len(),
                        self.text(v.span),
                        ts.len()
                    ),
                );
                self.tuple_inits.insert(key, None);
                return None;
            }
            self.tuple_inits.insert(key, value);
            return t.and_then(|t| match self.types.kind(t) {
                TypeKind::Tuple(ts) => ts.get(index).copied(),
                _ => None,
            });
        }
        if spec.values.len() != spec.names.len() {
            if index == 0 {
                self.error(
                    spec.names[0].span,
                    format!(
                        "assignment mismatch: {} variable{} but {} value{}",
                        spec.names.len(),
                        if spec.names.len() == 1 { "" } else { "s" },
                        spec.values.len(),
                        if spec.values.len() == 1 { "" } else { "s" }
                    ),
                );
            }
            return None;
        }
        let value = self.value(v, None)?;
        let ty = value.ty;
        self.global_values.insert(global, value);
        Some(ty)
    }

    fn resolve_signature(&mut self, decl: &'a ast::FuncDecl, func: FuncId) {
        // A method is a function whose first parameter is its receiver.
        let recv = decl.recv.iter().flatten().next();
        let (sig, params, results, locals) = self.signature_of(recv, &decl.sig);
        let recv_count = decl.recv.as_ref().map_or(0, |r| r.len());
        if recv_count > 1 {
            self.error(decl.name.span, "method has multiple receivers");
        }
        let f = &mut self.funcs[func.0 as usize];
        f.sig = sig;
        f.params = params;
        f.results = results;
        f.locals = locals;
    }

    /// A function's signature, and its parameters and results as its
    /// first locals.
    pub(super) fn signature_of(
        &mut self,
        recv: Option<&'a ast::Field>,
        sig: &'a ast::FuncType,
    ) -> (Signature, Vec<LocalId>, Vec<LocalId>, Vec<hir::Local>) {
        let mut locals = Vec::new();
        let mut params = Vec::new();
        let mut param_types = Vec::new();
        let mut variadic = false;
        if let Some(f) = recv {
            let ty = self.resolve_type(&f.ty);
            self.check_receiver(f, ty);
            param_types.push(ty);
            params.push(signature_local(&mut locals, f, ty, "_"));
        }
        for f in &sig.params {
            let mut ty = self.resolve_type(&f.ty);
            if f.variadic {
                variadic = true;
                ty = self.types.intern(TypeKind::Slice(ty));
            }
            param_types.push(ty);
            params.push(signature_local(&mut locals, f, ty, "_"));
        }
        let mut results = Vec::new();
        let mut result_types = Vec::new();
        for f in &sig.results {
            let ty = self.resolve_type(&f.ty);
            result_types.push(ty);
            results.push(signature_local(&mut locals, f, ty, "~r"));
        }
        let sig = Signature {
            params: param_types,
            results: result_types,
            variadic,
        };
        (sig, params, results, locals)
    }
}

impl<'a> BodyChecker<'_, 'a> {
    /// Go's rule for receivers: a defined type of this package, or a
    /// pointer to one, that is neither a pointer nor an interface itself.
    fn check_receiver(&mut self, f: &ast::Field, ty: TypeId) {
        if self.types.is_invalid(ty) {
            return;
        }
        // Go names the type under one `*`, where it points.
        let (base, at) = match (self.types.kind(ty), &f.ty.kind) {
            (TypeKind::Pointer(e), ast::ExprKind::Unary(ast::UnOp::Deref, inner)) => {
                (*e, inner.span)
            }
            _ => (ty, f.ty.span),
        };
        let text = self.types.display(base);
        if let TypeKind::Basic(_) = self.types.kind(base) {
            self.error(
                at,
                format!("cannot define new methods on non-local type {text}"),
            );
        } else if !self.types.is_named(base) {
            self.error(
                f.ty.span,
                format!("invalid receiver type {}", self.types.display(ty)),
            );
        } else if matches!(
            self.types.under(base),
            TypeKind::Pointer(_) | TypeKind::Interface(_)
        ) {
            self.error(
                at,
                format!("invalid receiver type {text} (pointer or interface type)"),
            );
        }
    }
}

/// A parameter or result as a local of its function, named `unnamed` when
/// the signature gives it no name.
fn signature_local(
    locals: &mut Vec<hir::Local>,
    field: &ast::Field,
    ty: TypeId,
    unnamed: &str,
) -> LocalId {
    let name = field.name.as_ref().map_or(unnamed, |n| n.name.as_str());
    locals.push(hir::Local {
        name: name.to_string(),
        ty,
    });
    LocalId(locals.len() as u32 - 1)
}
