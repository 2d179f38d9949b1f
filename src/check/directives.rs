//! `//go:` directives: which declaration each one belongs to, Go's usage and
//! placement errors, and wexlab's warnings where Go is silent.
//!
//! Go's parser keeps pending directives until it starts a declaration
//! (which takes them) or a statement (which reports them as misplaced). The
//! same decision is made here from the token that follows the directive:
//! `func` of a declaration takes it; `var`/`const`/`type`/`import`/`package`
//! (not followed by `(`) and the first name of a spec inside a group ignore
//! it; anything else, or the end of the file, makes it misplaced.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Checker;
use super::hir;
use crate::diag::{Diagnostic, Diagnostics, Phase, Span};
use crate::syntax::Parsed;
use crate::syntax::ast::{self, Decl, Stmt};
use crate::syntax::lexer::Tok;

#[derive(Clone, Debug)]
enum Kind {
    Export(String),
    Import(String, String),
    /// `//go:wexlab-intrinsic NAME`, honoured in the runtime package only.
    Intrinsic(String),
    /// A directive Go keeps as a flag (`//go:noinline`, `//go:nosplit`, …):
    /// wexlab ignores it, but Go reports it when misplaced.
    Flag,
    /// `//go:linkname LOCAL [TARGET]`, which lets the package-level
    /// function LOCAL go without a body. It belongs to no declaration.
    Linkname(String),
}

#[derive(Clone, Debug)]
struct Attached {
    kind: Kind,
    span: Span,
}

/// The directives that belong to each function, keyed by the position of
/// the function's name.
#[derive(Default)]
pub struct Directives {
    by_func: HashMap<Span, Vec<Attached>>,
    /// The functions that `//go:linkname` names.
    linknamed: HashSet<String>,
}

/// What starts at a token offset.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Start {
    FuncDecl(Span),
    /// A declaration that takes and ignores directives (var, const, type…).
    IgnoringDecl(&'static str),
    Other,
}

impl Directives {
    pub fn attach(files: &[&Parsed], diags: &mut Diagnostics) -> Directives {
        let mut out = Directives::default();
        for parsed in files {
            let Some(file) = &parsed.file else { continue };
            let starts = decl_starts(file);
            // Directives waiting for the same token are one of Go's pending
            // pragma sets: a later wasmexport replaces an earlier one.
            let mut groups: Vec<(Option<usize>, Vec<Attached>)> = Vec::new();
            for d in &parsed.directives {
                let Some(kind) = parse_directive(d, diags) else {
                    continue;
                };
                if let Kind::Linkname(local) = kind {
                    if file.imports.iter().any(|i| i.path == "unsafe") {
                        out.linknamed.insert(local);
                    } else {
                        diags.push(
                            Diagnostic::error(
                                d.span,
                                "//go:linkname only allowed in Go files that import \"unsafe\"",
                            )
                            .in_phase(Phase::Declarations),
                        );
                    }
                    continue;
                }
                // Token starts are sorted: the first one after the directive.
                let first_after = parsed
                    .tokens
                    .partition_point(|(off, _, _)| (*off as u32) < d.span.end);
                let next = (first_after < parsed.tokens.len()).then_some(first_after);
                let attached = Attached { kind, span: d.span };
                match groups.last_mut() {
                    Some((n, list)) if *n == next => list.push(attached),
                    _ => groups.push((next, vec![attached])),
                }
            }
            for (next, list) in groups {
                let start = next.map(|i| {
                    let (off, tok, _) = &parsed.tokens[i];
                    let following = parsed.tokens.get(i + 1).map(|(_, t, _)| t);
                    match starts.get(&(*off as u32)) {
                        Some(Start::IgnoringDecl(_)) if following == Some(&Tok::LParen) => {
                            Start::Other
                        }
                        Some(s) => *s,
                        None if *tok == Tok::Package => Start::IgnoringDecl("package clause"),
                        None => Start::Other,
                    }
                });
                match start {
                    Some(Start::FuncDecl(name_span)) => {
                        out.by_func.entry(name_span).or_default().extend(list)
                    }
                    Some(Start::IgnoringDecl(what)) => {
                        if what == "package clause" || what == "import declaration" {
                            continue;
                        }
                        for a in list
                            .iter()
                            .filter(|a| matches!(a.kind, Kind::Export(_) | Kind::Import(..)))
                        {
                            diags.warning(
                                a.span,
                                format!(
                                    "//{} before a {what} is ignored (it applies to functions only)",
                                    directive_name(&a.kind)
                                ),
                            );
                        }
                    }
                    Some(Start::Other) | None => misplaced(&list, diags),
                }
            }
        }
        out
    }

    /// Whether `//go:linkname` names the function `decl` (Go then lets it
    /// go without a body).
    pub fn is_linknamed(&self, decl: &ast::FuncDecl) -> bool {
        decl.recv.is_none() && self.linknamed.contains(&decl.name.name)
    }
}

