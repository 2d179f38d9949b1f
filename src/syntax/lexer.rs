//! Go tokens, read by a logos lexer.
//!
//! Two things happen on top of logos: Go's automatic semicolon insertion
//! (a newline after an identifier, a literal, `return`, `)` and so on becomes
//! `;`), and `//go:` directive comments are set aside, with their position
//! and whether they stand alone on their line, for the directive pass.

use std::fmt;

use logos::Logos;

use super::literal;
use crate::diag::{Diagnostic, FileId, Span};

/// Extends a literal token to where Go's scanner ends it.
fn scan_rest<'s>(
    lex: &mut logos::Lexer<'s, Tok>,
    scan: fn(&str, usize) -> literal::Scanned,
) -> String {
    let start = lex.span().start;
    let end = scan(lex.source(), start).end.max(lex.span().end);
    lex.bump(end - lex.span().end);
    lex.slice().to_string()
}

/// What a lexer error says; the default is an unexpected character.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    #[default]
    InvalidChar,
    UnterminatedComment,
    /// Not from the lexer: the parser met nesting deeper than
    /// `build::MAX_NESTING` at this offset.
    TooDeep(usize),
    /// Not from the lexer: `if init; {` without a condition (the
    /// semicolon's offset).
    MissingCondition(usize),
    /// Not from the lexer: a statement where an `if` or `switch` header
    /// needs a value (the operator's offset, the statement's range, and
    /// whether it is a plain `=` assignment).
    NotAValue {
        at: usize,
        start: usize,
        end: usize,
        assignment: bool,
    },
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\f]+")]
pub enum Tok {
    // Comments. Line comments never hold a newline; block comments that do
    // act like a newline for semicolon insertion.
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/")]
    BlockComment,
    #[token("/*", |lex| { lex.bump(lex.remainder().len()); Err::<(), _>(LexError::UnterminatedComment) })]
    UnterminatedComment,
    #[token("\n")]
    Newline,

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", |lex| lex.slice().to_string())]
    Ident(String),
    /// A number literal as logos sees it: its first character or two;
    /// [`literal::number`] reads the rest as Go's scanner does, and `lex`
    /// turns it into `Int`, `Float`, `Imag` or `BadLit`.
    #[regex(r"[0-9]|\.[0-9]", |lex| scan_rest(lex, literal::number))]
    Number(String),
    Int(String),
    Float(String),
    Imag(String),
    #[token("'", |lex| scan_rest(lex, literal::rune))]
    Rune(String),
    #[token("\"", |lex| scan_rest(lex, literal::string))]
    Str(String),
    #[token("`", |lex| scan_rest(lex, literal::raw_string))]
    RawStr(String),
    /// A malformed literal (reported by the lexer): an operand for the
    /// parser, nothing for the checker.
    BadLit(String),

    // Operators and punctuation.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("/=")]
    SlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("&=")]
    AmpAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    EqEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    NotEq,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,

    /// A semicolon the lexer inserted at a newline or at the end of the file.
    AutoSemi,
    /// A `[` that starts an array or slice constraint in a type
    /// declaration's type parameters (the second `[` of `type T[P []E]`),
    /// which Go's parser tells from an index by looking ahead; retagged by
    /// `syntax::parse`, never made by the lexer.
    ConstraintLBrack,
    /// A character or literal the lexer could not read; reported already.
    Error,
}

impl Tok {
    /// The text of a literal: a number, rune or string, well formed or not.
    pub fn literal(&self) -> Option<&str> {
        match self {
            Tok::Int(s)
            | Tok::Float(s)
            | Tok::Imag(s)
            | Tok::Rune(s)
            | Tok::Str(s)
            | Tok::RawStr(s)
            | Tok::BadLit(s) => Some(s),
            _ => None,
        }
    }

    /// Whether a newline after this token ends the statement (Go spec, "Semicolons").
    fn ends_line(&self) -> bool {
        self.literal().is_some()
            || matches!(
                self,
                Tok::Ident(_)
                    | Tok::Break
                    | Tok::Continue
                    | Tok::Fallthrough
                    | Tok::Return
                    | Tok::Inc
                    | Tok::Dec
                    | Tok::RParen
                    | Tok::RBrack
                    | Tok::RBrace
            )
    }

