//! Source text to syntax trees: the lexer, the LALRPOP grammar, and the
//! conversion of parse errors into Go-style diagnostics.

pub mod ast;
pub mod build;
pub mod lexer;
pub mod literal;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    go
);

use lalrpop_util::ParseError;

use crate::diag::{Diagnostic, FileId, Span};
use ast::File;
use lexer::{Directive, Tok};

/// A parsed file with the directives found in it and the problems met.
#[derive(Clone)]
pub struct Parsed {
    pub file: Option<File>,
    pub directives: Vec<Directive>,
    /// The tokens (start, token, end) without the semicolons the lexer
    /// inserted: what follows a directive, the names a span spells.
    pub tokens: Vec<(usize, Tok, usize)>,
    pub diagnostics: Vec<Diagnostic>,
    /// Where the names of the functions whose bodies were left out start
    /// (see [`parse_leaving_out`]).
    pub bodies_left_out: Vec<usize>,
}

pub fn parse(file: FileId, src: &str) -> Parsed {
    parse_leaving_out(file, src, lexer::lex(file, src), &[])
}

/// A function body the parser is not shown: its tokens (indices into the
/// lexed tokens, braces included), and where the function's name starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub tokens: std::ops::Range<usize>,
    pub name_at: usize,
}

/// Parses `lexed` (the tokens of `src`) without the function bodies
/// `left_out` lists, in token order: each such function is parsed as
/// declared without a body, and listed in [`Parsed::bodies_left_out`].
pub fn parse_leaving_out(
    file: FileId,
    src: &str,
    lexed: lexer::Lexed,
    left_out: &[LeftOut],
) -> Parsed {
    // The lexer's complaints are not syntax errors: as in Go, the file is
    // still type-checked.
    let lexical: Vec<Diagnostic> = lexed
        .diagnostics
        .into_iter()
        .map(|d| d.in_phase(crate::diag::Phase::Types))
        .collect();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let tokens = lexed.tokens;
    // Go's build tool reads the package clause first and stops there.
    let first = tokens
        .iter()
        .find(|(_, t, _)| *t != Tok::AutoSemi)
        .map(|(s, t, _)| (*s, t));
    if first.is_none_or(|(_, t)| *t != Tok::Package) {
        let (at, found) = match first {
            None => (src.len(), "'EOF'".to_string()),
            Some((at, Tok::Ident(s))) => (at, s.clone()),
            Some((at, other)) => (
                at,
                other
                    .literal()
                    .map_or_else(|| format!("'{other}'"), str::to_string),
            ),
        };
        let at = &at;
        let d = Diagnostic::error(
            Span::new(file, *at..*at),
            format!("expected 'package', found {found}"),
        )
        .in_phase(crate::diag::Phase::Syntax);
        return Parsed {
            file: None,
            directives: lexed.directives,
            tokens: without_inserted_semicolons(tokens),
            diagnostics: vec![d],
            bodies_left_out: Vec::new(),
        };
    }
    let context = Context { tokens: &tokens };
    let mut recovered = Vec::new();
    let constraints = constraint_brackets(&tokens);
    let result = go::SourceFileParser::new().parse(
        file,
        &mut recovered,
        shown(&tokens, left_out).map(|(i, (l, t, r))| {
            let t = if constraints.binary_search(&i).is_ok() {
                Tok::ConstraintLBrack
            } else {
                t.clone()
            };
            Ok::<_, lexer::LexError>((*l, t, *r))
        }),
    );
    // Lexical errors were reported already; don't report their tokens twice.
    let lex_error_at: Vec<u32> = lexical.iter().map(|d| d.span.start).collect();
    for r in recovered {
        if let Some(d) = syntax_error(file, src, &context, r.error)
            && !lex_error_at.contains(&d.span.start)
        {
            diagnostics.push(d);
        }
    }
    let file_ast = match result {
        Ok((package, decls)) => {
            let imports = decls
                .iter()
                .filter_map(|d| match d {
                    ast::Decl::Gen(g) if g.kind == ast::GenKind::Import => Some(g.specs.iter()),
                    _ => None,
                })
                .flatten()
                .filter_map(|s| match s {
                    ast::Spec::Import(i) => Some(i.clone()),
                    _ => None,
                })
                .collect();
            Some(File {
                id: file,
                package,
                imports,
                decls,
            })
        }
        Err(e) => {
            if let Some(d) = syntax_error(file, src, &context, e)
                && !lex_error_at.contains(&d.span.start)
            {
                diagnostics.push(d);
            }
            None
        }
    };
    if file_ast.is_none()
        && !diagnostics
            .iter()
            .chain(&lexical)
            .any(|d| d.severity == crate::diag::Severity::Error)
    {
        diagnostics.push(Diagnostic::error(
            Span::new(file, 0..0),
            "syntax error: package statement must be first",
        ));
    }
    Parsed {
        file: file_ast,
        directives: lexed.directives,
        tokens: without_inserted_semicolons(tokens),
        diagnostics: diagnostics
            .into_iter()
            .map(|d| d.in_phase(crate::diag::Phase::Syntax))
            .chain(lexical)
            .collect(),
        bodies_left_out: left_out.iter().map(|l| l.name_at).collect(),
    }
}

