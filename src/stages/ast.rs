//! `build --emit ast`: the syntax tree of the user's files as indented
//! s-expressions, without spans. Statements take a line each, nested
//! bodies indented; expressions and type expressions stay on their line
//! (`(+ a b)`, `([] byte)`, `(* T)`). Every node kind prints, the forms
//! wexlab does not compile included, so a teacher can show what the parser
//! read before the checker judges it.

use std::ops::{Deref, DerefMut};

use super::text::{self, Text, one_or_list};
use super::{Only, StageError, no_such_unit};
use crate::driver::{BuildError, Session, SourceInput};
use crate::syntax;
use crate::syntax::ast::{
    AssignOp, Block, CaseClause, ChanDir, Decl, Element, Expr, ExprKind, Field, File, FuncDecl,
    FuncType, GenDecl, GenKind, Import, RangeClause, Spec, Stmt, TypeSpec, UnOp, ValueSpec,
};
use crate::syntax::lexer::Directive;

/// The trees of the user's files, each under `;; file PATH`, or the
/// declaration of one function (`;; func main.add`); nothing when a file
/// has errors.
pub(super) fn show(
    session: &mut Session,
    inputs: &[SourceInput],
    only: Option<Only<'_>>,
) -> Result<String, StageError> {
    let mut parsed = Vec::new();
    for input in inputs {
        let id = session.sources.add(input.path.clone(), input.text.clone());
        let p = syntax::parse(id, &input.text);
        for d in &p.diagnostics {
            session.diagnostics.push(d.clone());
        }
        parsed.push((input.path.as_str(), p));
    }
    if session.diagnostics.has_errors() {
        session.diagnostics.gate();
        return Err(BuildError::Source.into());
    }
    let files = parsed
        .iter()
        .filter_map(|(path, p)| Some((*path, p, p.file.as_ref()?)));
    let Some(only) = only else {
        let texts: Vec<String> = files
            .map(|(path, _, file)| format!(";; file {path}\n{}", tree(file)))
            .collect();
        return Ok(texts.join("\n"));
    };
    // Each function with the name --func or --export gives it.
    let mut funcs = Vec::new();
    for (_, p, file) in files {
        let mut after = 0;
        for decl in &file.decls {
            if let Decl::Func(f) = decl {
                let name = match only.export {
                    true => wasmexport_name(&p.directives, after, f),
                    false => Some(func_symbol(&file.package.name, f)),
                };
                funcs.extend(name.map(|name| (name, decl)));
            }
            after = decl.span().end;
        }
    }
    match funcs.iter().find(|(name, _)| name == only.name) {
        Some((_, decl)) => {
            let what = if only.export { "export" } else { "func" };
            Ok(format!(";; {what} {}\n{}\n", only.name, declaration(decl)))
        }
        None => Err(no_such_unit(only, funcs.into_iter().map(|(name, _)| name))),
    }
}

/// The name of the last `//go:wasmexport` between offset `after` and `f`,
/// the one Go honours.
fn wasmexport_name(directives: &[Directive], after: u32, f: &FuncDecl) -> Option<String> {
    directives
        .iter()
        .rev()
        .filter(|d| d.span.start >= after && d.span.end <= f.span.start)
        .filter_map(|d| d.text.strip_prefix("go:wasmexport "))
        .next()
        .map(|name| name.trim().to_string())
}

/// The declarations of `file`, a blank line between them.
pub fn tree(file: &File) -> String {
    let mut decls = vec![format!("(package {})", file.package.name)];
    decls.extend(file.decls.iter().map(declaration));
    decls.join("\n\n") + "\n"
}

/// One top-level declaration.
pub fn declaration(decl: &Decl) -> String {
    let mut p = Printer::default();
    match decl {
        Decl::Func(f) => p.func_decl(f),
        Decl::Gen(g) => p.gen_decl(g),
    }
    p.text.out
}

/// The name `--func` gives a declared function: `main.add`, or
/// `main.T.m` and `main.(*T).m` for methods, as the checker names them.
pub fn func_symbol(package: &str, f: &FuncDecl) -> String {
    match f.recv.as_deref() {
        Some([recv, ..]) => format!("{package}.{}.{}", receiver_type(&recv.ty), f.name.name),
        _ => format!("{package}.{}", f.name.name),
    }
}