/// Go's errors for directives that no declaration takes: each flag
/// directive, and the last wasmimport and wasmexport (the pending set keeps
/// only the last of each).
fn misplaced(list: &[Attached], diags: &mut Diagnostics) {
    let syntax =
        |span: Span, message: String| Diagnostic::error(span, message).in_phase(Phase::Syntax);
    for a in list {
        match a.kind {
            Kind::Flag => diags.push(syntax(a.span, "misplaced compiler directive".to_string())),
            Kind::Intrinsic(_) => diags.push(syntax(
                a.span,
                "misplaced go:wexlab-intrinsic directive".to_string(),
            )),
            _ => {}
        }
    }
    for pick in [
        |k: &Kind| matches!(k, Kind::Import(..)),
        |k: &Kind| matches!(k, Kind::Export(_)),
    ] {
        if let Some(a) = list.iter().rev().find(|a| pick(&a.kind)) {
            diags.push(syntax(
                a.span,
                format!("misplaced {} directive", directive_name(&a.kind)),
            ));
        }
    }
}

fn directive_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Export(_) => "go:wasmexport",
        Kind::Import(..) => "go:wasmimport",
        Kind::Intrinsic(_) => "go:wexlab-intrinsic",
        Kind::Flag => "go: flag",
        Kind::Linkname(_) => "go:linkname",
    }
}

/// Go's flag directives (cmd/compile/internal/noder, pragmaFlag).
fn is_flag(verb: &str) -> bool {
    matches!(
        verb,
        "go:build"
            | "go:noescape"
            | "go:norace"
            | "go:nosplit"
            | "go:noinline"
            | "go:nocheckptr"
            | "go:systemstack"
            | "go:nowritebarrier"
            | "go:nowritebarrierrec"
            | "go:yeswritebarrierrec"
            | "go:cgo_unsafe_args"
            | "go:uintptrkeepalive"
            | "go:uintptrescapes"
            | "go:registerparams"
    )
}

/// Reads one directive, reporting Go's errors; `None` for directives that
/// wexlab does not act on or that are wrong.
fn parse_directive(d: &crate::syntax::lexer::Directive, diags: &mut Diagnostics) -> Option<Kind> {
    if !d.alone_on_line {
        diags.push(
            Diagnostic::error(d.span, "misplaced compiler directive").in_phase(Phase::Syntax),
        );
        return None;
    }
    let text = d.text.as_str();
    let fields: Vec<&str> = text.split_whitespace().collect();
    if text == "go:wasmexport" {
        diags.warning(
            d.span,
            "//go:wasmexport without an export name is ignored (write //go:wasmexport NAME)",
        );
        return None;
    }
    if text.starts_with("go:wasmexport ") {
        if fields.len() != 2 {
            diags.push(
                Diagnostic::error(d.span, "usage: //go:wasmexport exportname")
                    .in_phase(Phase::Syntax),
            );
            return None;
        }
        return Some(Kind::Export(fields[1].to_string()));
    }
    if text == "go:wasmimport" {
        diags.warning(
            d.span,
            "//go:wasmimport without a module and a name is ignored (write //go:wasmimport MODULE NAME)",
        );
        return None;
    }
    if text.starts_with("go:wasmimport ") {
        if fields.len() != 3 {
            diags.push(
                Diagnostic::error(d.span, "usage: //go:wasmimport importmodule importname")
                    .in_phase(Phase::Syntax),
            );
            return None;
        }
        return Some(Kind::Import(fields[1].to_string(), fields[2].to_string()));
    }
    if text.starts_with("go:linkname ") {
        if !(2..=3).contains(&fields.len()) {
            diags.push(
                Diagnostic::error(d.span, "usage: //go:linkname localname [linkname]")
                    .in_phase(Phase::Syntax),
            );
            return None;
        }
        return Some(Kind::Linkname(fields[1].to_string()));
    }
    if text.starts_with("go:wexlab-intrinsic ") && fields.len() == 2 {
        return Some(Kind::Intrinsic(fields[1].to_string()));
    }
    fields.first().filter(|v| is_flag(v)).map(|_| Kind::Flag)
}

/// Offsets where declarations begin, and what they are.
fn decl_starts(file: &ast::File) -> HashMap<u32, Start> {
    let mut map = HashMap::default();
    for decl in &file.decls {
        match decl {
            Decl::Func(f) => {
                map.insert(f.func_span.start, Start::FuncDecl(f.name.span));
                if let Some(body) = &f.body {
                    stmt_starts(&body.stmts, &mut map);
                }
            }
            Decl::Gen(g) => gen_starts(g, &mut map),
        }
    }
    map
}

fn gen_starts(g: &ast::GenDecl, map: &mut HashMap<u32, Start>) {
    let what = match g.kind {
        ast::GenKind::Var => "var declaration",
        ast::GenKind::Const => "const declaration",
        ast::GenKind::Type => "type declaration",
        ast::GenKind::Import => "import declaration",
    };
    map.insert(g.span.start, Start::IgnoringDecl(what));
    if g.grouped {
        for s in &g.specs {
            map.insert(s.span().start, Start::IgnoringDecl(what));
        }
    }
}

