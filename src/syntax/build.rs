//! Small constructors the grammar's actions call, kept in Rust so that the
//! grammar file reads like the Go spec.

use lalrpop_util::{ErrorRecovery, ParseError};

use crate::diag::{FileId, Span};
use crate::syntax::ast::*;
use crate::syntax::lexer::{LexError, Tok};

/// The deepest nesting of expressions, types and statements wexlab reads.
/// Checking, lowering and emitting walk the tree recursively; bounding its
/// depth (and running them on a large stack, see `driver`) means that no
/// input can overflow the stack. Go has no such limit; no hand-written
/// program comes near it.
pub const MAX_NESTING: u32 = 5000;

/// The depth given to a node replaced because it nested too deeply: above
/// the limit, so that the enclosing nodes are dropped too without a second
/// report.
const TOO_DEEP: u32 = MAX_NESTING + 1;

pub type Errors = Vec<ErrorRecovery<usize, Tok, LexError>>;

fn too_deep(errors: &mut Errors, at: usize) {
    errors.push(ErrorRecovery {
        error: ParseError::User {
            error: LexError::TooDeep(at),
        },
        dropped_tokens: Vec::new(),
    });
}

pub fn leaf(kind: ExprKind, span: Span) -> Expr {
    Expr {
        kind,
        span,
        depth: 1,
    }
}

fn field_depth(fields: &[Field]) -> u32 {
    fields.iter().map(|f| f.ty.depth).max().unwrap_or(0)
}

/// The depth of the deepest direct child of an expression.
fn child_depth(kind: &ExprKind) -> u32 {
    use ExprKind as K;
    match kind {
        K::Ident(_)
        | K::Int(_)
        | K::Float(_)
        | K::Imag(_)
        | K::Rune(_)
        | K::Str(_)
        | K::InterfaceType(_)
        | K::Bad => 0,
        K::FuncLit(lit) => lit
            .sig
            .params
            .iter()
            .chain(&lit.sig.results)
            .map(|f| f.ty.depth)
            .fold(lit.body.depth, u32::max),
        K::Paren(x)
        | K::Selector(x, _)
        | K::Unary(_, x)
        | K::TypeAssert(x)
        | K::TypeSwitchGuard(x)
        | K::EllipsisArray(x)
        | K::ChanType(_, x) => x.depth,
        K::CompositeLit(ty, elems) => elems
            .iter()
            .flat_map(|el| el.key.iter().chain(std::iter::once(&el.value)))
            .map(|x| x.depth)
            .fold(ty.as_ref().map_or(0, |t| t.depth), u32::max),
        K::Call { func, args, .. } => args.iter().map(|a| a.depth).fold(func.depth, u32::max),
        K::Index(x, i) => i.iter().map(|a| a.depth).fold(x.depth, u32::max),
        K::Slice { x, lo, hi, max } => [lo, hi, max]
            .into_iter()
            .flatten()
            .map(|a| a.depth)
            .fold(x.depth, u32::max),
        K::Binary(_, a, b) | K::MapType(a, b) => a.depth.max(b.depth),
        K::ArrayType { len, elem } => len.as_ref().map_or(0, |l| l.depth).max(elem.depth),
        K::FuncType(f) => field_depth(&f.params).max(field_depth(&f.results)),
        K::StructType(fields) => field_depth(fields),
    }
}

/// An expression node; past [`MAX_NESTING`] levels it becomes `Bad` (its
/// children, at most that deep, are dropped) and an error is recorded.
pub fn expr(errors: &mut Errors, kind: ExprKind, file: FileId, l: usize, r: usize) -> Expr {
    let below = child_depth(&kind);
    let span = Span::new(file, l..r);
    if below >= MAX_NESTING {
        if below == MAX_NESTING {
            too_deep(errors, l);
        }
        return Expr {
            kind: ExprKind::Bad,
            span,
            depth: TOO_DEEP,
        };
    }
    Expr {
        kind,
        span,
        depth: below + 1,
    }
}

pub fn binary(
    errors: &mut Errors,
    op: BinOp,
    a: Expr,
    b: Expr,
    file: FileId,
    l: usize,
    r: usize,
) -> Expr {
    expr(
        errors,
        ExprKind::Binary(op, Box::new(a), Box::new(b)),
        file,
        l,
        r,
    )
}