/// The tokens with their indices, but for those `left_out` covers.
fn shown<'t>(
    tokens: &'t [(usize, Tok, usize)],
    left_out: &'t [LeftOut],
) -> impl Iterator<Item = (usize, &'t (usize, Tok, usize))> {
    let mut skips = left_out.iter().map(|l| l.tokens.clone()).peekable();
    tokens.iter().enumerate().filter(move |(i, _)| {
        while skips.peek().is_some_and(|r| r.end <= *i) {
            skips.next();
        }
        !skips.peek().is_some_and(|r| r.contains(i))
    })
}

/// The positions of the `[` tokens that start a type parameter's array or
/// slice constraint: `type T[P []E]`, `type T[P [2]E]`. Go's parser decides
/// it there: after `[` and a name, a second `[` cannot start an array
/// length (an index is never constant), so the list is type parameters.
/// Looking three tokens past the type's name is beyond one token of
/// lookahead, so the token is retagged for the grammar. In file order.
fn constraint_brackets(tokens: &[(usize, Tok, usize)]) -> Vec<usize> {
    let tok = |i: usize| tokens.get(i).map(|(_, t, _)| t);
    let spec_at = |i: usize| {
        matches!(tok(i), Some(Tok::Ident(_)))
            && tok(i + 1) == Some(&Tok::LBrack)
            && matches!(tok(i + 2), Some(Tok::Ident(_)))
            && tok(i + 3) == Some(&Tok::LBrack)
    };
    let mut found = Vec::new();
    for (i, (_, t, _)) in tokens.iter().enumerate() {
        if *t != Tok::Type {
            continue;
        }
        if spec_at(i + 1) {
            found.push(i + 4);
        } else if tok(i + 1) == Some(&Tok::LParen) {
            // A group: every spec starts after its `(` or after a semicolon
            // at its depth.
            let mut depth = 0usize;
            for (j, (_, t, _)) in tokens.iter().enumerate().skip(i + 1) {
                match t {
                    Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                    Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                let separator = j == i + 1 || matches!(t, Tok::Semi | Tok::AutoSemi);
                if depth == 1 && separator && spec_at(j + 1) {
                    found.push(j + 4);
                }
            }
        }
    }
    found
}

/// What the parser read before an error, for Go's wording of it.
/// The tokens without the semicolons the lexer inserted (in place: the
/// list is as long as the file).
fn without_inserted_semicolons(mut tokens: Vec<(usize, Tok, usize)>) -> Vec<(usize, Tok, usize)> {
    tokens.retain(|(_, t, _)| *t != Tok::AutoSemi);
    tokens
}

struct Context<'t> {
    tokens: &'t [(usize, Tok, usize)],
}

