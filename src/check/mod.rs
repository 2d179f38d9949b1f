//! The checker: resolves names, types every expression, evaluates constants,
//! applies the `//go:` directives, and reports Go's diagnostics at Go's
//! positions. Its result is a [`hir::Program`].
//!
//! Two packages are checked: `main`, from the user's files, and `runtime`,
//! wexlab's runtime written in the same Go subset (see `src/runtime/`).

mod assignments;
mod body;
mod builtins;
mod call;
mod composite;
pub mod constant;
mod conversions;
mod decl;
mod defer;
mod directives;
mod expr;
mod fields;
mod funcs;
pub mod hir;
mod index;
mod initorder;
mod maps;
mod method_exprs;
mod methods;
mod minmax;
mod operand;
mod panics;
mod range;
mod resolver;
mod returns;
mod runtimepkg;
mod slice_builtins;
mod stmt;
mod strings;
mod switch;
pub mod types;
mod typexpr;
mod universe;
mod unsafe_builtins;

use rustc_hash::FxHashMap as HashMap;

use crate::diag::{Diagnostics, SourceMap, Span};
use crate::syntax::Parsed;
use crate::syntax::ast;
use constant::Value;
use hir::{FuncId, Global, GlobalId, LocalId, Program};
use initorder::Dep;
use resolver::{PkgDecl, PkgDeclKind};
use types::{TypeId, Types};
use universe::Builtin;

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
    /// The name of an imported package (`unsafe`, `structs`).
    Package(StdPkg),
    Nil,
    /// A package-level declaration not resolved yet (index into `decls`).
    Pending(usize),
    /// A name whose declaration wexlab rejected (a generic function or
    /// type, reported there): its uses say nothing more.
    Invalid,
}

/// The packages a program may import: all are known to the compiler
/// itself, so wexlab needs no package sources for them (package runtime's
/// few members are wexlab's runtime's, see runtimepkg.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StdPkg {
    Unsafe,
    Structs,
    Runtime,
}

impl StdPkg {
    const ALL: [StdPkg; 3] = [StdPkg::Unsafe, StdPkg::Structs, StdPkg::Runtime];

    fn name(self) -> &'static str {
        match self {
            StdPkg::Unsafe => "unsafe",
            StdPkg::Structs => "structs",
            StdPkg::Runtime => "runtime",
        }
    }

    fn of_path(path: &str) -> Option<StdPkg> {
        StdPkg::ALL.into_iter().find(|p| p.name() == path)
    }
}

/// One package's files, as the parser left them.
pub struct PackageSource<'a> {
    pub name: &'a str,
    pub files: Vec<&'a Parsed>,
    /// The runtime package may declare intrinsics and is exempt from the
    /// user-facing rules (reserved export names, unused imports).
    pub is_runtime: bool,
}

/// The checker's state across the two packages (the program being built)
/// and within the package being checked.
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
    /// The imports of `unsafe` and `structs` per file, indexed by
    /// [`StdPkg`]: the span of the path and whether the file uses it.
    std_imports: Vec<[Option<(Span, bool)>; 3]>,
    /// `structs.HostLayout`, a defined type of package structs.
    host_layout: TypeId,
    /// The tokens of each file (for [`body::BodyChecker::mark_used_in`]).
    file_tokens: HashMap<crate::diag::FileId, &'a [(usize, crate::syntax::lexer::Tok, usize)]>,
    /// Where the names of the functions whose bodies the parser was not
    /// shown start (`syntax::parse_leaving_out`), and those functions.
    left_out_at: rustc_hash::FxHashSet<(crate::diag::FileId, usize)>,
    bodies_left_out: Vec<hir::FuncId>,
    /// The names of the other packages each file imports (reported at the
    /// import): their uses say nothing more. `None` for an import without
    /// a renaming, whose name only the package's own source tells.
    other_imports: Vec<Vec<Option<String>>>,
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
    /// Checked initializers of package variables, by variable.
    global_values: HashMap<GlobalId, hir::Expr>,
    /// `var a, b = f()`: the call, checked once per spec and kept under the
    /// spec's first variable (see [`initorder::first_of_spec`]).
    tuple_inits: HashMap<GlobalId, Option<hir::Expr>>,
    /// The function behind each method's method values (funcs.rs).
    method_wrappers: HashMap<FuncId, FuncId>,
    /// `(*T).M`'s function for each method declared on `T` (method_exprs.rs).
    pointer_wrappers: HashMap<FuncId, FuncId>,
    /// How many function literals package-level initializers hold so far.
    package_literals: u32,
    /// The local that keeps the depth of the stack of deferred calls on
    /// entry, in each function with defer statements (defer.rs).
    defer_bases: HashMap<FuncId, hir::LocalId>,
    /// Whether package main calls recover (defer.rs).
    uses_recover: bool,
    /// The type and Go's boxing of the value of each `panic(v)` call, by
    /// the call's span, which programs with deferred calls give the
    /// runtime (panics.rs).
    panic_boxes: HashMap<Span, (String, i64)>,
    /// The runtime's `Pinner`, which `runtime.Pinner` names (runtimepkg.rs).
    runtime_pinner: Option<TypeId>,
    /// Whether package main names runtime.Pinner (runtimepkg.rs).
    uses_pinner: bool,
    /// The functions that call recover, with the local that says whether a
    /// deferred call called them directly (defer.rs).
    recover_direct: HashMap<FuncId, hir::LocalId>,
    /// The closures of deferred calls (defer.rs).
    deferwraps: rustc_hash::FxHashSet<FuncId>,
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
    if checker.uses_recover {
        checker.unwind_bodies();
    }
    if !checker.uses_pinner {
        checker.drop_hooks(runtimepkg::PINNER_HOOKS);
    }
    if checker.defer_bases.is_empty() && !checker.uses_recover {
        checker.drop_hooks(defer::PANIC_HOOKS);
    } else {
        checker.box_panic_values();
    }
    let diags = std::mem::take(&mut checker.diags);
    let program = Program {
        types: checker.types,
        funcs: checker.funcs,
        globals: checker.globals,
        inits: checker.inits,
        exports: checker.exports,
        bodies_left_out: checker.bodies_left_out,
    };
    (program, diags)
}

