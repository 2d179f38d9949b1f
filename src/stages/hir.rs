//! `build --emit hir`: the checked program as indented s-expressions:
//! each function's signature, locals and body, names resolved (locals by
//! name, functions and package variables by symbol), operations with the
//! type they work on (`(+ int32 a b)`), types spelled as Go spells them.

use std::ops::{Deref, DerefMut};

use rustc_hash::FxHashMap as HashMap;

use super::text::{self, Text, one_or_list};
use super::{Only, StageError, no_such_unit};
use crate::check::hir::{
    Expr, ExprKind, Func, LabelId, LocalId, MapOp, Place, Program, Stmt, UnsafeFn,
};
use crate::check::types::{TypeId, TypeKind};
use crate::driver::{self, BuildError, Session, SourceInput};

/// Columns of a list of locals before it continues on the next line.
const WIDTH: usize = 100;

/// Package main's variables under `;; package variables`, then its
/// functions, each under `;; func SYMBOL`; or one function (`--func`, any
/// package's) or the function of one wasmexport (`--export`).
pub(super) fn show(
    session: &mut Session,
    inputs: &[SourceInput],
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    let program = driver::check_program(session, inputs).ok_or(BuildError::Source)?;
    if session.diagnostics.has_errors() {
        session.diagnostics.gate();
        return Err(BuildError::Source.into());
    }
    let own = || {
        program
            .funcs
            .iter()
            .filter(|f| f.symbol.starts_with("main."))
    };
    let Some(only) = only else {
        let variables =
            package_variables(&program).map(|text| format!(";; package variables\n{text}\n"));
        let funcs = own().map(|f| format!(";; func {}\n{}\n", f.symbol, func(&program, f)));
        return Ok(variables
            .into_iter()
            .chain(funcs)
            .collect::<Vec<_>>()
            .join("\n"));
    };
    if only.export {
        let export = program.exports.iter().find(|e| e.name == only.name);
        return export
            .map(|e| {
                format!(
                    ";; export {}\n{}\n",
                    e.name,
                    func(&program, program.func(e.func))
                )
            })
            .ok_or_else(|| no_such_unit(only, program.exports.iter().map(|e| e.name.clone())));
    }
    program
        .func_by_symbol(only.name)
        .map(|f| {
            format!(
                ";; func {}\n{}\n",
                only.name,
                func(&program, program.func(f))
            )
        })
        .ok_or_else(|| no_such_unit(only, own().map(|f| f.symbol.clone())))
}

/// Package main's variables, then each initializer, in Go's order; `None`
/// when it has none.
pub fn package_variables(program: &Program) -> Option<String> {
    let mut p = Printer::new(program, None);
    for global in program
        .globals
        .iter()
        .filter(|g| g.symbol.starts_with("main."))
    {
        p.line();
        p.push(&format!("(var {} {})", global.symbol, p.ty(global.ty)));
    }
    // The runtime's initializers are in the list too: they assign its
    // variables.
    let runtimes = |place: &Place| match place {
        Place::Global(g) => !program.global(*g).symbol.starts_with("main."),
        _ => false,
    };
    for init in program
        .inits
        .iter()
        .filter(|i| !i.targets.iter().any(runtimes))
    {
        p.line();
        p.assign(&init.targets, &init.values);
    }
    (!p.out.is_empty()).then(|| p.out.trim_start().to_string())
}

/// One function: `(func SYMBOL (params …) (results …)`, what else it
/// declares, its body a statement a line.
pub fn func(program: &Program, f: &Func) -> String {
    let mut p = Printer::new(program, Some(f));
    p.push(&format!("(func {} (params", f.symbol));
    p.locals(f, &f.params);
    p.push(") (results");
    p.locals(f, &f.results);
    p.push(")");
    p.depth += 1;
    p.declarations(f);
    p.depth -= 1;
    if let Some(body) = &f.body {
        p.nested(body);
    }
    p.push(")");
    p.text.out
}

struct Printer<'a> {
    program: &'a Program,
    /// Each local's printed name: its own, with `#2`, `#3`… when the
    /// function has several of that name (shadowing, blank parameters).
    names: Vec<String>,
    /// Labels numbered in the order they appear (`L1`, `L2`…).
    labels: HashMap<LabelId, usize>,
    text: Text,
}

