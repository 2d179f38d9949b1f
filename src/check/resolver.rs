//! Collecting a package's declarations and imports, and looking names up.

use super::hir::{self, FuncId, Global, GlobalId};
use super::types::{Signature, TypeId};
use super::{Checker, Entity, StdPkg};
use crate::diag::Span;
use crate::syntax::ast::{self, Decl, GenKind, Spec};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum State {
    Unresolved,
    InProgress,
    Done,
}

/// A package-level declaration, resolved on first use so that declarations
/// may refer to each other in any order.
pub(super) struct PkgDecl<'a> {
    pub(super) name: ast::Ident,
    pub(super) kind: PkgDeclKind<'a>,
    pub(super) state: State,
    pub(super) file_index: usize,
}

pub(super) enum PkgDeclKind<'a> {
    Const {
        spec: &'a ast::ValueSpec,
        /// The spec whose type and values this one repeats (`iota` groups).
        source: &'a ast::ValueSpec,
        index: usize,
    },
    Var {
        spec: &'a ast::ValueSpec,
        index: usize,
        global: GlobalId,
    },
    Type {
        spec: &'a ast::TypeSpec,
        ty: Option<TypeId>,
    },
    Func {
        decl: &'a ast::FuncDecl,
        func: FuncId,
    },
}

impl<'a> Checker<'a> {
    pub(super) fn check_package_clause(&mut self, file: &ast::File) {
        if file.package.name != self.pkg_name && !self.is_runtime {
            let message = if file.package.name == "_" {
                "invalid package name _".to_string()
            } else {
                format!(
                    "package {} is not main: wexlab builds programs (package main) only",
                    file.package.name
                )
            };
            self.error(file.package.span, message);
        }
    }

