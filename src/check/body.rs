//! The state of the code being checked: a function body's scopes, locals,
//! labels and results, or at package level (initializers, constants, types)
//! none of them. [`BodyChecker`] pairs it with the [`Checker`]; statements and
//! expressions are its methods.

use std::fmt;
use std::ops::{Deref, DerefMut};

use rustc_hash::FxHashMap as HashMap;

use super::hir::{self, FuncId, LabelId, LocalId};
use super::types::TypeId;
use super::{Checker, Entity};
use crate::diag::Span;

/// Checks statements and expressions within the scopes of `fctx`.
pub(super) struct BodyChecker<'c, 'a> {
    pub(super) c: &'c mut Checker<'a>,
    pub(super) fctx: FuncCtx,
}

impl<'a> Deref for BodyChecker<'_, 'a> {
    type Target = Checker<'a>;
    fn deref(&self) -> &Checker<'a> {
        self.c
    }
}

impl<'a> DerefMut for BodyChecker<'_, 'a> {
    fn deref_mut(&mut self) -> &mut Checker<'a> {
        self.c
    }
}

impl<'a> Checker<'a> {
    /// A checker for package-level expressions: no locals in scope.
    pub(super) fn package_level(&mut self) -> BodyChecker<'_, 'a> {
        BodyChecker {
            c: self,
            fctx: FuncCtx::package_level(),
        }
    }
}

impl<'a> BodyChecker<'_, 'a> {
    // Taking `&mut self` here (not through `DerefMut`) lets a message be
    // built from `self` in the call's arguments.
    pub(super) fn error(&mut self, span: Span, message: impl Into<String>) {
        self.c.error(span, message);
    }

    pub(super) fn limit(&mut self, span: Span, message: impl Into<String>) {
        self.c.limit(span, message);
    }

    /// Looks a name up: function scopes, then the package, then the universe.
    pub(super) fn lookup(&mut self, name: &str) -> Option<Entity> {
        self.fctx
            .lookup(name)
            .or_else(|| self.c.lookup_package(name))
    }

    /// Whether `name` (not declared otherwise) is a package the current
    /// file imports and wexlab does not support.
    pub(super) fn is_other_package(&mut self, name: &str) -> bool {
        self.imports_other_package(name) && self.lookup(name).is_none()
    }

    /// Code wexlab does not check (a closure, a select, a composite
    /// literal…) may use variables: every name written in `span` counts as
    /// used, so that Go's "declared and not used" is not reported wrongly.
    pub(super) fn mark_used_in(&mut self, span: Span) {
        let Some(tokens) = self.file_tokens.get(&span.file).copied() else {
            return;
        };
        let first = tokens.partition_point(|(o, _, _)| (*o as u32) < span.start);
        for (o, tok, _) in &tokens[first..] {
            if *o as u32 >= span.end {
                break;
            }
            if let crate::syntax::lexer::Tok::Ident(name) = tok {
                self.fctx.mark_used(name);
            }
        }
    }
}

/// Where a value goes, as Go's messages name it: "cannot use x as T value
/// in assignment".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum ValueContext {
    Assignment,
    VariableDeclaration,
    ConstantDeclaration,
    ReturnStatement,
    /// An argument to the function named by this text.
    Argument(String),
    StructLiteral,
    ArrayLiteral,
    MapLiteral,
    MapIndex,
}

impl fmt::Display for ValueContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueContext::Assignment => f.write_str("assignment"),
            ValueContext::VariableDeclaration => f.write_str("variable declaration"),
            ValueContext::ConstantDeclaration => f.write_str("constant declaration"),
            ValueContext::ReturnStatement => f.write_str("return statement"),
            ValueContext::Argument(func) => write!(f, "argument to {func}"),
            ValueContext::StructLiteral => f.write_str("struct literal"),
            ValueContext::ArrayLiteral => f.write_str("array or slice literal"),
            ValueContext::MapLiteral => f.write_str("map literal"),
            ValueContext::MapIndex => f.write_str("map index"),
        }
    }
}