/// The depth of a statement, from the depths its children carry (no
/// recursion beyond the simple statements of `for` headers).
pub fn stmt_depth(s: &Stmt) -> u32 {
    let exprs = |es: &[Expr]| es.iter().map(|e| e.depth).max().unwrap_or(0);
    let below = match s {
        Stmt::Empty(_)
        | Stmt::Break { .. }
        | Stmt::Continue { .. }
        | Stmt::Unsupported { .. }
        | Stmt::Bad(_) => 0,
        Stmt::If { depth, .. } | Stmt::Switch { depth, .. } => return *depth,
        Stmt::Expr(e) | Stmt::IncDec { expr: e, .. } | Stmt::Defer { call: e, .. } => e.depth,
        Stmt::Return { results, .. } => exprs(results),
        Stmt::Assign { lhs, rhs, .. } => exprs(lhs).max(exprs(rhs)),
        Stmt::Block(b) => return b.depth,
        Stmt::Decl(g) => g
            .specs
            .iter()
            .map(|spec| match spec {
                Spec::Value(v) => v.ty.as_ref().map_or(0, |t| t.depth).max(exprs(&v.values)),
                Spec::Type(t) => t.ty.depth,
                Spec::Import(_) => 0,
            })
            .max()
            .unwrap_or(0),
        Stmt::For {
            init,
            cond,
            post,
            range,
            body,
            ..
        } => {
            let simple = |s: &Option<Box<Stmt>>| s.as_deref().map_or(0, stmt_depth);
            let range = range.as_deref().map_or(0, |r| {
                r.lhs.iter().map(|e| e.depth).fold(r.x.depth, u32::max)
            });
            simple(init)
                .max(simple(post))
                .max(cond.as_ref().map_or(0, |c| c.depth))
                .max(range)
                .max(body.depth)
        }
    };
    below.saturating_add(1)
}

/// Whether a node whose children reach `below` levels is too deep; reports
/// the first node that crosses the limit.
fn over_limit(errors: &mut Errors, below: u32, at: usize) -> bool {
    if below == MAX_NESTING {
        too_deep(errors, at);
    }
    below >= MAX_NESTING
}

/// What replaces a statement nested too deeply: empty, but with a depth
/// that keeps the enclosing statements from reporting it again.
fn too_deep_stmt(span: Span) -> Stmt {
    Stmt::Block(Block {
        lbrace: span.first(),
        stmts: Vec::new(),
        rbrace: span,
        depth: TOO_DEEP,
    })
}

pub fn block(errors: &mut Errors, lbrace: Span, stmts: Vec<Stmt>, rbrace: Span) -> Block {
    let below = stmts.iter().map(stmt_depth).max().unwrap_or(0);
    if over_limit(errors, below, lbrace.start as usize) {
        return Block {
            lbrace,
            stmts: Vec::new(),
            rbrace,
            depth: TOO_DEEP,
        };
    }
    Block {
        lbrace,
        stmts,
        rbrace,
        depth: below + 1,
    }
}

pub fn if_stmt(
    errors: &mut Errors,
    span: Span,
    init: Option<Box<Stmt>>,
    cond: Expr,
    then: Block,
    els: Option<Stmt>,
) -> Stmt {
    let below = init
        .as_deref()
        .map_or(0, stmt_depth)
        .max(cond.depth)
        .max(then.depth)
        .max(els.as_ref().map_or(0, stmt_depth));
    if over_limit(errors, below, span.start as usize) {
        return too_deep_stmt(span);
    }
    Stmt::If {
        span,
        init,
        cond,
        then,
        els: els.map(Box::new),
        depth: below + 1,
    }
}

/// `if init; {`: Go's "missing condition in if statement" at the semicolon.
pub fn missing_condition(errors: &mut Errors, semi: Span) -> Expr {
    errors.push(ErrorRecovery {
        error: ParseError::User {
            error: LexError::MissingCondition(semi.start as usize),
        },
        dropped_tokens: Vec::new(),
    });
    Expr {
        kind: ExprKind::Bad,
        span: semi,
        depth: 1,
    }
}