    pub(super) fn check_main_exists(&mut self, files: &[&'a ast::File]) {
        let has_main = files.iter().any(|f| {
            f.decls
                .iter()
                .any(|d| matches!(d, Decl::Func(fd) if fd.name.name == "main" && fd.recv.is_none()))
        });
        if !has_main && let Some(f) = files.first() {
            self.error(
                f.package.span,
                "function main is undeclared in the main package",
            );
        }
    }

    pub(super) fn collect_imports(&mut self, index: usize, file: &'a ast::File) {
        let mut std_imports = [None; 3];
        let mut others = Vec::new();
        for imp in &file.imports {
            if let Some(pkg) = StdPkg::of_path(&imp.path) {
                if let Some(name) = &imp.name
                    && name.name != pkg.name()
                {
                    self.limit(
                        name.span,
                        format!(
                            "wexlab supports `import \"{}\"` without a renaming only",
                            pkg.name()
                        ),
                    );
                    // Like an unsupported package: the renaming is the
                    // one error, its uses say nothing more.
                    others.push(Some(name.name.clone()));
                    continue;
                }
                std_imports[pkg as usize] = Some((imp.path_span, false));
            } else if self.is_runtime && imp.path == "wexlab/intrinsics" {
                // The runtime's intrinsics are declared with directives.
            } else {
                self.limit(
                    imp.path_span,
                    format!(
                        "package \"{}\" is not supported by wexlab: it compiles programs that import only \"unsafe\", \"structs\" and \"runtime\"",
                        imp.path
                    ),
                );
                // Without a renaming, the name is the package clause of a
                // package wexlab does not read: not necessarily the path's
                // last element (`github.com/extism/go-pdk` is `pdk`).
                others.push(imp.name.as_ref().map(|n| n.name.clone()));
            }
        }
        while self.std_imports.len() <= index {
            self.std_imports.push([None; 3]);
            self.other_imports.push(Vec::new());
        }
        self.std_imports[index] = std_imports;
        self.other_imports[index] = others;
    }

    fn declare_pkg(&mut self, name: &ast::Ident, entity: Entity) {
        if name.name == "_" {
            return;
        }
        if name.name == "init"
            && !matches!(entity, Entity::Pending(i) if matches!(self.decls[i].kind, PkgDeclKind::Func { .. }))
        {
            self.error(name.span, "cannot declare init - must be func");
            return;
        }
        if let Some((_, prev)) = self.pkg_scope.get(&name.name) {
            let prev = *prev;
            self.diags.push(
                crate::diag::Diagnostic::error(
                    name.span,
                    format!("{} redeclared in this block", name.name),
                )
                .with_note(prev, format!("other declaration of {}", name.name)),
            );
            return;
        }
        self.pkg_scope
            .insert(name.name.clone(), (entity, name.span));
    }

    pub(super) fn collect_decls(&mut self, file_index: usize, file: &'a ast::File) {
        for decl in &file.decls {
            match decl {
                Decl::Func(fd) => {
                    if let Some(tparams) = fd.type_params {
                        // Go 1.27 has generic methods too.
                        if fd.recv.is_some() {
                            self.limit(tparams, "generic methods are not supported by wexlab");
                            continue;
                        }
                        self.limit(tparams, "generic functions are not supported by wexlab");
                        self.declare_pkg(&fd.name, Entity::Invalid);
                        continue;
                    }
                    if let Some(recv) = generic_receiver(fd) {
                        self.limit(recv, "methods of generic types are not supported by wexlab");
                        continue;
                    }
                    let func = FuncId(self.funcs.len() as u32);
                    let symbol = match &fd.recv {
                        Some(_) => format!("{}.{}.{}", self.pkg_name, recv_name(fd), fd.name.name),
                        None => format!("{}.{}", self.pkg_name, fd.name.name),
                    };
                    let void = Signature {
                        params: vec![],
                        results: vec![],
                        variadic: false,
                    };
                    self.funcs.push(hir::Func {
                        symbol,
                        name_span: fd.name.span,
                        sig: void,
                        params: vec![],
                        results: vec![],
                        locals: vec![],
                        body: None,
                        import: None,
                        intrinsic: None,
                        captures: Vec::new(),
                    });
                    self.decls.push(PkgDecl {
                        name: fd.name.clone(),
                        kind: PkgDeclKind::Func { decl: fd, func },
                        state: State::Unresolved,
                        file_index,
                    });
                    let idx = self.decls.len() - 1;
                    if fd.recv.is_some() {
                        // Methods live in their type's method set, not in the package scope.
                        continue;
                    }
                    if fd.name.name == "init" {
                        self.limit(
                            fd.name.span,
                            "func init is not supported by wexlab: initialize package variables with their declarations",
                        );
                        continue;
                    }
                    if fd.name.name == "main"
                        && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty())
                    {
                        self.error(
                            fd.name.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                    self.declare_pkg(&fd.name, Entity::Pending(idx));
                }
                Decl::Gen(g) => self.collect_gen_decl(file_index, g),
            }
        }
    }

    /// The spec whose type and values a constant spec takes: its own, or
    /// with neither, the last spec of its group that had them (Go repeats
    /// it, with the next `iota`). None, after Go's error, when there is none.
    pub(super) fn const_values_source(
        &mut self,
        vs: &'a ast::ValueSpec,
        last_values: &mut Option<&'a ast::ValueSpec>,
    ) -> Option<&'a ast::ValueSpec> {
        if !vs.values.is_empty() || vs.ty.is_some() {
            *last_values = Some(vs);
            return Some(vs);
        }
        if last_values.is_none() {
            self.error(vs.names[0].span, "missing init expr for const declaration");
        }
        *last_values
    }

    pub(super) fn collect_gen_decl(&mut self, file_index: usize, g: &'a ast::GenDecl) {
        let mut last_values: Option<&'a ast::ValueSpec> = None;
        for spec in &g.specs {
            match spec {
                Spec::Value(vs) if g.kind == GenKind::Const => {
                    let Some(source) = self.const_values_source(vs, &mut last_values) else {
                        continue;
                    };
                    for (index, name) in vs.names.iter().enumerate() {
                        self.decls.push(PkgDecl {
                            name: name.clone(),
                            kind: PkgDeclKind::Const {
                                spec: vs,
                                source,
                                index,
                            },
                            state: State::Unresolved,
                            file_index,
                        });
                        let idx = self.decls.len() - 1;
                        self.declare_pkg(name, Entity::Pending(idx));
                    }
                }
                Spec::Value(vs) => {
                    for (index, name) in vs.names.iter().enumerate() {
                        let global = GlobalId(self.globals.len() as u32);
                        let invalid = self.types.invalid();
                        self.globals.push(Global {
                            symbol: format!("{}.{}", self.pkg_name, name.name),
                            ty: invalid,
                            span: name.span,
                        });
                        self.decls.push(PkgDecl {
                            name: name.clone(),
                            kind: PkgDeclKind::Var {
                                spec: vs,
                                index,
                                global,
                            },
                            state: State::Unresolved,
                            file_index,
                        });
                        let idx = self.decls.len() - 1;
                        self.declare_pkg(name, Entity::Pending(idx));
                    }
                }
                Spec::Type(ts) if ts.type_params.is_some() => {
                    self.limit(
                        ts.type_params.unwrap_or(ts.name.span),
                        "generic types are not supported by wexlab",
                    );
                    self.declare_pkg(&ts.name, Entity::Invalid);
                }
                Spec::Type(ts) => {
                    self.decls.push(PkgDecl {
                        name: ts.name.clone(),
                        kind: PkgDeclKind::Type { spec: ts, ty: None },
                        state: State::Unresolved,
                        file_index,
                    });
                    let idx = self.decls.len() - 1;
                    self.declare_pkg(&ts.name, Entity::Pending(idx));
                }
                Spec::Import(_) => {}
            }
        }
    }

    /// Looks a name up in the package, then in the universe.
    pub(super) fn lookup_package(&self, name: &str) -> Option<Entity> {
        if let Some((e, _)) = self.pkg_scope.get(name) {
            return Some(e.clone());
        }
        if let Some(pkg) = StdPkg::of_path(name)
            && self.imports_std(pkg)
        {
            return Some(Entity::Package(pkg));
        }
        self.universe.get(name).cloned()
    }

    /// Whether the current file imports `pkg`.
    pub(super) fn imports_std(&self, pkg: StdPkg) -> bool {
        self.std_imports
            .get(self.current_file)
            .is_some_and(|i| i[pkg as usize].is_some())
    }

    /// Whether the current file imports a package that wexlab does not
    /// support and that may be named `name`.
    pub(super) fn imports_other_package(&self, name: &str) -> bool {
        self.other_imports
            .get(self.current_file)
            .is_some_and(|names| names.iter().any(|n| n.as_deref().is_none_or(|n| n == name)))
    }

    pub(super) fn mark_used_package(&mut self, pkg: StdPkg) {
        if let Some(Some(imp)) = self
            .std_imports
            .get_mut(self.current_file)
            .map(|i| &mut i[pkg as usize])
        {
            imp.1 = true;
        }
    }
}

pub(super) fn recv_name(fd: &ast::FuncDecl) -> String {
    let Some(recv) = fd.recv.as_ref().and_then(|r| r.first()) else {
        return "?".to_string();
    };
    let mut t = &recv.ty;
    let mut pointer = false;
    loop {
        match &t.kind {
            ast::ExprKind::Unary(ast::UnOp::Deref, inner) => {
                pointer = true;
                t = inner;
            }
            ast::ExprKind::Paren(inner) => t = inner,
            ast::ExprKind::Ident(n) => {
                return if pointer {
                    format!("(*{n})")
                } else {
                    n.clone()
                };
            }
            _ => return "?".to_string(),
        }
    }
}

/// The receiver type of a method of a generic type (`func (l *List[T])`),
/// whose type parameters the method names again.
fn generic_receiver(fd: &ast::FuncDecl) -> Option<Span> {
    let mut ty = &fd.recv.as_ref()?.first()?.ty;
    loop {
        match &ty.kind {
            ast::ExprKind::Paren(inner) | ast::ExprKind::Unary(ast::UnOp::Deref, inner) => {
                ty = inner
            }
            ast::ExprKind::Index(..) => return Some(ty.span),
            _ => return None,
        }
    }
}