    /// How Go's parser names this token in "syntax error: unexpected X".
    pub fn describe(&self) -> String {
        if let Some(s) = self.literal() {
            return format!("literal {s}");
        }
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::AutoSemi => "newline".to_string(),
            Tok::Semi => "semicolon".to_string(),
            Tok::Comma => "comma".to_string(),
            Tok::Error => "invalid token".to_string(),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.to_string(),
        }
    }

    fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Chan
                | Tok::Const
                | Tok::Continue
                | Tok::Default
                | Tok::Defer
                | Tok::Else
                | Tok::Fallthrough
                | Tok::For
                | Tok::Func
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Import
                | Tok::Interface
                | Tok::Map
                | Tok::Package
                | Tok::Range
                | Tok::Return
                | Tok::Select
                | Tok::Struct
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::LineComment | Tok::BlockComment | Tok::UnterminatedComment => "comment",
            Tok::Newline => "newline",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::Ident(s)
            | Tok::Int(s)
            | Tok::Float(s)
            | Tok::Imag(s)
            | Tok::Rune(s)
            | Tok::Str(s)
            | Tok::RawStr(s)
            | Tok::Number(s)
            | Tok::BadLit(s) => {
                return f.write_str(s);
            }
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::PlusAssign => "+=",
            Tok::MinusAssign => "-=",
            Tok::StarAssign => "*=",
            Tok::SlashAssign => "/=",
            Tok::PercentAssign => "%=",
            Tok::AmpAssign => "&=",
            Tok::PipeAssign => "|=",
            Tok::CaretAssign => "^=",
            Tok::ShlAssign => "<<=",
            Tok::ShrAssign => ">>=",
            Tok::AndNotAssign => "&^=",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::EqEq => "==",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::NotEq => "!=",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack | Tok::ConstraintLBrack => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Semi | Tok::AutoSemi => ";",
            Tok::Dot => ".",
            Tok::Colon => ":",
            Tok::Error => "invalid token",
        };
        f.write_str(s)
    }
}

/// A `//go:` comment: its text after `//`, where that text starts, and
/// whether only white space precedes the comment on its line.
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    pub text: String,
    pub span: Span,
    pub alone_on_line: bool,
}