/// A valid program checked together with the runtime, for the unit tests of
/// later stages, which must not reach for the driver to get one.
#[cfg(test)]
pub(crate) fn checked_for_tests(path: &str, text: &str) -> Program {
    let mut sources = SourceMap::default();
    let runtime: Vec<Parsed> = crate::runtime::SOURCES
        .iter()
        .map(|(p, t)| crate::syntax::parse(sources.add(*p, *t), t))
        .collect();
    let user = crate::syntax::parse(sources.add(path, text), text);
    let runtime = PackageSource {
        name: "runtime",
        files: runtime.iter().collect(),
        is_runtime: true,
    };
    let main = PackageSource {
        name: "main",
        files: vec![&user],
        is_runtime: false,
    };
    let (program, diags) = check(&sources, runtime, main);
    assert!(!diags.has_errors(), "{path} does not check");
    program
}

impl<'a> Checker<'a> {
    fn new(sources: &'a SourceMap) -> Checker<'a> {
        let mut types = Types::new();
        let universe = universe::universe(&mut types);
        // Package structs as Go 1.27.3 declares it: `type HostLayout struct
        // { _ hostLayout }` with `type hostLayout struct{}`. The unexported
        // field keeps `struct{}` from converting to it, and makes a pointer
        // to a bare HostLayout unfit for wasmexport, as in Go.
        let inner = types.new_named("structs", "hostLayout");
        let empty = types.intern(types::TypeKind::Struct(Vec::new()));
        types.set_underlying(inner, empty);
        let host_layout = types.new_named("structs", "HostLayout");
        let under = types.intern(types::TypeKind::Struct(vec![types::StructField {
            name: Some("_".to_string()),
            ty: inner,
        }]));
        types.set_underlying(host_layout, under);
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
            std_imports: Vec::new(),
            host_layout,
            other_imports: Vec::new(),
            file_tokens: HashMap::default(),
            left_out_at: Default::default(),
            bodies_left_out: Vec::new(),
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
            method_wrappers: HashMap::default(),
            pointer_wrappers: HashMap::default(),
            package_literals: 0,
            defer_bases: HashMap::default(),
            uses_recover: false,
            panic_boxes: HashMap::default(),
            runtime_pinner: None,
            uses_pinner: false,
            recover_direct: HashMap::default(),
            deferwraps: Default::default(),
        }
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diags.error(span, message);
    }

    /// Something valid Go that wexlab's subset leaves out: reported only once
    /// the program is otherwise correct (see `Phase`).
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
        self.std_imports.clear();
        self.types.set_local_package(pkg.name);
        self.other_imports.clear();
        self.func_deps.clear();
        self.var_deps.clear();

        self.file_tokens = pkg
            .files
            .iter()
            .filter_map(|p| p.file.as_ref().map(|f| (f.id, p.tokens.as_slice())))
            .collect();
        let files: Vec<&'a ast::File> = pkg.files.iter().filter_map(|p| p.file.as_ref()).collect();
        self.left_out_at = pkg
            .files
            .iter()
            .filter_map(|p| Some((p.file.as_ref()?.id, &p.bodies_left_out)))
            .flat_map(|(id, at)| at.iter().map(move |&a| (id, a)))
            .collect();
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
        self.check_method_sets();
        self.apply_directives(&directives);
        for i in 0..self.decls.len() {
            if let PkgDeclKind::Func { decl, func } = self.decls[i].kind {
                self.current_file = self.decls[i].file_index;
                self.check_func_body(decl, func, directives.is_linknamed(decl));
            }
        }
        self.order_inits();
        if self.is_runtime {
            self.runtime_pinner = self.decls.iter().find_map(|d| match d.kind {
                PkgDeclKind::Type { spec, ty } if spec.name.name == "Pinner" => ty,
                _ => None,
            });
        }
        if !self.is_runtime {
            for file in self.std_imports.clone() {
                for (pkg, imp) in StdPkg::ALL.into_iter().zip(file) {
                    if let Some((span, false)) = imp {
                        self.error(span, format!("\"{}\" imported and not used", pkg.name()));
                    }
                }
            }
            self.check_main_exists(&files);
        }
    }

    /// The source text of an expression, for messages.
    fn text(&self, span: Span) -> String {
        let file = self.sources.file(span.file);
        let text = file
            .text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("?");
        let mut out: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if out.len() > 60 {
            // At a character's start: the text may hold multibyte UTF-8.
            let cut = (0..=57)
                .rev()
                .find(|&i| out.is_char_boundary(i))
                .unwrap_or(0);
            out.truncate(cut);
            out.push_str("...");
        }
        out
    }
}