/// `<-x`: a receive, or, when `x` is a channel type, a receive-only channel
/// type. As in Go's parser, `<-` goes with the leftmost `chan`: `<-chan E`,
/// and `<-chan<- E` becomes `<-chan (<-E)`. Where that leaves a `<-` on no
/// channel (`<-<-chan E`, `<-chan<- int`), the receive stays, for the
/// checker to reject.
pub fn receive_or_chan(errors: &mut Errors, x: Expr, file: FileId, l: usize, r: usize) -> Expr {
    if can_receive_only(&x) {
        let mut t = receive_only(x);
        t.span = Span::new(file, l..r);
        return t;
    }
    expr(errors, ExprKind::Unary(UnOp::Recv, Box::new(x)), file, l, r)
}

fn can_receive_only(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::ChanType(ChanDir::Both, _) => true,
        ExprKind::ChanType(ChanDir::Send, elem) => can_receive_only(elem),
        _ => false,
    }
}

fn receive_only(t: Expr) -> Expr {
    match t.kind {
        ExprKind::ChanType(ChanDir::Send, elem) => Expr {
            kind: ExprKind::ChanType(ChanDir::Recv, Box::new(receive_only(*elem))),
            ..t
        },
        ExprKind::ChanType(_, elem) => Expr {
            kind: ExprKind::ChanType(ChanDir::Recv, elem),
            ..t
        },
        _ => t,
    }
}

/// `type T [x]E`: an array type, unless `x` is a name and a type element
/// only a type parameter can have (`[P *[]int]`, `[P *C | []int]`,
/// `[P ([]int)]`). Go's parser decides so (`extractName`, when `]` follows),
/// and so does wexlab: then the brackets are type parameters, `E` the type.
pub fn array_or_type_params(ty: Expr) -> (Option<Span>, Expr) {
    match ty.kind {
        ExprKind::ArrayType {
            len: Some(len),
            elem,
        } if names_type_param(&len, false) => {
            let file = ty.span.file;
            let params = Span::new(file, ty.span.start as usize..elem.span.start as usize);
            (Some(params), *elem)
        }
        kind => (None, Expr { kind, ..ty }),
    }
}

/// Whether `x` reads as a type parameter's name and its constraint:
/// `P *T`, `P *T | U`, `P(T)`, with a constraint that must be a type
/// (or, when `force`, any).
fn names_type_param(x: &Expr, force: bool) -> bool {
    let is_name = |e: &Expr| matches!(e.kind, ExprKind::Ident(_));
    match &x.kind {
        ExprKind::Binary(BinOp::Mul, name, t) => is_name(name) && (force || is_type_elem(t)),
        ExprKind::Binary(BinOp::Or, lhs, t) => names_type_param(lhs, force || is_type_elem(t)),
        ExprKind::Call {
            func,
            args,
            ellipsis: false,
        } => is_name(func) && args.len() == 1 && (force || is_type_elem(&args[0])),
        _ => false,
    }
}

/// Whether `x` can only be a type (Go's `isTypeElem`): a type literal, or
/// an operation on one.
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::EllipsisArray(_)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Unary(_, a) | ExprKind::Paren(a) => is_type_elem(a),
        ExprKind::Binary(_, a, b) => is_type_elem(a) || is_type_elem(b),
        _ => false,
    }
}

/// A statement outside wexlab's subset, reported at `span`.
pub fn unsupported(span: Span, covers: Span, what: &'static str) -> Stmt {
    Stmt::Unsupported { span, what, covers }
}

/// The value of an `if` or `switch` header read as a simple statement: an
/// expression, or `v := x.(type)` (a type switch, kept as its guard), or a
/// statement where a value belongs — Go's "cannot use … as value".
pub fn header_value(errors: &mut Errors, s: Stmt) -> Expr {
    match s {
        Stmt::Expr(e) => e,
        Stmt::Assign {
            op: AssignOp::Define,
            mut rhs,
            lhs,
            ..
        } if lhs.len() == 1
            && rhs.len() == 1
            && matches!(rhs[0].kind, ExprKind::TypeSwitchGuard(_)) =>
        {
            rhs.pop().expect("one value")
        }
        other => {
            let span = other.span();
            let at = match &other {
                Stmt::Assign { op_span, .. } | Stmt::IncDec { op_span, .. } => *op_span,
                _ => span,
            };
            let plain = matches!(
                other,
                Stmt::Assign {
                    op: AssignOp::Plain,
                    ..
                }
            );
            errors.push(ErrorRecovery {
                error: ParseError::User {
                    error: LexError::NotAValue {
                        at: at.start as usize,
                        start: span.start as usize,
                        end: span.end as usize,
                        assignment: plain,
                    },
                },
                dropped_tokens: Vec::new(),
            });
            Expr {
                kind: ExprKind::Bad,
                span,
                depth: 1,
            }
        }
    }
}

