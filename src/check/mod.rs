//! The checker: resolves names, types every expression, evaluates constants,
//! applies the `//go:` directives, and reports Go's diagnostics at Go's
//! positions. Its result is a [`hir::Program`].
//!
//! Two packages are checked: `main`, from the user's files, and `runtime`,
//! wexlab's runtime written in the same Go subset (see `src/runtime/`).

pub mod constant;
mod directives;
mod expr;
pub mod hir;
mod stmt;
pub mod types;

use rustc_hash::FxHashMap as HashMap;

use crate::diag::{Diagnostics, SourceMap, Span};
use crate::syntax::Parsed;
use crate::syntax::ast::{self, Decl, GenKind, Spec};
use constant::Value;
use hir::{FuncId, Global, GlobalId, LocalId, Program};
use types::{Basic, Signature, TypeId, TypeKind, Types};

pub use directives::Directives;

/// Something a name can stand for.
#[derive(Clone, Debug)]
enum Entity {
    Const {
        ty: TypeId,
        value: Value,
    },
    Global(GlobalId),
    Local(LocalId),
    Func(FuncId),
    Type(TypeId),
    Builtin(Builtin),
    /// The package name `unsafe`.
    Unsafe,
    Nil,
    /// A package-level declaration not resolved yet (index into `decls`).
    Pending(usize),
    /// A name whose declaration wexlab rejected (a generic function or
    /// type, reported there): its uses say nothing more.
    Invalid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Builtin {
    Print,
    Println,
    Panic,
    Len,
    Cap,
    New,
    Make,
    Append,
    Copy,
    Delete,
    Min,
    Max,
    Clear,
    Close,
    Complex,
    Real,
    Imag,
    Recover,
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    UnsafeSlice,
    UnsafeString,
    StringData,
    SliceData,
}

impl Builtin {
    fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Panic => "panic",
            Builtin::Len => "len",
            Builtin::Cap => "cap",
            Builtin::New => "new",
            Builtin::Make => "make",
            Builtin::Append => "append",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Real => "real",
            Builtin::Imag => "imag",
            Builtin::Recover => "recover",
            Builtin::Sizeof => "unsafe.Sizeof",
            Builtin::Alignof => "unsafe.Alignof",
            Builtin::Offsetof => "unsafe.Offsetof",
            Builtin::Add => "unsafe.Add",
            Builtin::UnsafeSlice => "unsafe.Slice",
            Builtin::UnsafeString => "unsafe.String",
            Builtin::StringData => "unsafe.StringData",
            Builtin::SliceData => "unsafe.SliceData",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Unresolved,
    InProgress,
    Done,
}

/// A package-level declaration, resolved on first use so that declarations
/// may refer to each other in any order.
struct PkgDecl<'a> {
    name: ast::Ident,
    kind: PkgDeclKind<'a>,
    state: State,
    file_index: usize,
}

enum PkgDeclKind<'a> {
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

/// One package's files, as the parser left them.
pub struct PackageSource<'a> {
    pub name: &'a str,
    pub files: Vec<&'a Parsed>,
    /// The runtime package may declare intrinsics and is exempt from the
    /// user-facing rules (reserved export names, unused imports).
    pub is_runtime: bool,
}

