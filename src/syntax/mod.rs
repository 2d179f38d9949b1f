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
}

pub fn parse(file: FileId, src: &str) -> Parsed {
    let lexed = lexer::lex(file, src);
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
        };
    }
    let context = Context { tokens: &tokens };
    let mut recovered = Vec::new();
    let result = go::SourceFileParser::new().parse(
        file,
        &mut recovered,
        tokens.iter().cloned().map(Ok::<_, lexer::LexError>),
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
    }
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