pub fn switch_stmt(
    errors: &mut Errors,
    span: Span,
    init: Option<Box<Stmt>>,
    tag: Option<Expr>,
    clauses: Vec<CaseClause>,
    rbrace: Span,
) -> Stmt {
    if tag
        .as_ref()
        .is_some_and(|t| matches!(t.kind, ExprKind::TypeSwitchGuard(_)))
    {
        return unsupported(span, span, "type switches");
    }
    let clause_depth = |c: &CaseClause| {
        let values = c
            .values
            .as_ref()
            .map_or(0, |v| v.iter().map(|e| e.depth).max().unwrap_or(0));
        c.body.iter().map(stmt_depth).fold(values, u32::max) + 1
    };
    let below = clauses
        .iter()
        .map(clause_depth)
        .fold(init.as_deref().map_or(0, stmt_depth), u32::max)
        .max(tag.as_ref().map_or(0, |t| t.depth));
    if over_limit(errors, below, span.start as usize) {
        return too_deep_stmt(span);
    }
    Stmt::Switch {
        span,
        init,
        tag,
        clauses,
        rbrace,
        depth: below + 1,
    }
}

pub fn single(kind: GenKind, spec: Spec, span: Span) -> GenDecl {
    GenDecl {
        kind,
        span,
        grouped: false,
        specs: vec![spec],
    }
}

pub fn group(kind: GenKind, specs: Vec<Spec>, span: Span) -> GenDecl {
    GenDecl {
        kind,
        span,
        grouped: true,
        specs,
    }
}

/// Gives each const spec of a group its index: the value of `iota` there.
pub fn number_specs(specs: Vec<ValueSpec>) -> Vec<Spec> {
    specs
        .into_iter()
        .enumerate()
        .map(|(index, s)| Spec::Value(ValueSpec { index, ..s }))
        .collect()
}

/// The path of an import, without quotes (escapes in import paths are rare
/// enough that the raw text is used).
pub fn unquote_import(lit: &str) -> String {
    lit.trim_matches(|c| c == '"' || c == '`').to_string()
}

/// Go's parameter lists are either all types (`func(int, string)`) or all
/// named (`func(a, b int, s string)`), where a bare name takes the type of
/// the next named entry. The grammar reads entries; this decides which.
pub fn group_params(entries: Vec<(Option<Ident>, Expr, bool)>) -> Vec<Field> {
    let named = entries.iter().any(|(name, _, _)| name.is_some());
    if !named {
        return entries
            .into_iter()
            .map(|(_, ty, variadic)| Field {
                name: None,
                ty,
                variadic,
            })
            .collect();
    }
    let mut fields = Vec::with_capacity(entries.len());
    let mut pending: Vec<Ident> = Vec::new();
    for (name, ty, variadic) in entries {
        match name {
            Some(name) => {
                for p in pending.drain(..) {
                    fields.push(Field {
                        name: Some(p),
                        ty: ty.clone(),
                        variadic: false,
                    });
                }
                fields.push(Field {
                    name: Some(name),
                    ty,
                    variadic,
                });
            }
            None => match ty.kind {
                ExprKind::Ident(ref n) => pending.push(Ident {
                    name: n.clone(),
                    span: ty.span,
                }),
                // A type where a name was expected: keep it as a field with a
                // bad type so that the checker reports "mixed named and unnamed".
                _ => fields.push(Field {
                    name: None,
                    ty,
                    variadic,
                }),
            },
        }
    }
    // Trailing names without a type: `func(a, b)` with a named entry before.
    for p in pending {
        fields.push(Field {
            name: None,
            ty: leaf(ExprKind::Ident(p.name), p.span),
            variadic: false,
        });
    }
    fields
}