pub struct Checker<'a> {
    sources: &'a SourceMap,
    diags: Diagnostics,
    types: Types,
    funcs: Vec<hir::Func>,
    globals: Vec<Global>,
    exports: Vec<hir::Export>,
    inits: Vec<hir::Init>,
    universe: HashMap<&'static str, Entity>,
    // Per package:
    pkg_name: String,
    is_runtime: bool,
    pkg_scope: HashMap<String, (Entity, Span)>,
    decls: Vec<PkgDecl<'a>>,
    /// The import of `unsafe` per file (span of the path) and whether it was used.
    unsafe_imports: Vec<Option<(Span, bool)>>,
    /// The tokens of each file (for [`Checker::mark_used_in`]).
    file_tokens: HashMap<crate::diag::FileId, &'a [(usize, crate::syntax::lexer::Tok, usize)]>,
    /// The names of the other packages each file imports (reported at the
    /// import): their uses say nothing more.
    other_imports: Vec<Vec<String>>,
    current_file: usize,
    /// Objects the declaration being resolved refers to (for init order).
    deps: Vec<Vec<Dep>>,
    func_deps: HashMap<FuncId, Vec<Dep>>,
    /// Type declarations being resolved, with the indirection level at
    /// their start: meeting one again at the same level is a cycle.
    type_stack: Vec<(usize, u32)>,
    /// Declarations being resolved, innermost last (for cycle messages).
    decl_stack: Vec<usize>,
    /// How many pointer, slice, map, channel or function types enclose the
    /// type being resolved (they break recursion: `type S *S` is valid).
    indirection: u32,
    var_deps: HashMap<GlobalId, Vec<Dep>>,
    /// The value of `iota` while a package-level constant is evaluated.
    iota: Option<i128>,
    /// Checked initializers of package variables, by spec and name index.
    global_values: HashMap<(*const ast::ValueSpec, usize), hir::Expr>,
    /// `var a, b = f()`: the call, checked once per spec.
    tuple_inits: HashMap<*const ast::ValueSpec, Option<hir::Expr>>,
    // Per function body:
    fctx: Option<stmt::FuncCtx>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Dep {
    Var(GlobalId),
    Func(FuncId),
}

/// Checks the runtime package and the user's package main. The program is
/// returned even when there are errors: wasmexport signatures are checked
/// on it later, as Go does, unless the errors come from an earlier phase.
pub fn check<'a>(
    sources: &'a SourceMap,
    runtime: PackageSource<'a>,
    main: PackageSource<'a>,
) -> (Program, Diagnostics) {
    let mut checker = Checker::new(sources);
    checker.check_package(runtime);
    checker.check_package(main);
    let diags = std::mem::take(&mut checker.diags);
    let program = Program {
        types: checker.types,
        funcs: checker.funcs,
        globals: checker.globals,
        inits: checker.inits,
        exports: checker.exports,
    };
    (program, diags)
}