impl Deref for Printer<'_> {
    type Target = Text;
    fn deref(&self) -> &Text {
        &self.text
    }
}

impl DerefMut for Printer<'_> {
    fn deref_mut(&mut self) -> &mut Text {
        &mut self.text
    }
}

impl<'a> Printer<'a> {
    // Not through Deref, so that its argument may borrow the printer.
    fn push(&mut self, s: &str) {
        self.text.push(s);
    }

    fn new(program: &'a Program, func: Option<&'a Func>) -> Printer<'a> {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        let names = func
            .map(|f| f.locals.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|local| {
                let count = seen.entry(&local.name).or_default();
                *count += 1;
                match *count {
                    1 => local.name.clone(),
                    n => format!("{}#{n}", local.name),
                }
            })
            .collect();
        Printer {
            program,
            names,
            labels: HashMap::default(),
            text: Text::default(),
        }
    }

    fn ty(&self, t: TypeId) -> String {
        self.program.types.display(t)
    }

    fn local(&self, l: LocalId) -> String {
        self.names
            .get(l.0 as usize)
            .cloned()
            .unwrap_or_else(|| format!("?local{}", l.0))
    }

    fn label(&mut self, l: LabelId) -> String {
        let next = self.labels.len() + 1;
        format!("L{}", self.labels.entry(l).or_insert(next))
    }

    fn func_name(&self, f: crate::check::hir::FuncId) -> &'a str {
        &self.program.func(f).symbol
    }

    /// Each local after a space, as `(name T)`, a new line one level
    /// deeper when the line would pass [`WIDTH`] columns.
    fn locals(&mut self, f: &Func, locals: &[LocalId]) {
        for &l in locals {
            let text = format!("({} {})", self.local(l), self.ty(f.locals[l.0 as usize].ty));
            let line_start = self.out.rfind('\n').map_or(0, |n| n + 1);
            if self.out.len() - line_start + 1 + text.len() > WIDTH {
                self.depth += 1;
                self.line();
                self.depth -= 1;
            } else {
                self.push(" ");
            }
            self.push(&text);
        }
    }

    /// A line each for the locals other than parameters and results, the
    /// variables a function literal captures, the wasmimport or
    /// intrinsic a function without a body stands for.
    fn declarations(&mut self, f: &Func) {
        let own: Vec<LocalId> = (0..f.locals.len() as u32)
            .map(LocalId)
            .filter(|l| !f.params.contains(l) && !f.results.contains(l))
            .collect();
        if !own.is_empty() {
            self.line();
            self.push("(locals");
            self.locals(f, &own);
            self.push(")");
        }
        if !f.captures.is_empty() {
            self.line();
            let names: Vec<String> = f.captures.iter().map(|&c| self.local(c)).collect();
            self.push(&format!("(captures {})", names.join(" ")));
        }
        if let Some(import) = &f.import {
            self.line();
            self.push(&format!(
                "(wasmimport {:?} {:?})",
                import.module, import.name
            ));
        }
        if let Some(intrinsic) = &f.intrinsic {
            self.line();
            self.push(&format!("(intrinsic {intrinsic})"));
        }
    }

    fn nested(&mut self, body: &[Stmt]) {
        text::nested(self, body, Self::stmt);
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) => self.expr(e),
            Stmt::Assign { targets, values } => self.assign(targets, values),
            Stmt::If { cond, then, els } => {
                self.push("(if ");
                self.expr(cond);
                self.nested(then);
                if !els.is_empty() {
                    self.line();
                    self.push("else");
                    self.nested(els);
                }
                self.push(")");
            }
            Stmt::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let label = self.label(*label);
                self.push(&format!("(loop {label}"));
                if let Some(cond) = cond {
                    self.push(" ");
                    self.expr(cond);
                }
                self.nested(body);
                if !post.is_empty() {
                    self.line();
                    self.push("post");
                    self.nested(post);
                }
                self.push(")");
            }
            Stmt::Breakable { label, body } => {
                let label = self.label(*label);
                self.push(&format!("(breakable {label}"));
                self.nested(body);
                self.push(")");
            }
            Stmt::Break(l) => {
                let label = self.label(*l);
                self.push(&format!("(break {label})"));
            }
            Stmt::Continue(l) => {
                let label = self.label(*l);
                self.push(&format!("(continue {label})"));
            }
            Stmt::Return(values) => self.form("return", values),
            Stmt::Block(body) => {
                self.push("(block");
                self.nested(body);
                self.push(")");
            }
            Stmt::Fresh(l) => self.push(&format!("(fresh {})", self.local(*l))),
            Stmt::Renew(l) => self.push(&format!("(renew {})", self.local(*l))),
            Stmt::Print { args, newline } => {
                self.form(if *newline { "println" } else { "print" }, args)
            }
        }
    }

    /// `(= a x)`, or `(= (a b) (x y))` for several.
    fn assign(&mut self, targets: &[Place], values: &[Expr]) {
        self.push("(= ");
        one_or_list(self, targets, Self::place);
        self.push(" ");
        one_or_list(self, values, Self::expr);
        self.push(")");
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(l) => self.push(&self.local(*l)),
            Place::Global(g) => self.push(&self.program.global(*g).symbol),
            Place::Deref(e) => self.form("*", std::slice::from_ref(e)),
            Place::Mem(e) => self.form("mem", std::slice::from_ref(e)),
            Place::Blank => self.push("_"),
        }
    }

    /// `(head e…)`.
    fn form(&mut self, head: &str, exprs: &[Expr]) {
        let refs: Vec<&Expr> = exprs.iter().collect();
        self.open(head, &refs);
        self.push(")");
    }

    /// `(head e…`, left open.
    fn open(&mut self, head: &str, exprs: &[&Expr]) {
        self.push("(");
        self.push(head);
        for e in exprs {
            self.push(" ");
            self.expr(e);
        }
    }

    /// `(head T e…)`.
    fn typed(&mut self, head: &str, ty: TypeId, exprs: &[&Expr]) {
        let head = format!("{head} {}", self.ty(ty));
        self.open(&head, exprs);
        self.push(")");
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.push(" ");
            self.expr(e);
        }
    }

    /// Offsets and values of a struct or array value's elements.
    fn elements(&mut self, elements: &[(u64, Expr)]) {
        for (offset, e) in elements {
            self.push(&format!(" ({offset} "));
            self.expr(e);
            self.push(")");
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Const(v) => {
                let text = format!("(const {} {})", self.ty(e.ty), v.display());
                self.push(&text);
            }
            ExprKind::Local(l) => self.push(&self.local(*l)),
            ExprKind::Global(g) => self.push(&self.program.global(*g).symbol),
            ExprKind::Unary(op, x) => self.typed(op.as_str(), e.ty, &[x]),
            // A comparison's operands say more than its bool; a shift's
            // left operand has the result's type.
            ExprKind::Binary(op, a, b) => self.typed(op.as_str(), a.ty, &[a, b]),
            ExprKind::Conv(x) => self.typed("conv", e.ty, &[x]),
            ExprKind::Call { func, args } => {
                let head = format!("call {}", self.func_name(*func));
                self.form(&head, args);
            }
            ExprKind::CallValue { callee, args } => {
                self.push("(call-value ");
                self.expr(callee);
                self.exprs(args);
                self.push(")");
            }
            ExprKind::FuncRef(f) => self.push(&format!("(func-ref {})", self.func_name(*f))),
            ExprKind::Closure { func, captures } => {
                let head = format!("closure {}", self.func_name(*func));
                self.form(&head, captures);
            }
            ExprKind::Deref(p) => self.typed("*", e.ty, &[p]),
            ExprKind::AddrOf(x) => self.form("&", std::slice::from_ref(x)),
            ExprKind::Field(x, offset) => {
                let name = self.field_name(x.ty, *offset);
                self.push("(field ");
                self.expr(x);
                self.push(&format!(" {name})"));
            }
            ExprKind::Composite(elements) => {
                let ty = self.ty(e.ty);
                self.push(&format!("(composite {ty}"));
                self.elements(elements);
                self.push(")");
            }
            ExprKind::New => {
                let elem = match self.program.types.kind(e.ty) {
                    TypeKind::Pointer(elem) => *elem,
                    _ => e.ty,
                };
                self.push(&format!("(new {})", self.ty(elem)));
            }
            ExprKind::Index(x, i) => self.typed("index", e.ty, &[x, i]),
            ExprKind::Slice(x, bounds) => {
                let head = format!("slice {}", self.ty(e.ty));
                self.open(&head, &[x]);
                for bound in bounds {
                    self.push(" ");
                    match bound {
                        Some(b) => self.expr(b),
                        None => self.push("_"),
                    }
                }
                self.push(")");
            }
            ExprKind::Cap(x) => self.form("cap", std::slice::from_ref(x)),
            ExprKind::Len(x) => self.form("len", std::slice::from_ref(x)),
            ExprKind::MakeSlice(len, cap) => match cap {
                Some(cap) => self.typed("make", e.ty, &[len, cap]),
                None => self.typed("make", e.ty, &[len]),
            },
            ExprKind::Append {
                slice,
                values,
                spread,
            } => {
                let head = format!("append {}", self.ty(e.ty));
                self.open(&head, &[slice]);
                self.exprs(values);
                if *spread {
                    self.push("...");
                }
                self.push(")");
            }
            ExprKind::Copy(dst, src) => {
                self.open("copy", &[dst, src]);
                self.push(")");
            }
            ExprKind::Clear(x) => self.form("clear", std::slice::from_ref(x)),
            ExprKind::Unsafe(f, args) => self.form(unsafe_name(*f), args),
            ExprKind::SliceLit(len, elements) => {
                let ty = self.ty(e.ty);
                self.push(&format!("(slice-lit {ty} {len}"));
                self.elements(elements);
                self.push(")");
            }
            ExprKind::MinMax(max, args) => {
                let head = if *max { "max" } else { "min" };
                let refs: Vec<&Expr> = args.iter().collect();
                self.typed(head, e.ty, &refs);
            }
            ExprKind::Map(op, args) => {
                let refs: Vec<&Expr> = args.iter().collect();
                self.typed(map_op_name(*op), e.ty, &refs);
            }
            ExprKind::Unreachable => self.push("(unreachable)"),
        }
    }

    /// The name of the field at `offset` of struct type `t` (its offset
    /// when no named field starts there).
    fn field_name(&self, t: TypeId, offset: u64) -> String {
        let types = &self.program.types;
        if let TypeKind::Struct(fields) = types.under(t) {
            let offsets = types.field_offsets(t);
            let named = fields
                .iter()
                .zip(offsets)
                .filter(|(f, at)| *at == offset && types.size(f.ty) > 0)
                .find_map(|(f, _)| f.name.clone());
            if let Some(name) = named {
                return name;
            }
        }
        format!("+{offset}")
    }
}