fn stmt_starts(stmts: &[Stmt], map: &mut HashMap<u32, Start>) {
    for s in stmts {
        match s {
            Stmt::Decl(g) => gen_starts(g, map),
            Stmt::Block(b) => stmt_starts(&b.stmts, map),
            Stmt::If { then, els, .. } => {
                stmt_starts(&then.stmts, map);
                if let Some(e) = els {
                    stmt_starts(std::slice::from_ref(e.as_ref()), map);
                }
            }
            Stmt::For { body, .. } => stmt_starts(&body.stmts, map),
            Stmt::Switch { clauses, .. } => {
                for c in clauses {
                    stmt_starts(&c.body, map);
                }
            }
            _ => {}
        }
    }
}

impl<'a> Checker<'a> {
    /// Gives each function its directives: imports and intrinsics become
    /// properties of the function, exports entries of the program.
    pub(super) fn apply_directives(&mut self, directives: &Directives) {
        let funcs: Vec<(&'a ast::FuncDecl, hir::FuncId)> = self
            .decls
            .iter()
            .filter_map(|d| match d.kind {
                super::resolver::PkgDeclKind::Func { decl, func } => Some((decl, func)),
                _ => None,
            })
            .collect();
        let mut first_export: HashMap<String, crate::diag::Span> = self
            .exports
            .iter()
            .map(|e| (e.name.clone(), e.span))
            .collect();
        for (decl, func) in funcs {
            let Some(list) = directives.by_func.get(&decl.name.span) else {
                continue;
            };
            let exports: Vec<&Attached> = list
                .iter()
                .filter(|a| matches!(a.kind, Kind::Export(_)))
                .collect();
            let import = list
                .iter()
                .rev()
                .find(|a| matches!(a.kind, Kind::Import(..)));
            let intrinsic = list
                .iter()
                .rev()
                .find(|a| matches!(a.kind, Kind::Intrinsic(_)));
            let pos = decl.recv_span.unwrap_or(decl.name.span);

            if let Some(imp) = import
                && let Kind::Import(module, name) = &imp.kind
            {
                if decl.body.is_some() {
                    self.diags.push(
                        Diagnostic::error(
                            decl.name.span,
                            "can only use //go:wasmimport with external func implementations",
                        )
                        .in_phase(Phase::Declarations),
                    );
                }
                self.funcs[func.0 as usize].import = Some(hir::WasmImport {
                    module: module.clone(),
                    name: name.clone(),
                    span: imp.span,
                });
            }
            if let Some(Attached {
                kind: Kind::Intrinsic(name),
                span,
            }) = intrinsic
            {
                if self.is_runtime {
                    self.funcs[func.0 as usize].intrinsic = Some(name.clone());
                } else {
                    self.diags.warning(
                        *span,
                        "//go:wexlab-intrinsic is for wexlab's runtime only; it is ignored",
                    );
                }
            }
            let Some(last) = exports.last() else { continue };
            if exports.len() > 1 {
                for earlier in &exports[..exports.len() - 1] {
                    self.diags.warning(
                        earlier.span,
                        format!(
                            "{} has several //go:wasmexport directives; only the last one ({}) takes effect, as in Go",
                            decl.name.name,
                            export_name(last)
                        ),
                    );
                }
            }
            if decl.recv.is_some() {
                self.diags.push(
                    Diagnostic::error(pos, "cannot use //go:wasmexport on a method")
                        .in_phase(Phase::Declarations),
                );
                continue;
            }
            if let Some(imp) = import {
                self.diags.push(
                    Diagnostic::error(
                        last.span,
                        format!(
                            "{} cannot be both a wasmexport and a wasmimport (Go would drop the export silently)",
                            decl.name.name
                        ),
                    )
                    .with_note(imp.span, "the //go:wasmimport directive")
                    .in_phase(Phase::Signatures),
                );
                continue;
            }
            let name = export_name(last).to_string();
            if !self.is_runtime && matches!(name.as_str(), "_start" | "_initialize" | "memory") {
                self.diags.push(
                    Diagnostic::error(
                        last.span,
                        format!("cannot export {name}: the module defines it itself (choose another export name)"),
                    )
                    .in_phase(Phase::Signatures),
                );
                continue;
            }
            if let Some(&prev_span) = first_export.get(&name) {
                self.diags.push(
                    Diagnostic::error(last.span, format!("duplicate wasmexport name {name}"))
                        .with_note(prev_span, format!("{name} is exported here first"))
                        .in_phase(Phase::Signatures),
                );
                continue;
            }
            first_export.insert(name.clone(), last.span);
            self.exports.push(hir::Export {
                name,
                func,
                span: last.span,
            });
        }
    }
}

fn export_name(a: &Attached) -> &str {
    match &a.kind {
        Kind::Export(n) => n,
        _ => "",
    }
}