impl<'a> Checker<'a> {
    fn new(sources: &'a SourceMap) -> Checker<'a> {
        let mut types = Types::new();
        let mut universe = HashMap::default();
        let basics = [
            ("bool", Basic::Bool),
            ("int", Basic::Int),
            ("int8", Basic::Int8),
            ("int16", Basic::Int16),
            ("int32", Basic::Int32),
            ("int64", Basic::Int64),
            ("uint", Basic::Uint),
            ("uint8", Basic::Uint8),
            ("uint16", Basic::Uint16),
            ("uint32", Basic::Uint32),
            ("uint64", Basic::Uint64),
            ("uintptr", Basic::Uintptr),
            ("float32", Basic::Float32),
            ("float64", Basic::Float64),
            ("complex64", Basic::Complex64),
            ("complex128", Basic::Complex128),
            ("string", Basic::String),
            ("byte", Basic::Byte),
            ("rune", Basic::Rune),
        ];
        for (name, b) in basics {
            universe.insert(name, Entity::Type(types.basic(b)));
        }
        // `any` prints as `any` in Go's messages: a named type of interface{}.
        let any = types.new_named("", "any");
        let empty = types.intern(TypeKind::Interface(true));
        types.set_underlying(any, empty);
        universe.insert("any", Entity::Type(any));
        let error = types.new_named("", "error");
        let error_u = types.intern(TypeKind::Interface(false));
        types.set_underlying(error, error_u);
        universe.insert("error", Entity::Type(error));
        let ub = types.basic(Basic::UntypedBool);
        universe.insert(
            "true",
            Entity::Const {
                ty: ub,
                value: Value::Bool(true),
            },
        );
        universe.insert(
            "false",
            Entity::Const {
                ty: ub,
                value: Value::Bool(false),
            },
        );
        universe.insert("nil", Entity::Nil);
        let builtins = [
            ("print", Builtin::Print),
            ("println", Builtin::Println),
            ("panic", Builtin::Panic),
            ("len", Builtin::Len),
            ("cap", Builtin::Cap),
            ("new", Builtin::New),
            ("make", Builtin::Make),
            ("append", Builtin::Append),
            ("copy", Builtin::Copy),
            ("delete", Builtin::Delete),
            ("min", Builtin::Min),
            ("max", Builtin::Max),
            ("clear", Builtin::Clear),
            ("close", Builtin::Close),
            ("complex", Builtin::Complex),
            ("real", Builtin::Real),
            ("imag", Builtin::Imag),
            ("recover", Builtin::Recover),
        ];
        for (name, b) in builtins {
            universe.insert(name, Entity::Builtin(b));
        }
        Checker {
            sources,
            diags: Diagnostics::default(),
            types,
            funcs: Vec::new(),
            globals: Vec::new(),
            exports: Vec::new(),
            inits: Vec::new(),
            universe,
            pkg_name: String::new(),
            is_runtime: false,
            pkg_scope: HashMap::default(),
            decls: Vec::new(),
            unsafe_imports: Vec::new(),
            other_imports: Vec::new(),
            file_tokens: HashMap::default(),
            current_file: 0,
            deps: Vec::new(),
            func_deps: HashMap::default(),
            type_stack: Vec::new(),
            decl_stack: Vec::new(),
            indirection: 0,
            var_deps: HashMap::default(),
            iota: None,
            global_values: HashMap::default(),
            tuple_inits: HashMap::default(),
            fctx: None,
        }
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diags.error(span, message);
    }

    /// Something valid Go that wexlab's subset leaves out: reported only once
    /// the program is otherwise correct (see `Phase`).
    /// Code wexlab does not check (a closure, a select, a composite
    /// literal…) may use variables: every name written in `span` counts as
    /// used, so that Go's "declared and not used" is not reported wrongly.
    fn mark_used_in(&mut self, span: Span) {
        let Some(tokens) = self.file_tokens.get(&span.file).copied() else {
            return;
        };
        let Some(fctx) = &mut self.fctx else { return };
        let first = tokens.partition_point(|(o, _, _)| (*o as u32) < span.start);
        for (o, tok, _) in &tokens[first..] {
            if *o as u32 >= span.end {
                break;
            }
            if let crate::syntax::lexer::Tok::Ident(name) = tok {
                fctx.mark_used(name);
            }
        }
    }

    fn limit(&mut self, span: Span, message: impl Into<String>) {
        self.diags.push(
            crate::diag::Diagnostic::error(span, message).in_phase(crate::diag::Phase::Unsupported),
        );
    }

    fn check_package(&mut self, pkg: PackageSource<'a>) {
        self.pkg_name = pkg.name.to_string();
        self.is_runtime = pkg.is_runtime;
        self.pkg_scope.clear();
        self.decls.clear();
        self.unsafe_imports.clear();
        self.other_imports.clear();
        self.func_deps.clear();
        self.var_deps.clear();

        self.file_tokens = pkg
            .files
            .iter()
            .filter_map(|p| p.file.as_ref().map(|f| (f.id, p.tokens.as_slice())))
            .collect();
        let files: Vec<&'a ast::File> = pkg.files.iter().filter_map(|p| p.file.as_ref()).collect();
        for (i, file) in files.iter().enumerate() {
            self.check_package_clause(file);
            self.collect_imports(i, file);
        }
        for (i, file) in files.iter().enumerate() {
            self.collect_decls(i, file);
        }
        // Directives are read before bodies are checked: they decide which
        // functions are imports, intrinsics and exports.
        let directives = Directives::attach(&pkg.files, &mut self.diags);
        for i in 0..self.decls.len() {
            self.resolve_decl(i);
        }
        self.apply_directives(&directives);
        for i in 0..self.decls.len() {
            if let PkgDeclKind::Func { decl, func } = self.decls[i].kind {
                self.current_file = self.decls[i].file_index;
                self.check_func_body(decl, func);
            }
        }
        self.order_inits();
        if !self.is_runtime {
            for imp in self.unsafe_imports.clone().into_iter().flatten() {
                if !imp.1 {
                    self.error(imp.0, "\"unsafe\" imported and not used");
                }
            }
            self.check_main_exists(&files);
        }
    }

    fn check_package_clause(&mut self, file: &ast::File) {
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

    fn check_main_exists(&mut self, files: &[&'a ast::File]) {
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

    fn collect_imports(&mut self, index: usize, file: &'a ast::File) {
        let mut unsafe_import = None;
        let mut others = Vec::new();
        for imp in &file.imports {
            if imp.path == "unsafe" {
                if let Some(name) = &imp.name
                    && name.name != "unsafe"
                {
                    self.limit(
                        name.span,
                        "wexlab supports `import \"unsafe\"` without a renaming only",
                    );
                }
                unsafe_import = Some((imp.path_span, false));
            } else if self.is_runtime && imp.path == "wexlab/intrinsics" {
                // The runtime's intrinsics are declared with directives.
            } else {
                self.limit(
                    imp.path_span,
                    format!(
                        "package \"{}\" is not supported by wexlab: it compiles programs that import only \"unsafe\"",
                        imp.path
                    ),
                );
                let name = match &imp.name {
                    Some(n) => n.name.clone(),
                    None => imp.path.rsplit('/').next().unwrap_or("").to_string(),
                };
                others.push(name);
            }
        }
        while self.unsafe_imports.len() <= index {
            self.unsafe_imports.push(None);
            self.other_imports.push(Vec::new());
        }
        self.unsafe_imports[index] = unsafe_import;
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

    fn collect_decls(&mut self, file_index: usize, file: &'a ast::File) {
        for decl in &file.decls {
            match decl {
                Decl::Func(fd) => {
                    if let Some(tparams) = fd.type_params {
                        if fd.recv.is_some() {
                            self.diags.push(
                                crate::diag::Diagnostic::error(
                                    tparams,
                                    "syntax error: method must have no type parameters",
                                )
                                .in_phase(crate::diag::Phase::Syntax),
                            );
                            continue;
                        }
                        self.limit(tparams, "generic functions are not supported by wexlab");
                        self.declare_pkg(&fd.name, Entity::Invalid);
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

    fn collect_gen_decl(&mut self, file_index: usize, g: &'a ast::GenDecl) {
        let mut last_values: Option<&'a ast::ValueSpec> = None;
        for spec in &g.specs {
            match spec {
                Spec::Value(vs) if g.kind == GenKind::Const => {
                    let source = if vs.values.is_empty() && vs.ty.is_none() {
                        match last_values {
                            Some(s) => s,
                            None => {
                                self.error(
                                    vs.names[0].span,
                                    "missing init expr for const declaration",
                                );
                                continue;
                            }
                        }
                    } else {
                        last_values = Some(vs);
                        vs
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

    /// Resolves a package-level declaration (its type, constant value or
    /// signature) and returns what its name stands for.
    fn resolve_decl(&mut self, i: usize) -> Entity {
        match self.decls[i].state {
            State::Done => return self.decl_entity(i),
            State::InProgress => {
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
                return Entity::Const {
                    ty: invalid,
                    value: Value::Int(0),
                };
            }
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
                let (ty, value) = self.eval_const_spec(spec, source, index);
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
                self.resolve_global(spec, index, global);
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
                let u = self.resolve_type(&spec.ty);
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
                self.resolve_signature(decl, func);
            }
        }
        self.decl_stack.pop();
        self.decls[i].state = State::Done;
        self.current_file = saved_file;
        self.decl_entity(i)
    }

    /// Go's error for an initialization cycle (names and positions of the
    /// objects in reference order), reported at the one first in the source.
    fn init_cycle(&mut self, cycle: Vec<(String, Span)>) {
        if cycle.len() == 1 {
            let (name, span) = &cycle[0];
            self.error(
                *span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let start = (0..cycle.len())
            .min_by_key(|&k| (cycle[k].1.file, cycle[k].1.start))
            .unwrap_or(0);
        let (first, span) = &cycle[start];
        let mut d =
            crate::diag::Diagnostic::error(*span, format!("initialization cycle for {first}"));
        for k in 0..cycle.len() {
            let (a, at) = &cycle[(start + k) % cycle.len()];
            let (b, _) = &cycle[(start + k + 1) % cycle.len()];
            d = d.with_note(*at, format!("{a} refers to {b}"));
        }
        self.diags.push(d);
    }

    /// A cycle of references through package variables and functions that
    /// starts at variable `g`, if there is one: (name, position) of each.
    fn find_init_cycle(&self, g: GlobalId) -> Option<Vec<(String, Span)>> {
        fn visit(
            c: &Checker<'_>,
            node: Dep,
            path: &mut Vec<Dep>,
            seen: &mut Vec<Dep>,
        ) -> Option<Vec<Dep>> {
            if let Some(at) = path.iter().position(|d| *d == node) {
                return Some(path[at..].to_vec());
            }
            if seen.contains(&node) {
                return None;
            }
            seen.push(node);
            path.push(node);
            let next = match node {
                Dep::Var(v) => c.var_deps.get(&v).cloned().unwrap_or_default(),
                Dep::Func(f) => c.func_deps.get(&f).cloned().unwrap_or_default(),
            };
            for n in next {
                if let Some(cycle) = visit(c, n, path, seen) {
                    return Some(cycle);
                }
            }
            path.pop();
            None
        }
        let cycle = visit(self, Dep::Var(g), &mut Vec::new(), &mut Vec::new())?;
        let short = |symbol: &str| symbol.rsplit('.').next().unwrap_or(symbol).to_string();
        Some(
            cycle
                .into_iter()
                .map(|d| match d {
                    Dep::Var(v) => {
                        let g = &self.globals[v.0 as usize];
                        (short(&g.symbol), g.span)
                    }
                    Dep::Func(f) => {
                        let f = &self.funcs[f.0 as usize];
                        (short(&f.symbol), f.name_span)
                    }
                })
                .collect(),
        )
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
    fn resolve_global(&mut self, spec: &'a ast::ValueSpec, index: usize, global: GlobalId) {
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
            && !self.types.is_string(t)
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
                if let Some(checked) = self.assign_to(v, op, t, "variable declaration") {
                    self.global_values
                        .insert((spec as *const ast::ValueSpec, index), checked);
                }
                t
            }
            (Some(t), Some(v)) => {
                if let Some(have) = self.global_init_type(v, spec, index)
                    && spec.values.len() == 1
                    && !self.assignable(have, t)
                {
                    let message = format!(
                        "cannot use {} function result (value of type {}) as {} value in multiple assignment",
                        stmt::ordinal(index + 1),
                        self.types.display(have),
                        self.types.display(t)
                    );
                    self.error(v.span, message);
                }
                t
            }
            (Some(t), None) => t,
            (None, Some(v)) => self
                .global_init_type(v, spec, index)
                .unwrap_or_else(|| self.types.invalid()),
            (None, None) => self.types.invalid(),
        };
        self.check_var_type(spec.names[index].span, ty);
        self.globals[global.0 as usize].ty = ty;
    }

    /// Rejects variable types wexlab cannot store (it reports them once, at the variable).
    fn check_var_type(&mut self, span: Span, ty: TypeId) {
        // The runtime keeps buffers in arrays it only takes the address of.
        if self.is_runtime && matches!(self.types.under(ty), TypeKind::Array(..)) {
            return;
        }
        if let Some(what) = self.unsupported_value_type(ty) {
            self.limit(span, format!("{what} are not supported by wexlab"));
        }
    }

    /// What wexlab cannot hold in a variable yet, as a plural noun phrase.
    fn unsupported_value_type(&self, ty: TypeId) -> Option<&'static str> {
        match self.types.under(ty) {
            TypeKind::Basic(b) => match b.canonical() {
                Basic::String | Basic::UntypedString => Some("string variables"),
                Basic::Complex64 | Basic::Complex128 => Some("complex numbers"),
                _ => None,
            },
            TypeKind::Pointer(_) | TypeKind::Invalid | TypeKind::Tuple(_) => None,
            TypeKind::Array(..) => Some("arrays"),
            TypeKind::Slice(_) => Some("slices"),
            TypeKind::Map(..) => Some("maps"),
            TypeKind::Chan(..) => Some("channels"),
            TypeKind::Func(_) => Some("function values"),
            TypeKind::Struct(_) => Some("structs"),
            TypeKind::Interface(_) => Some("interfaces"),
            TypeKind::Named { .. } => None,
        }
    }

    fn resolve_signature(&mut self, decl: &'a ast::FuncDecl, func: FuncId) {
        let mut locals = Vec::new();
        let mut params = Vec::new();
        let mut param_types = Vec::new();
        let mut variadic = false;
        for f in &decl.sig.params {
            let mut ty = self.resolve_type(&f.ty);
            if f.variadic {
                variadic = true;
                ty = self.types.intern(TypeKind::Slice(ty));
            }
            param_types.push(ty);
            params.push(LocalId(locals.len() as u32));
            locals.push(hir::Local {
                name: f
                    .name
                    .as_ref()
                    .map(|n| n.name.clone())
                    .unwrap_or_else(|| "_".to_string()),
                ty,
            });
        }
        let mut results = Vec::new();
        let mut result_types = Vec::new();
        for f in &decl.sig.results {
            let ty = self.resolve_type(&f.ty);
            result_types.push(ty);
            results.push(LocalId(locals.len() as u32));
            locals.push(hir::Local {
                name: f
                    .name
                    .as_ref()
                    .map(|n| n.name.clone())
                    .unwrap_or_else(|| "~r".to_string()),
                ty,
            });
        }
        let recv_count = decl.recv.as_ref().map_or(0, |r| r.len());
        if recv_count > 1 {
            self.error(decl.name.span, "method has multiple receivers");
        }
        let f = &mut self.funcs[func.0 as usize];
        f.sig = Signature {
            params: param_types,
            results: result_types,
            variadic,
        };
        f.params = params;
        f.results = results;
        f.locals = locals;
    }

    /// Resolves a type expression.
    /// A type behind a pointer, slice, map, channel or function: it may
    /// refer to the type being declared.
    fn resolve_type_indirect(&mut self, e: &ast::Expr) -> TypeId {
        self.indirection += 1;
        let t = self.resolve_type(e);
        self.indirection -= 1;
        t
    }

    /// Go's error for a cycle of type declarations (the ones on the stack
    /// from `at`), reported at the one first in the source.
    fn recursive_type(&mut self, at: usize) {
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

    fn resolve_type(&mut self, e: &ast::Expr) -> TypeId {
        use ast::ExprKind as K;
        match &e.kind {
            K::Ident(name) => match self.lookup(name) {
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
            },
            K::Selector(x, sel) => {
                if let K::Ident(pkg) = &x.kind {
                    if pkg == "unsafe" && self.unsafe_in_scope() {
                        self.mark_unsafe_used();
                        if sel.name == "Pointer" {
                            return self.types.basic(Basic::UnsafePointer);
                        }
                        self.error(sel.span, format!("undefined: unsafe.{}", sel.name));
                        return self.types.invalid();
                    }
                    if pkg == "structs" && sel.name == "HostLayout" {
                        self.limit(e.span, "structs.HostLayout is not supported by wexlab yet");
                        return self.types.invalid();
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

    fn unsafe_in_scope(&self) -> bool {
        self.unsafe_imports
            .get(self.current_file)
            .is_some_and(|i| i.is_some())
    }

    /// Whether `name` (not declared otherwise) is a package the current
    /// file imports and wexlab does not support.
    fn is_other_package(&mut self, name: &str) -> bool {
        self.other_imports
            .get(self.current_file)
            .is_some_and(|names| names.iter().any(|n| n == name))
            && self.lookup(name).is_none()
    }

    fn mark_unsafe_used(&mut self) {
        if let Some(Some(imp)) = self.unsafe_imports.get_mut(self.current_file) {
            imp.1 = true;
        }
    }

    /// Looks a name up: function scopes, then the package, then the universe.
    fn lookup(&mut self, name: &str) -> Option<Entity> {
        if let Some(fctx) = &mut self.fctx
            && let Some(e) = fctx.lookup(name)
        {
            return Some(e);
        }
        if let Some((e, _)) = self.pkg_scope.get(name) {
            return Some(e.clone());
        }
        if name == "unsafe" && self.unsafe_in_scope() {
            return Some(Entity::Unsafe);
        }
        self.universe.get(name).cloned()
    }

    /// Records that the declaration being checked uses a package object.
    fn note_dep(&mut self, dep: Dep) {
        if let Some(deps) = self.deps.last_mut()
            && !deps.contains(&dep)
        {
            deps.push(dep);
        }
    }

    /// Go initializes package variables in declaration order, except that a
    /// variable waits for the variables its initializer depends on (through
    /// functions, too).
    fn order_inits(&mut self) {
        let var_decls: Vec<(GlobalId, &'a ast::ValueSpec, usize)> = self
            .decls
            .iter()
            .filter_map(|d| match d.kind {
                PkgDeclKind::Var {
                    spec,
                    index,
                    global,
                } => Some((global, spec, index)),
                _ => None,
            })
            .collect();
        // All variables a variable's initializer reaches.
        let mut reach: HashMap<GlobalId, Vec<GlobalId>> = HashMap::default();
        for &(g, _, _) in &var_decls {
            let mut seen_funcs = Vec::new();
            let mut vars = Vec::new();
            let mut stack: Vec<Dep> = self.var_deps.get(&g).cloned().unwrap_or_default();
            while let Some(d) = stack.pop() {
                match d {
                    Dep::Var(v) => {
                        if !vars.contains(&v) {
                            vars.push(v);
                        }
                    }
                    Dep::Func(f) => {
                        if !seen_funcs.contains(&f) {
                            seen_funcs.push(f);
                            stack.extend(self.func_deps.get(&f).cloned().unwrap_or_default());
                        }
                    }
                }
            }
            reach.insert(g, vars);
        }
        let mut done: Vec<GlobalId> = Vec::new();
        let mut emitted_specs: Vec<*const ast::ValueSpec> = Vec::new();
        let pending: Vec<(GlobalId, &'a ast::ValueSpec, usize)> = var_decls.clone();
        let mut remaining = pending;
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|(g, _, _)| {
                reach[g].iter().all(|d| {
                    done.contains(d) || !var_decls.iter().any(|(v, _, _)| v == d) || d == g
                })
            });
            let Some(pos) = ready else {
                let (g, _, _) = remaining[0];
                match self.find_init_cycle(g) {
                    Some(cycle) => self.init_cycle(cycle),
                    None => {
                        let span = self.globals[g.0 as usize].span;
                        self.error(span, "initialization cycle");
                    }
                }
                return;
            };
            let (g, spec, index) = remaining.remove(pos);
            done.push(g);
            if reach[&g].contains(&g) {
                match self.find_init_cycle(g) {
                    Some(cycle) => self.init_cycle(cycle),
                    None => {
                        let span = self.globals[g.0 as usize].span;
                        self.error(span, "initialization cycle");
                    }
                }
            }
            // `a, b = f()` initializes both at once.
            if spec.values.len() == 1 && spec.names.len() > 1 {
                let ptr = spec as *const ast::ValueSpec;
                if emitted_specs.contains(&ptr) {
                    continue;
                }
                emitted_specs.push(ptr);
                let globals: Vec<GlobalId> = var_decls
                    .iter()
                    .filter(|(_, s, _)| std::ptr::eq(*s, spec))
                    .map(|(g, _, _)| *g)
                    .collect();
                done.extend(globals.iter().copied());
                remaining.retain(|(g, _, _)| !globals.contains(g));
                self.emit_global_init(spec, &globals);
            } else if spec.values.len() > index {
                self.emit_global_init_one(spec, index, g);
            }
        }
    }
}

fn recv_name(fd: &ast::FuncDecl) -> String {
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