impl Context<'_> {
    /// Whether offset `at` is inside braces (a function body, a composite
    /// type) rather than at the top level.
    fn inside_braces(&self, at: usize) -> bool {
        let mut depth: i64 = 0;
        for (o, t, _) in self.tokens {
            if *o >= at {
                break;
            }
            match t {
                Tok::LBrace => depth += 1,
                Tok::RBrace => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// The `n`th token before offset `at` (1: the one just before),
    /// inserted semicolons included when `semis`.
    fn previous_n(&self, at: usize, n: usize, semis: bool) -> Option<&Tok> {
        self.tokens
            .iter()
            .rev()
            .filter(|(o, t, _)| *o < at && (semis || *t != Tok::AutoSemi))
            .nth(n - 1)
            .map(|(_, t, _)| t)
    }

    fn previous(&self, at: usize) -> Option<&Tok> {
        self.previous_n(at, 1, false)
    }

    /// What the innermost open parenthesis before `at` belongs to.
    fn open_paren(&self, at: usize) -> Paren {
        let mut stack: Vec<usize> = Vec::new();
        for (i, (o, t, _)) in self.tokens.iter().enumerate() {
            if *o >= at {
                break;
            }
            match t {
                Tok::LParen | Tok::LBrack | Tok::LBrace => stack.push(i),
                Tok::RParen | Tok::RBrack | Tok::RBrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        let Some(&i) = stack.last() else {
            return Paren::None;
        };
        if self.tokens[i].1 != Tok::LParen {
            return Paren::None;
        }
        let before = |k: usize| i.checked_sub(k).map(|j| &self.tokens[j].1);
        match (before(1), before(2)) {
            (Some(Tok::Var | Tok::Const | Tok::Type | Tok::Import), _) => Paren::Group,
            (Some(Tok::Func), _) | (Some(Tok::Ident(_)), Some(Tok::Func)) => Paren::Parameters,
            (Some(Tok::Ident(_) | Tok::RParen | Tok::RBrack), _) => Paren::Arguments,
            _ => Paren::None,
        }
    }
}

/// The kind of parenthesized list an error is in.
#[derive(PartialEq)]
enum Paren {
    Group,
    Parameters,
    Arguments,
    None,
}

fn syntax_error(
    file: FileId,
    src: &str,
    context: &Context<'_>,
    e: ParseError<usize, Tok, lexer::LexError>,
) -> Option<Diagnostic> {
    match e {
        ParseError::InvalidToken { location } => Some(Diagnostic::error(
            Span::new(file, location..location),
            "syntax error: invalid token",
        )),
        ParseError::UnrecognizedEof { location, .. } => Some(Diagnostic::error(
            Span::new(file, location..location),
            "syntax error: unexpected EOF",
        )),
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            if tok == Tok::Error {
                return None;
            }
            let mut message = format!("syntax error: unexpected {}", tok.describe());
            match go_context(&expected, context, l) {
                Hint::NonDeclaration
                    if tok == Tok::LBrace
                        && context.previous_n(l, 1, true) == Some(&Tok::AutoSemi) =>
                {
                    // A function's `{` on the line after its signature.
                    message = "syntax error: unexpected semicolon or newline before {".to_string()
                }
                Hint::NonDeclaration => {
                    message =
                        "syntax error: non-declaration statement outside function body".to_string()
                }
                Hint::Suffix(hint) => message.push_str(&hint),
                Hint::None => {}
            }
            // An inserted semicolon sits at the end of its line; point there.
            let r = if tok == Tok::AutoSemi { l } else { r };
            let _ = src;
            Some(Diagnostic::error(Span::new(file, l..r), message))
        }
        ParseError::ExtraToken { token: (l, tok, r) } => Some(Diagnostic::error(
            Span::new(file, l..r),
            format!("syntax error: unexpected {}", tok.describe()),
        )),
        ParseError::User {
            error: lexer::LexError::TooDeep(at),
        } => Some(Diagnostic::error(
            Span::new(file, at..at),
            format!(
                "nesting too deep: wexlab reads at most {} levels of nested expressions, types and statements",
                build::MAX_NESTING
            ),
        )),
        ParseError::User {
            error:
                lexer::LexError::NotAValue {
                    at,
                    start,
                    end,
                    assignment,
                },
        } => {
            let text = src
                .get(start..end)
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let what = if assignment {
                format!("assignment {text}")
            } else {
                text
            };
            Some(Diagnostic::error(
                Span::new(file, at..at),
                format!("syntax error: cannot use {what} as value"),
            ))
        }
        ParseError::User {
            error: lexer::LexError::MissingCondition(at),
        } => Some(Diagnostic::error(
            Span::new(file, at..at),
            "syntax error: missing condition in if statement",
        )),
        ParseError::User { .. } => None,
    }
}

/// What follows "syntax error: unexpected X".
enum Hint {
    /// Go's "non-declaration statement outside function body" instead.
    NonDeclaration,
    Suffix(String),
    None,
}

/// Go's parser words an error by where it is, which the tokens the LR
/// parser expected tell: a declaration expected at the top level, an
/// expression expected, the end of a statement or of a top-level
/// declaration, or one or two particular tokens.
fn go_context(expected: &[String], context: &Context<'_>, at: usize) -> Hint {
    let inside_braces = context.inside_braces(at);
    let previous = context.previous(at);
    let names: Vec<&str> = expected
        .iter()
        .map(|e| e.trim_matches('"'))
        .filter(|e| *e != "auto;")
        .collect();
    let has = |n: &str| names.contains(&n);
    if has("func") && has("var") && has("type") && !has("ident") {
        return Hint::NonDeclaration;
    }
    let paren = context.open_paren(at);
    if paren == Paren::Group && has(";") && has(")") {
        return Hint::Suffix(
            " in grouped declaration; possibly missing semicolon or newline or )".to_string(),
        );
    }
    if has(")") && has(",") && !has(";") {
        match paren {
            Paren::Parameters => {
                return Hint::Suffix(" in parameter list; possibly missing comma or )".to_string());
            }
            Paren::Arguments => {
                return Hint::Suffix(" in argument list; possibly missing comma or )".to_string());
            }
            _ => {}
        }
    }
    if has("ident") && has("int") && has("string") && !has(";") {
        return Hint::Suffix(", expected expression".to_string());
    }
    // `type T` with nothing after the name.
    if matches!(previous, Some(Tok::Ident(_)))
        && matches!(context.previous_n(at, 2, false), Some(Tok::Type))
        && !inside_braces
    {
        return Hint::Suffix(" in type declaration".to_string());
    }
    // At the start of a statement inside a block: Go expected the block's end.
    if inside_braces && has("if") && has("for") && has("}") {
        return Hint::Suffix(", expected }".to_string());
    }
    if has(";") {
        if !inside_braces {
            return Hint::Suffix(" after top level declaration".to_string());
        }
        if has("}") {
            return Hint::Suffix(" at end of statement".to_string());
        }
    }
    // Operators that could continue an expression are not what Go names.
    const OPERATORS: &[&str] = &[
        "||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "|", "^", "*", "/", "%", "<<",
        ">>", "&", "&^", ".", "[", "{",
    ];
    let after_keyword = matches!(previous, Some(Tok::Var | Tok::Const | Tok::Type));
    let rest: Vec<String> = names
        .iter()
        .filter(|n| !OPERATORS.contains(n))
        .filter(|n| !(after_keyword && **n == "("))
        .map(|n| match *n {
            ";" => "semicolon or newline".to_string(),
            "ident" => "name".to_string(),
            other => other.to_string(),
        })
        .collect();
    match rest.len() {
        1 => Hint::Suffix(format!(", expected {}", rest[0])),
        2 => Hint::Suffix(format!(", expected {} or {}", rest[0], rest[1])),
        _ => Hint::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(src: &str) -> File {
        let p = parse(FileId(0), src);
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        p.file.expect("a file")
    }

    #[test]
    fn parses_the_subset() {
        let f = parse_ok(
            r#"package main

import "unsafe"

type myInt int32

const (
	a = iota
	b
)

var g, h int64 = 1, 2

//go:wasmexport add
func add(a, b int32) int32 { return a + b*2 - -a }

func loops(n int) (int, bool) {
	s := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 && i != 4 {
			continue
		} else if i > 10 {
			break
		}
		s += i
	}
	for s > 0 {
		s--
	}
	for {
		break
	}
	switch x := s; x {
	case 1, 2:
		s = 3
	default:
	}
	switch {
	case s < 0:
	}
	p := (*int32)(unsafe.Pointer(&g))
	*p = 5
	a, b := b, a
	println("x", float64(s), 'c', 0x1f, 1.5e3)
	return s, true
}
"#,
        );
        assert_eq!(f.decls.len(), 6);
        assert_eq!(f.imports.len(), 1);
    }

    #[test]
    fn unsupported_forms_parse() {
        parse_ok(
            "package main\nfunc f() {\n\tgo f()\n\tdefer f()\n\tx := []int{1, 2}\n\tm := map[string]int{}\n\tfor i := range x {}\n\tg := func() {}\n\t_, _, _, _ = x, m, g, i\n}\n",
        );
    }

    /// The value of `var x = EXPR` in a file of its own.
    fn value(expr: &str) -> ast::Expr {
        let f = parse_ok(&format!("package main\nvar x = {expr}\n"));
        let Some(ast::Decl::Gen(g)) = f.decls.into_iter().next() else {
            panic!("a var declaration");
        };
        let Some(ast::Spec::Value(mut v)) = g.specs.into_iter().next() else {
            panic!("a value spec");
        };
        v.values.remove(0)
    }

    fn chan_dir(e: &ast::Expr) -> Option<(ast::ChanDir, &ast::Expr)> {
        match &e.kind {
            ast::ExprKind::ChanType(d, elem) => Some((*d, elem)),
            _ => None,
        }
    }

    #[test]
    fn a_func_type_takes_the_result_a_type_can_start() {
        // `[]func() *T{}` is a slice of functions returning *T, as in Go.
        let e = value("[]func() *T{}");
        let ast::ExprKind::CompositeLit(Some(ty), _) = &e.kind else {
            panic!("a composite literal: {e:?}");
        };
        let ast::ExprKind::ArrayType { elem, .. } = &ty.kind else {
            panic!("a slice type: {ty:?}");
        };
        let ast::ExprKind::FuncType(f) = &elem.kind else {
            panic!("a func type: {elem:?}");
        };
        assert_eq!(f.results.len(), 1);
        // Without a result, the func type stands alone.
        assert!(matches!(
            value("make(chan func())").kind,
            ast::ExprKind::Call { .. }
        ));
    }

    #[test]
    fn receive_goes_with_the_leftmost_chan() {
        use ast::ChanDir::Recv;
        let e = value("(<-chan <-chan int)(nil)");
        let ast::ExprKind::Call { func, .. } = &e.kind else {
            panic!("a conversion: {e:?}");
        };
        let ast::ExprKind::Paren(t) = &func.kind else {
            panic!("a parenthesized type: {func:?}");
        };
        let (outer, inner) = chan_dir(t).expect("a channel type");
        assert_eq!(outer, Recv);
        assert_eq!(chan_dir(inner).map(|c| c.0), Some(Recv));
        // `<-chan<- chan int` is `<-chan (<-chan int)`.
        let e = value("make(<-chan<- chan int)");
        let ast::ExprKind::Call { args, .. } = &e.kind else {
            panic!("a call: {e:?}");
        };
        let (outer, inner) = chan_dir(&args[0]).expect("a channel type");
        assert_eq!(outer, Recv);
        assert_eq!(chan_dir(inner).map(|c| c.0), Some(Recv));
        // A receive stays one.
        let e = value("<-chan int(c)");
        assert!(matches!(e.kind, ast::ExprKind::Unary(ast::UnOp::Recv, _)));
        let e = value("chan <-chan int(nil)");
        let ast::ExprKind::Call { func, .. } = &e.kind else {
            panic!("a conversion: {e:?}");
        };
        assert_eq!(chan_dir(func).map(|c| c.0), Some(ast::ChanDir::Send));
    }

    #[test]
    fn type_parameters_and_array_lengths_are_told_apart_as_go_does() {
        let type_params = |src: &str| {
            let f = parse_ok(&format!("package main\n{src}\n"));
            match &f.decls[0] {
                ast::Decl::Gen(g) => match g.specs.last() {
                    Some(ast::Spec::Type(t)) => t.type_params.is_some(),
                    _ => panic!("a type spec"),
                },
                _ => panic!("a type declaration"),
            }
        };
        for generic in [
            "type T[P any] int",
            "type T[P *C,] int",
            "type T[P *C | D, Q any] int",
            "type T[K, V any] int",
            "type T[P []E, E any] int",
            "type T[P [2]E] int",
            "type (\n\tA int\n\tT[P []int] struct{}\n)",
            "type T[P C[P]] int",
            "type T[P *[]int] int",
            "type T[P *C | []int] int",
            "type T[P ([]int)] int",
            "type T[P *C | ~int, Q any] int",
        ] {
            assert!(type_params(generic), "{generic}");
        }
        for array in [
            "type T [N]int",
            "type T [N * M]int",
            "type T [P *C]int",
            "type T [P *C | D]int",
            "type T [P(C)]int",
        ] {
            assert!(!type_params(array), "{array}");
        }
    }

    #[test]
    fn composite_literals_of_type_literals_are_allowed_in_headers() {
        parse_ok(
            "package main\nfunc f() {\n\tfor _, x := range []T{{1}} {\n\t}\n\tif f := func() bool { return true }; f() {\n\t}\n\tswitch (T{}) {\n\t}\nL:\n}\n",
        );
    }

    #[test]
    fn syntax_errors_are_reported_and_parsing_goes_on() {
        let p = parse(
            FileId(0),
            "package main\nfunc f() {\n\tx := )\n}\nfunc g() { y := ( }\n",
        );
        assert!(p.diagnostics.len() >= 2, "{:?}", p.diagnostics);
        assert!(
            p.diagnostics[0]
                .message
                .starts_with("syntax error: unexpected )")
        );
    }
}