fn unsafe_name(f: UnsafeFn) -> &'static str {
    match f {
        UnsafeFn::Add => "unsafe.Add",
        UnsafeFn::Slice => "unsafe.Slice",
        UnsafeFn::SliceData => "unsafe.SliceData",
        UnsafeFn::String => "unsafe.String",
        UnsafeFn::StringData => "unsafe.StringData",
    }
}

fn map_op_name(op: MapOp) -> &'static str {
    match op {
        MapOp::Make => "map.make",
        MapOp::Lit => "map.lit",
        MapOp::Index => "map.index",
        MapOp::Lookup => "map.lookup",
        MapOp::Slot => "map.slot",
        MapOp::Delete => "map.delete",
        MapOp::IterInit => "map.iter-init",
        MapOp::IterNext => "map.iter-next",
        MapOp::IterKey => "map.iter-key",
        MapOp::IterVal => "map.iter-val",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runtime uses most of what the checker makes (maps, unsafe,
    /// slices, closures' records, intrinsics): every one of its functions
    /// prints, and every local it names is one of the function's.
    #[test]
    fn every_function_of_the_runtime_prints_with_its_locals_names() {
        let inputs = [SourceInput {
            path: "main.go".to_string(),
            text: "package main\n\nfunc main() {}\n".to_string(),
        }];
        let program = driver::check_program(&mut Session::default(), &inputs).expect("it checks");
        let runtime = program
            .funcs
            .iter()
            .filter(|f| f.symbol.starts_with("runtime."));
        let mut printed = 0;
        for f in runtime {
            let text = func(&program, f);
            assert!(
                text.starts_with(&format!("(func {} (params", f.symbol)),
                "{text}"
            );
            assert!(!text.contains("?local"), "{text}");
            printed += 1;
        }
        assert!(printed > 50, "only {printed} runtime functions");
    }
}