/// `T` of a receiver `T`, `(*T)` of a receiver `*T`.
fn receiver_type(ty: &Expr) -> String {
    match &ty.kind {
        ExprKind::Ident(name) => name.clone(),
        ExprKind::Paren(inner) => receiver_type(inner),
        ExprKind::Unary(UnOp::Deref, inner) => format!("(*{})", receiver_type(inner)),
        _ => "?".to_string(),
    }
}

#[derive(Default)]
struct Printer {
    text: Text,
}

impl Deref for Printer {
    type Target = Text;
    fn deref(&self) -> &Text {
        &self.text
    }
}

impl DerefMut for Printer {
    fn deref_mut(&mut self) -> &mut Text {
        &mut self.text
    }
}

impl Printer {
    // Not through Deref, so that its argument may borrow the printer.
    fn push(&mut self, s: &str) {
        self.text.push(s);
    }

    /// `body` one level deeper, each statement on its own line.
    fn nested(&mut self, body: &[Stmt]) {
        text::nested(self, body, Self::stmt);
    }

    fn func_decl(&mut self, f: &FuncDecl) {
        self.push("(func ");
        if let Some(recv) = &f.recv {
            self.push("(recv");
            self.fields(recv);
            self.push(") ");
        }
        self.push(&f.name.name);
        if f.type_params.is_some() {
            self.push(" (type-params …)");
        }
        self.push(" ");
        self.signature(&f.sig);
        if let Some(body) = &f.body {
            self.nested(&body.stmts);
        }
        self.push(")");
    }

    /// `(params (a int32) (b int32)) (results int32)`.
    fn signature(&mut self, sig: &FuncType) {
        self.push("(params");
        self.fields(&sig.params);
        self.push(") (results");
        self.fields(&sig.results);
        self.push(")");
    }

    /// Each field after a space: `(name T)`, `(name ...T)` or `T`.
    fn fields(&mut self, fields: &[Field]) {
        for f in fields {
            self.push(" ");
            let dots = if f.variadic { "..." } else { "" };
            match &f.name {
                Some(name) => {
                    self.push(&format!("({} {dots}", name.name));
                    self.expr(&f.ty);
                    self.push(")");
                }
                None => {
                    self.push(dots);
                    self.expr(&f.ty);
                }
            }
        }
    }

    /// `(var x int32 = 1)`, or a group with a spec a line.
    fn gen_decl(&mut self, g: &GenDecl) {
        let keyword = match g.kind {
            GenKind::Import => "import",
            GenKind::Var => "var",
            GenKind::Const => "const",
            GenKind::Type => "type",
        };
        self.push(&format!("({keyword}"));
        if g.grouped {
            self.depth += 1;
            for spec in &g.specs {
                self.line();
                self.push("(");
                self.spec(spec);
                self.push(")");
            }
            self.depth -= 1;
        } else {
            for spec in &g.specs {
                self.push(" ");
                self.spec(spec);
            }
        }
        self.push(")");
    }

    fn spec(&mut self, spec: &Spec) {
        match spec {
            Spec::Value(v) => self.value_spec(v),
            Spec::Type(t) => self.type_spec(t),
            Spec::Import(i) => self.import(i),
        }
    }

    /// `a b int32 = 1 2`.
    fn value_spec(&mut self, v: &ValueSpec) {
        let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
        self.push(&names.join(" "));
        if let Some(ty) = &v.ty {
            self.push(" ");
            self.expr(ty);
        }
        if !v.values.is_empty() {
            self.push(" =");
            self.exprs(&v.values);
        }
    }

    /// `T U`, `T = U` for an alias.
    fn type_spec(&mut self, t: &TypeSpec) {
        self.push(&t.name.name);
        if t.type_params.is_some() {
            self.push(" (type-params …)");
        }
        self.push(if t.alias { " = " } else { " " });
        self.expr(&t.ty);
    }