pub(super) struct ScopeEntry {
    pub(super) entity: Entity,
    pub(super) span: Span,
    pub(super) used: bool,
    pub(super) is_var: bool,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Breakable {
    Loop(LabelId),
    Switch(LabelId),
}

/// State of the function being checked (empty at package level).
pub(super) struct FuncCtx {
    pub(super) locals: Vec<hir::Local>,
    /// The innermost scope, where declarations go.
    pub(super) scope: HashMap<String, ScopeEntry>,
    /// The scopes around it, outermost first.
    outer_scopes: Vec<HashMap<String, ScopeEntry>>,
    /// Where the value being checked goes.
    pub(super) context: ValueContext,
    /// At package level every message names the place a variable
    /// declaration (constants' included): the context never changes.
    pub(super) package_level: bool,
    pub(super) iota: Option<i128>,
    pub(super) results: Vec<LocalId>,
    pub(super) named_results: bool,
    pub(super) breakables: Vec<Breakable>,
    pub(super) next_label: u32,
    pub(super) unused: Vec<(Span, String)>,
    /// Variables declared by the statement being checked, not yet marked
    /// with `Stmt::Fresh`.
    pub(super) declared: Vec<LocalId>,
    /// The function being checked (none at package level).
    pub(super) func: Option<FuncId>,
    /// How many function literals it holds so far (they are named after it).
    pub(super) literals: u32,
    /// In a function literal, the function around it, whose variables it
    /// captures (see funcs.rs).
    pub(super) enclosing: Option<Box<FuncCtx>>,
    /// The variables captured: the enclosing function's, and the local
    /// that stands for each here.
    pub(super) captures: Vec<(LocalId, LocalId)>,
    /// How many defer statements it holds so far (defer.rs).
    pub(super) defers: u32,
}

impl FuncCtx {
    /// The state at the start of function `func`'s body: its parameters and
    /// results are locals, in an outermost scope still empty.
    pub(super) fn function(checker: &Checker<'_>, func: FuncId, named_results: bool) -> FuncCtx {
        let f = &checker.funcs[func.0 as usize];
        FuncCtx {
            locals: f.locals.clone(),
            scope: HashMap::default(),
            outer_scopes: Vec::new(),
            context: ValueContext::Assignment,
            package_level: false,
            iota: None,
            results: f.results.clone(),
            named_results,
            breakables: Vec::new(),
            next_label: 0,
            unused: Vec::new(),
            declared: Vec::new(),
            func: Some(func),
            literals: 0,
            enclosing: None,
            captures: Vec::new(),
            defers: 0,
        }
    }

    fn package_level() -> FuncCtx {
        FuncCtx {
            locals: Vec::new(),
            scope: HashMap::default(),
            outer_scopes: Vec::new(),
            context: ValueContext::VariableDeclaration,
            package_level: true,
            iota: None,
            results: Vec::new(),
            named_results: false,
            breakables: Vec::new(),
            next_label: 0,
            unused: Vec::new(),
            declared: Vec::new(),
            func: None,
            literals: 0,
            enclosing: None,
            captures: Vec::new(),
            defers: 0,
        }
    }

    /// Looks a name up in this function's scopes, then in those of the
    /// functions around a function literal: a variable of theirs is
    /// captured, and stands for a local of its own here.
    pub(super) fn lookup(&mut self, name: &str) -> Option<Entity> {
        let own = std::iter::once(&self.scope)
            .chain(self.outer_scopes.iter().rev())
            .find_map(|scope| scope.get(name))
            .map(|e| e.entity.clone());
        if own.is_some() {
            return own;
        }
        let enclosing = self.enclosing.as_mut()?;
        match enclosing.lookup(name)? {
            Entity::Local(outer) => {
                let ty = enclosing.locals[outer.0 as usize].ty;
                Some(Entity::Local(self.capture(outer, name, ty)))
            }
            other => Some(other),
        }
    }

    /// The local standing for the enclosing function's variable `outer`.
    fn capture(&mut self, outer: LocalId, name: &str, ty: TypeId) -> LocalId {
        if let Some(&(_, inner)) = self.captures.iter().find(|(o, _)| *o == outer) {
            return inner;
        }
        let inner = self.new_local(name, ty);
        self.captures.push((outer, inner));
        inner
    }

    /// A variable is used when it is read, not when it is assigned (a
    /// function literal's reads count for the variables it captures).
    pub(super) fn mark_used(&mut self, name: &str) {
        for scope in std::iter::once(&mut self.scope).chain(self.outer_scopes.iter_mut().rev()) {
            if let Some(e) = scope.get_mut(name) {
                e.used = true;
                return;
            }
        }
        if let Some(enclosing) = self.enclosing.as_mut() {
            enclosing.mark_used(name);
        }
    }

    pub(super) fn new_local(&mut self, name: &str, ty: TypeId) -> LocalId {
        self.locals.push(hir::Local {
            name: name.to_string(),
            ty,
        });
        LocalId(self.locals.len() as u32 - 1)
    }

    pub(super) fn new_label(&mut self) -> LabelId {
        self.next_label += 1;
        LabelId(self.next_label)
    }

    pub(super) fn push_scope(&mut self) {
        let outer = std::mem::take(&mut self.scope);
        self.outer_scopes.push(outer);
    }

    /// Leaves the innermost scope, noting its variables never used.
    pub(super) fn pop_scope(&mut self) {
        let outer = self.outer_scopes.pop().unwrap_or_default();
        let scope = std::mem::replace(&mut self.scope, outer);
        for (name, e) in scope {
            if e.is_var && !e.used {
                self.unused.push((e.span, name));
            }
        }
    }
}
