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
pub struct Parsed {
    pub file: Option<File>,
    pub directives: Vec<Directive>,
    /// Start offsets of all tokens, for finding what follows a directive.
    pub token_starts: Vec<(usize, Tok)>,
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
    let token_starts: Vec<(usize, Tok)> = lexed
        .tokens
        .iter()
        .filter(|(_, t, _)| *t != Tok::AutoSemi)
        .map(|(s, t, _)| (*s, t.clone()))
        .collect();
    let mut recovered = Vec::new();
    let tokens = lexed.tokens.into_iter().map(Ok::<_, lexer::LexError>);
    let result = go::SourceFileParser::new().parse(file, &mut recovered, tokens);
    // Lexical errors were reported already; don't report their tokens twice.
    let lex_error_at: Vec<u32> = lexical.iter().map(|d| d.span.start).collect();
    for r in recovered {
        if let Some(d) = syntax_error(file, src, r.error)
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
            if let Some(d) = syntax_error(file, src, e)
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
        token_starts,
        diagnostics: diagnostics
            .into_iter()
            .map(|d| d.in_phase(crate::diag::Phase::Syntax))
            .chain(lexical)
            .collect(),
    }
}

fn syntax_error(
    file: FileId,
    src: &str,
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
            if l == 0 && !matches!(tok, Tok::Package) {
                message = "syntax error: package statement must be first".to_string();
            } else if let Some(hint) = expected_hint(&expected) {
                message.push_str(", expected ");
                message.push_str(&hint);
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
        ParseError::User { .. } => None,
    }
}

/// "expected X" only when the grammar expected one or two things; longer
/// lists help nobody.
fn expected_hint(expected: &[String]) -> Option<String> {
    let names: Vec<String> = expected
        .iter()
        .map(|e| e.trim_matches('"').to_string())
        .filter(|e| e != "auto;")
        .map(|e| match e.as_str() {
            ";" => "semicolon or newline".to_string(),
            "ident" => "name".to_string(),
            _ => e,
        })
        .collect();
    match names.len() {
        1 => Some(names[0].clone()),
        2 => Some(format!("{} or {}", names[0], names[1])),
        _ => None,
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