    /// `"path"` or `name "path"`.
    fn import(&mut self, i: &Import) {
        if let Some(name) = &i.name {
            self.push(&name.name);
            self.push(" ");
        }
        self.push(&format!("{:?}", i.path));
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Empty(_) => self.push("(empty)"),
            Stmt::Expr(e) => self.expr(e),
            Stmt::Decl(g) => self.gen_decl(g),
            Stmt::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs),
            Stmt::IncDec { expr, inc, .. } => {
                self.push(if *inc { "(++ " } else { "(-- " });
                self.expr(expr);
                self.push(")");
            }
            Stmt::Block(b) => self.block("(block", b),
            Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            Stmt::For {
                init,
                cond,
                post,
                range,
                body,
                ..
            } => {
                match range {
                    Some(r) => self.range_head(r),
                    None => self.for_head(init.as_deref(), cond.as_ref(), post.as_deref()),
                }
                self.nested(&body.stmts);
                self.push(")");
            }
            Stmt::Switch {
                init, tag, clauses, ..
            } => self.switch(init.as_deref(), tag.as_ref(), clauses),
            Stmt::Return { results, .. } => {
                self.push("(return");
                self.exprs(results);
                self.push(")");
            }
            Stmt::Break { label, .. } => self.jump("break", label.as_ref().map(|l| &l.name)),
            Stmt::Continue { label, .. } => self.jump("continue", label.as_ref().map(|l| &l.name)),
            Stmt::Defer { call, .. } => {
                self.push("(defer ");
                self.expr(call);
                self.push(")");
            }
            Stmt::Unsupported { what, .. } => self.push(&format!("(unsupported {what:?})")),
            Stmt::Bad(_) => self.push("(bad)"),
        }
    }

    /// `(= a b)`, `(:= (x y) (f))`, `(+= n 1)`.
    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        let op = match op {
            AssignOp::Plain => "=".to_string(),
            AssignOp::Define => ":=".to_string(),
            AssignOp::Op(b) => format!("{}=", b.as_str()),
        };
        self.push(&format!("({op} "));
        self.side(lhs);
        self.push(" ");
        self.side(rhs);
        self.push(")");
    }

    /// One expression alone, several in parentheses.
    fn side(&mut self, exprs: &[Expr]) {
        one_or_list(self, exprs, Self::expr);
    }

    fn block(&mut self, head: &str, b: &Block) {
        self.push(head);
        self.nested(&b.stmts);
        self.push(")");
    }

    /// `(if cond` then the branch, `else` at the `if`'s depth, its branch.
    fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &Block, els: Option<&Stmt>) {
        self.push("(if ");
        if let Some(init) = init {
            self.push("(init ");
            self.stmt(init);
            self.push(") ");
        }
        self.expr(cond);
        self.nested(&then.stmts);
        if let Some(els) = els {
            self.line();
            self.push("else");
            match els {
                Stmt::Block(b) => self.nested(&b.stmts),
                other => self.nested(std::slice::from_ref(other)),
            }
        }
        self.push(")");
    }

    /// `(for`, `(for cond`, or `(for init cond post` with `_` for a part
    /// left out.
    fn for_head(&mut self, init: Option<&Stmt>, cond: Option<&Expr>, post: Option<&Stmt>) {
        self.push("(for");
        if init.is_none() && post.is_none() {
            if let Some(cond) = cond {
                self.push(" ");
                self.expr(cond);
            }
            return;
        }
        self.push(" ");
        match init {
            Some(s) => self.stmt(s),
            None => self.push("_"),
        }
        self.push(" ");
        match cond {
            Some(c) => self.expr(c),
            None => self.push("_"),
        }
        self.push(" ");
        match post {
            Some(s) => self.stmt(s),
            None => self.push("_"),
        }
    }

    /// `(for-range (:= k v) x` or `(for-range x`.
    fn range_head(&mut self, r: &RangeClause) {
        self.push("(for-range ");
        if !r.lhs.is_empty() {
            self.push(if r.define { "(:=" } else { "(=" });
            self.exprs(&r.lhs);
            self.push(") ");
        }
        self.expr(&r.x);
    }

    fn switch(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[CaseClause]) {
        self.push("(switch");
        if let Some(init) = init {
            self.push(" (init ");
            self.stmt(init);
            self.push(")");
        }
        if let Some(tag) = tag {
            self.push(" ");
            self.expr(tag);
        }
        self.depth += 1;
        for clause in clauses {
            self.line();
            match &clause.values {
                Some(values) => {
                    self.push("(case");
                    self.exprs(values);
                }
                None => self.push("(default"),
            }
            self.nested(&clause.body);
            self.push(")");
        }
        self.depth -= 1;
        self.push(")");
    }

    fn jump(&mut self, what: &str, label: Option<&String>) {
        match label {
            Some(l) => self.push(&format!("({what} {l})")),
            None => self.push(&format!("({what})")),
        }
    }

    /// Each expression after a space.
    fn exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.push(" ");
            self.expr(e);
        }
    }

    /// `(head` then the expressions, `)`.
    fn form(&mut self, head: &str, exprs: &[&Expr]) {
        self.push("(");
        self.push(head);
        for e in exprs {
            self.push(" ");
            self.expr(e);
        }
        self.push(")");
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(text)
            | ExprKind::Int(text)
            | ExprKind::Float(text)
            | ExprKind::Imag(text)
            | ExprKind::Rune(text)
            | ExprKind::Str(text) => self.push(text),
            ExprKind::Paren(x) => self.form("paren", &[x]),
            ExprKind::Selector(x, name) => {
                self.push("(. ");
                self.expr(x);
                self.push(&format!(" {})", name.name));
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => {
                self.push("(call ");
                self.expr(func);
                self.exprs(args);
                if *ellipsis {
                    self.push("...");
                }
                self.push(")");
            }
            ExprKind::Unary(op, x) => self.form(op.as_str(), &[x]),
            ExprKind::Binary(op, a, b) => self.form(op.as_str(), &[a, b]),
            ExprKind::Index(x, indices) => {
                self.push("(index ");
                self.expr(x);
                self.exprs(indices);
                self.push(")");
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.push("(slice ");
                self.expr(x);
                let bounds = [lo, hi, max];
                let given = if max.is_some() { 3 } else { 2 };
                for bound in &bounds[..given] {
                    self.push(" ");
                    match bound {
                        Some(b) => self.expr(b),
                        None => self.push("_"),
                    }
                }
                self.push(")");
            }
            ExprKind::TypeAssert(x) => self.form("type-assert", &[x]),
            ExprKind::TypeSwitchGuard(x) => self.form("type-switch-guard", &[x]),
            ExprKind::CompositeLit(ty, elements) => self.composite(ty.as_deref(), elements),
            ExprKind::FuncLit(lit) => {
                self.push("(func-lit ");
                self.signature(&lit.sig);
                self.nested(&lit.body.stmts);
                self.push(")");
            }
            ExprKind::ArrayType { len, elem } => match len {
                Some(len) => {
                    self.push("([");
                    self.expr(len);
                    self.push("] ");
                    self.expr(elem);
                    self.push(")");
                }
                None => self.form("[]", &[elem]),
            },
            ExprKind::EllipsisArray(elem) => self.form("[...]", &[elem]),
            ExprKind::MapType(k, v) => self.form("map", &[k, v]),
            ExprKind::ChanType(dir, elem) => {
                let head = match dir {
                    ChanDir::Both => "chan",
                    ChanDir::Send => "chan<-",
                    ChanDir::Recv => "<-chan",
                };
                self.form(head, &[elem]);
            }
            ExprKind::FuncType(sig) => {
                self.push("(func ");
                self.signature(sig);
                self.push(")");
            }
            ExprKind::StructType(fields) => {
                self.push("(struct");
                self.fields(fields);
                self.push(")");
            }
            ExprKind::InterfaceType(true) => self.push("(interface)"),
            ExprKind::InterfaceType(false) => self.push("(interface …)"),
            ExprKind::Bad => self.push("(bad)"),
        }
    }

    /// `(composite T (: k v) v)`; an element whose type is elided has
    /// none: `(composite (: k v))`.
    fn composite(&mut self, ty: Option<&Expr>, elements: &[Element]) {
        self.push("(composite");
        if let Some(ty) = ty {
            self.push(" ");
            self.expr(ty);
        }
        for el in elements {
            self.push(" ");
            match &el.key {
                Some(k) => self.form(":", &[k, &el.value]),
                None => self.expr(&el.value),
            }
        }
        self.push(")");
    }
}