/// The result of lexing one file.
#[derive(Clone)]
pub struct Lexed {
    /// Tokens with byte offsets, semicolons inserted, comments removed.
    pub tokens: Vec<(usize, Tok, usize)>,
    pub directives: Vec<Directive>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits a file into tokens. Lexical errors become [`Tok::Error`] tokens
/// plus a diagnostic, so that the parser still sees the rest of the file.
pub fn lex(file: FileId, src: &str) -> Lexed {
    // Go source has a token every few bytes. Room reserved and never used
    // costs little (the system hands out pages on first touch), while
    // doubling copies every token; past 4M tokens the list grows as usual.
    let mut tokens: Vec<(usize, Tok, usize)> = Vec::with_capacity((src.len() / 2).min(1 << 22));
    let mut directives = Vec::new();
    let mut diagnostics = source_errors(file, src);
    // Whether a token has been seen on the current line (for `alone_on_line`).
    let mut line_has_token = false;
    let mut lexer = Tok::lexer(src);

    let insert_semi = |tokens: &mut Vec<(usize, Tok, usize)>, at: usize| {
        if tokens.last().is_some_and(|(_, t, _)| t.ends_line()) {
            tokens.push((at, Tok::AutoSemi, at));
        }
    };

    while let Some(result) = lexer.next() {
        let span = lexer.span();
        match result {
            Ok(Tok::Newline) => {
                insert_semi(&mut tokens, span.start);
                line_has_token = false;
            }
            Ok(Tok::LineComment) => {
                let text = &src[span.start + 2..span.end];
                if text.starts_with("go:") {
                    directives.push(Directive {
                        text: text.trim_end_matches('\r').to_string(),
                        span: Span::new(file, span.start + 2..span.end),
                        alone_on_line: !line_has_token,
                    });
                }
                // The newline that ends the comment comes next and inserts the semicolon.
            }
            Ok(Tok::BlockComment) => {
                if lexer.slice().contains('\n') {
                    insert_semi(&mut tokens, span.start);
                    line_has_token = false;
                } else {
                    // A comment on a line counts as something before a directive.
                    line_has_token = true;
                }
            }
            Ok(tok @ (Tok::Number(_) | Tok::Rune(_) | Tok::Str(_) | Tok::RawStr(_))) => {
                // Go's scanner's complaints about the literal; a malformed
                // literal is still an operand.
                line_has_token = true;
                let scanned = match tok {
                    Tok::Number(_) => literal::number(src, span.start),
                    Tok::Rune(_) => literal::rune(src, span.start),
                    Tok::Str(_) => literal::string(src, span.start),
                    _ => literal::raw_string(src, span.start),
                };
                let text = src[span.clone()].to_string();
                for (at, message) in &scanned.errors {
                    diagnostics.push(Diagnostic::error(
                        Span::new(file, *at..*at),
                        message.clone(),
                    ));
                }
                let tok = if !scanned.ok() {
                    Tok::BadLit(text)
                } else {
                    match scanned.kind {
                        literal::Kind::Int => Tok::Int(text),
                        literal::Kind::Float => Tok::Float(text),
                        literal::Kind::Imag => Tok::Imag(text),
                        literal::Kind::Rune => Tok::Rune(text),
                        literal::Kind::Str => Tok::Str(text),
                        literal::Kind::RawStr => Tok::RawStr(text),
                    }
                };
                tokens.push((span.start, tok, span.end));
            }
            Ok(tok) => {
                line_has_token = true;
                tokens.push((span.start, tok, span.end));
            }
            Err(LexError::InvalidChar) if matches!(&src[span.clone()], "\0" | "\u{feff}") => {
                // Reported by `source_errors`, or a leading byte order mark.
            }
            Err(e) => {
                // As Go's scanner: the character is reported and skipped.
                line_has_token = true;
                let message = match e {
                    LexError::InvalidChar => {
                        let c = src[span.start..].chars().next().unwrap_or('\0');
                        if c.is_control() {
                            format!("invalid character U+{:04X}", c as u32)
                        } else {
                            format!("invalid character U+{:04X} '{c}'", c as u32)
                        }
                    }
                    LexError::UnterminatedComment => "comment not terminated".to_string(),
                    LexError::TooDeep(_)
                    | LexError::NotAValue { .. }
                    | LexError::MissingCondition(_) => "syntax error".to_string(),
                };
                diagnostics.push(Diagnostic::error(Span::new(file, span.clone()), message));
            }
        }
    }
    insert_semi(&mut tokens, src.len());
    Lexed {
        tokens,
        directives,
        diagnostics,
    }
}

/// What Go's source reader rejects wherever it is, in a literal or a
/// comment too: a NUL byte, and a byte order mark other than the file's
/// first character (that one Go skips). Both are skipped afterwards.
fn source_errors(file: FileId, src: &str) -> Vec<Diagnostic> {
    src.match_indices(['\0', '\u{feff}'])
        .filter(|(at, c)| *at > 0 || *c == "\0")
        .map(|(at, c)| {
            let message = if c == "\0" {
                "invalid NUL character"
            } else {
                "invalid BOM in the middle of the file"
            };
            Diagnostic::error(Span::new(file, at..at), message)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        lex(FileId(0), src)
            .tokens
            .into_iter()
            .map(|(_, t, _)| match t {
                Tok::AutoSemi => "⏎".to_string(),
                t => t.to_string(),
            })
            .collect()
    }

    #[test]
    fn semicolons_are_inserted_after_line_enders_only() {
        assert_eq!(
            kinds("x := a +\n b\nreturn\n}"),
            ["x", ":=", "a", "+", "b", "⏎", "return", "⏎", "}", "⏎"]
        );
    }

    #[test]
    fn directives_are_kept_with_their_position() {
        let l = lex(
            FileId(0),
            "//go:wasmexport add\nfunc add() {} //go:noinline\n// plain\n",
        );
        assert_eq!(l.directives.len(), 2);
        assert_eq!(l.directives[0].text, "go:wasmexport add");
        assert_eq!(l.directives[0].span.start, 2);
        assert!(l.directives[0].alone_on_line);
        assert!(!l.directives[1].alone_on_line);
    }

    #[test]
    fn nul_bytes_and_late_byte_order_marks_are_reported_like_go() {
        let l = lex(
            FileId(0),
            "\u{feff}package p\nvar s = \"a\0b\" /* \0 */ \u{feff}\n\0",
        );
        let found: Vec<(u32, &str)> = l
            .diagnostics
            .iter()
            .map(|d| (d.span.start, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (23, "invalid NUL character"),
                (30, "invalid NUL character"),
                (35, "invalid BOM in the middle of the file"),
                (39, "invalid NUL character"),
            ]
        );
        assert_eq!(kinds("\u{feff}package p"), ["package", "p", "⏎"]);
    }

    #[test]
    fn a_block_comment_with_a_newline_ends_the_line() {
        assert_eq!(kinds("x /* a\n b */ y"), ["x", "⏎", "y", "⏎"]);
        assert_eq!(kinds("x /* a b */ y"), ["x", "y", "⏎"]);
    }

    #[test]
    fn bad_characters_are_reported_and_skipped_like_go() {
        let l = lex(FileId(0), "a @ b\u{7}");
        assert_eq!(l.diagnostics.len(), 2);
        assert_eq!(l.diagnostics[0].message, "invalid character U+0040 '@'");
        assert_eq!(l.diagnostics[1].message, "invalid character U+0007");
        assert_eq!(kinds("a @ b"), ["a", "b", "⏎"]);
    }

    #[test]
    fn malformed_literals_are_one_token_and_reported() {
        assert_eq!(kinds("x := 0b102\n"), ["x", ":=", "0b102", "⏎"]);
        let l = lex(FileId(0), "x := 0b102 + 1e");
        assert!(matches!(l.tokens[2].1, Tok::BadLit(_)));
        let messages: Vec<&str> = l.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "invalid digit '2' in binary literal",
                "exponent has no digits"
            ]
        );
        assert_eq!(kinds("s := \"ab\nt"), ["s", ":=", "\"ab", "⏎", "t", "⏎"]);
        assert!(matches!(
            lex(FileId(0), "1.5i 0x1p3 'a' `r`").tokens[..4],
            [
                (_, Tok::Imag(_), _),
                (_, Tok::Float(_), _),
                (_, Tok::Rune(_), _),
                (_, Tok::RawStr(_), _)
            ]
        ));
    }
}
