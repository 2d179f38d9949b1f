//! The syntax tree of one Go file, as the grammar builds it.
//!
//! Like Go's own `syntax` package, types are expressions: `*T`, `[]byte` and
//! `unsafe.Pointer` parse as [`Expr`]s, and the checker decides whether an
//! expression denotes a type or a value. Forms wexlab does not compile
//! (composite literals, `go`, `range`, …) are still parsed, so that the
//! checker can say "not supported by wexlab" at the right place.

use crate::diag::{FileId, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct File {
    pub id: FileId,
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct Import {
    pub name: Option<Ident>,
    /// The path without quotes.
    pub path: String,
    pub path_span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    Gen(GenDecl),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Func(f) => f.span,
            Decl::Gen(g) => g.span,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Import,
    Var,
    Const,
    Type,
}

/// `var`, `const`, `type` or `import`, alone or as a parenthesized group.
#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: GenKind,
    pub span: Span,
    pub grouped: bool,
    pub specs: Vec<Spec>,
}

#[derive(Clone, Debug)]
pub enum Spec {
    /// `a, b T = x, y` for var and const. For a const spec without type and
    /// values, `values` is empty and the checker repeats the previous ones.
    Value(ValueSpec),
    Type(TypeSpec),
    Import(Import),
}

impl Spec {
    pub fn span(&self) -> Span {
        match self {
            Spec::Value(v) => v.span,
            Spec::Type(t) => t.span,
            Spec::Import(i) => i.path_span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
    /// Position of the spec inside its const group (the value of `iota`).
    pub index: usize,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// `[T any]` of a generic type (outside wexlab's subset).
    pub type_params: Option<Span>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The `func` keyword.
    pub func_span: Span,
    pub recv: Option<Vec<Field>>,
    /// Where the receiver list starts: Go reports method errors there.
    pub recv_span: Option<Span>,
    pub name: Ident,
    /// `[T any]` of a generic function (outside wexlab's subset).
    pub type_params: Option<Span>,
    pub sig: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// One parameter, result or struct field: an optional name and a type.
/// `a, b int` becomes two fields that share the type expression.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Span,
    pub stmts: Vec<Stmt>,
    pub rbrace: Span,
    /// Levels of nesting in the block, itself included (see [`Expr::depth`]).
    pub depth: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LAnd,
    LOr,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::AndNot => "&^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::LAnd => "&&",
            BinOp::LOr => "||",
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinOp::Shl | BinOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Plus,
    Neg,
    Not,
    BitNot,
    Deref,
    Addr,
    Recv,
    /// `~T`, a constraint's term: Go parses it in any expression and
    /// rejects it outside constraints.
    Tilde,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Plus => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Deref => "*",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// Levels of nesting in the expression, itself included: the parser
    /// keeps it bounded so that the recursive passes cannot overflow the
    /// stack (`syntax::build::MAX_NESTING`).
    pub depth: u32,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(String),
    /// A string literal as written, quotes included.
    Str(String),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]`, or `x[lo:hi:max]` when `max` is given.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    TypeAssert(Box<Expr>),
    /// `x.(type)`, the guard of a type switch.
    TypeSwitchGuard(Box<Expr>),
    /// `T{…}`; the type is elided (`None`) in an element of another literal.
    CompositeLit(Option<Box<Expr>>, Vec<Element>),
    /// `func(…) … { … }`.
    FuncLit(Box<FuncLit>),
    // Type literals. A pointer type is `Unary(Deref, T)`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `[...]T`
    EllipsisArray(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(Box<FuncType>),
    StructType(Vec<Field>),
    InterfaceType(bool),
    /// A syntax error the parser recovered from (already reported).
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Plain,
    /// `:=`
    Define,
    /// `op=`
    Op(BinOp),
}

/// The clause of a range loop: `k, v := range x`, `k = range x`, `range x`.
#[derive(Clone, Debug)]
pub struct RangeClause {
    /// The iteration variables (at most two), or the places assigned.
    pub lhs: Vec<Expr>,
    /// `:=` rather than `=`.
    pub define: bool,
    /// Where `:=` or `=` is, or `range` when there is neither.
    pub op_span: Span,
    pub x: Expr,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Empty(Span),
    Expr(Expr),
    Decl(GenDecl),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        op_span: Span,
        rhs: Vec<Expr>,
    },
    IncDec {
        expr: Expr,
        inc: bool,
        op_span: Span,
    },
    Block(Block),
    If {
        span: Span,
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
        /// Levels of nesting, the `else if` chain included.
        depth: u32,
    },
    For {
        span: Span,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        /// `for k, v := range x`: then init, cond and post are `None`.
        range: Option<Box<RangeClause>>,
        body: Block,
    },
    Switch {
        span: Span,
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Span,
        /// Levels of nesting, the clauses' statements included.
        depth: u32,
    },
    Return {
        span: Span,
        results: Vec<Expr>,
    },
    Break {
        span: Span,
        label: Option<Ident>,
    },
    Continue {
        span: Span,
        label: Option<Ident>,
    },
    /// `defer call`: `call` is the expression as written (the checker
    /// reports one that is not a call).
    Defer {
        span: Span,
        call: Expr,
    },
    /// A Go statement wexlab does not compile: `go`, `goto`,
    /// `select`, `fallthrough`, labels, `range` loops, channel sends.
    Unsupported {
        span: Span,
        what: &'static str,
        /// The whole statement, its dropped parts included (the checker
        /// counts the variables named there as used).
        covers: Span,
    },
    Bad(Span),
}

impl Stmt {
    pub fn span(&self) -> Span {
        match self {
            Stmt::Empty(s) | Stmt::Bad(s) => *s,
            Stmt::Expr(e) => e.span,
            Stmt::Decl(d) => d.span,
            Stmt::Assign {
                lhs, rhs, op_span, ..
            } => {
                let first = lhs.first().map(|e| e.span).unwrap_or(*op_span);
                let last = rhs.last().map(|e| e.span).unwrap_or(*op_span);
                first.to(last)
            }
            Stmt::IncDec { expr, op_span, .. } => expr.span.to(*op_span),
            Stmt::Block(b) => b.lbrace.to(b.rbrace),
            Stmt::If { span, .. }
            | Stmt::For { span, .. }
            | Stmt::Switch { span, .. }
            | Stmt::Return { span, .. }
            | Stmt::Break { span, .. }
            | Stmt::Continue { span, .. }
            | Stmt::Defer { span, .. }
            | Stmt::Unsupported { span, .. } => *span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub span: Span,
    /// `None` for `default`.
    pub values: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}
