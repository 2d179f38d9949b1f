//! The part of a program the wrappers need, cut out of its source: with
//! `--bodies go` the Go toolchain compiles the program, and wexlab's front
//! end reads only what the `//go:wasmexport` and `//go:wasmimport`
//! signatures need, so that a valid program using anything outside wexlab's
//! subset still builds.
//!
//! Each file keeps its package clause, its imports of `unsafe` and
//! `structs`, the directive functions (their bodies replaced by a stub),
//! `func main`, and the type and constant declarations those signatures
//! name, directly or not. Everything else is blanked: replaced by spaces,
//! newlines kept, so that every kept token stays at its line and column and
//! the front end's diagnostics point into the user's file.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::diag::FileId;
use crate::driver::SourceInput;
use crate::syntax::{self, ast, lexer::Tok};

/// A signature that names a type of another package: wexlab would have to
/// read that package to lay the type out, and does not guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignType {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub name: String,
}

impl std::error::Error for ForeignType {}

impl std::fmt::Display for ForeignType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {} is declared in another package: with --bodies go, wexlab types a wasmexport or wasmimport signature from the package's own source and cannot lay this type out (declare the type in package main)",
            self.path, self.line, self.column, self.name
        )
    }
}

/// What the front end reads in place of the user's files.
pub enum Cut {
    /// The files, cut down to what the signatures need.
    Sources(Vec<SourceInput>),
    /// A file does not parse: the Go toolchain reports it in its own words.
    SyntaxErrors,
}

/// Cuts each file down to what the directive signatures need.
pub fn cut(inputs: &[SourceInput]) -> Result<Cut, ForeignType> {
    let parsed: Vec<syntax::Parsed> = inputs
        .iter()
        .map(|i| syntax::parse(FileId(0), &i.text))
        .collect();
    if parsed
        .iter()
        .any(|p| p.file.is_none() || has_syntax_error(p))
    {
        return Ok(Cut::SyntaxErrors);
    }
    let files: Vec<&ast::File> = parsed.iter().filter_map(|p| p.file.as_ref()).collect();
    let mut keep: Vec<Keep> = parsed.iter().map(|_| Keep::default()).collect();
    // Where a kept declaration's names are still to be looked at.
    let mut todo: Vec<(usize, usize, usize)> = Vec::new();
    for (f, (p, file)) in parsed.iter().zip(&files).enumerate() {
        for (start, end) in keep[f].roots(p, file) {
            todo.push((f, start, end));
        }
    }
    keep_named(inputs, &parsed, &files, &mut keep, todo)?;
    let sources = inputs
        .iter()
        .zip(&keep)
        .map(|(input, k)| SourceInput {
            path: input.path.clone(),
            text: k.apply(&input.text),
        })
        .collect();
    Ok(Cut::Sources(sources))
}

/// Keeps the type and constant declarations the kept ranges in `todo`
/// name, and those they name in turn. A declaration is kept whole (a
/// constant group with `iota` means nothing in parts).
fn keep_named(
    inputs: &[SourceInput],
    parsed: &[syntax::Parsed],
    files: &[&ast::File],
    keep: &mut [Keep],
    mut todo: Vec<(usize, usize, usize)>,
) -> Result<(), ForeignType> {
    let declared = declared(files);
    let mut kept: HashSet<(usize, usize)> = HashSet::default();
    while let Some((f, start, end)) = todo.pop() {
        let names = names_in(&parsed[f].tokens, start, end, &keep[f].std_names)
            .map_err(|(at, name)| ForeignType::at(&inputs[f], at, name))?;
        for name in names {
            let Some(&(df, decl)) = declared.get(name.as_str()) else {
                continue;
            };
            if kept.insert((df, decl))
                && let ast::Decl::Gen(g) = &files[df].decls[decl]
            {
                keep[df].ranges.push(range(g.span));
                todo.push((df, g.span.start as usize, g.span.end as usize));
            }
        }
    }
    Ok(())
}

impl ForeignType {
    /// At byte `at` of a file: Go's line and column (in bytes, from 1).
    fn at(input: &SourceInput, at: usize, name: String) -> ForeignType {
        let before = &input.text.as_bytes()[..at.min(input.text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        ForeignType {
            path: input.path.clone(),
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column: at - line_start + 1,
            name,
        }
    }
}

fn has_syntax_error(p: &syntax::Parsed) -> bool {
    p.diagnostics.iter().any(|d| {
        d.phase == crate::diag::Phase::Syntax && d.severity == crate::diag::Severity::Error
    })
}

fn range(span: crate::diag::Span) -> (usize, usize) {
    (span.start as usize, span.end as usize)
}

fn is_wasm_directive(text: &str) -> bool {
    let name = text.split_whitespace().next().unwrap_or("");
    matches!(name, "go:wasmexport" | "go:wasmimport")
}

/// Whether a wasm directive stands between the previous declaration and
/// this function: Go attaches it to the function.
fn has_wasm_directive(p: &syntax::Parsed, decls: &[ast::Decl], func: &ast::FuncDecl) -> bool {
    let start = func.span.start;
    let previous_end = decls
        .iter()
        .map(|d| d.span().end)
        .filter(|&e| e <= start)
        .max()
        .unwrap_or(0);
    p.directives
        .iter()
        .any(|d| is_wasm_directive(&d.text) && d.span.start >= previous_end && d.span.end <= start)
}

/// The package-level type and constant declarations, by name: (file,
/// declaration).
fn declared<'f>(files: &[&'f ast::File]) -> HashMap<&'f str, (usize, usize)> {
    let mut out = HashMap::default();
    for (f, file) in files.iter().enumerate() {
        for (d, decl) in file.decls.iter().enumerate() {
            let ast::Decl::Gen(g) = decl else { continue };
            for spec in &g.specs {
                match (g.kind, spec) {
                    (ast::GenKind::Type, ast::Spec::Type(t)) => {
                        out.insert(t.name.name.as_str(), (f, d));
                    }
                    (ast::GenKind::Const, ast::Spec::Value(v)) => {
                        for n in &v.names {
                            out.insert(n.name.as_str(), (f, d));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// The names a kept range spells, for the declarations they need. A
/// qualified name `pkg.T` of a package other than `unsafe` and `structs`
/// is a type of another package: its offset and text are the error.
fn names_in(
    tokens: &[(usize, Tok, usize)],
    start: usize,
    end: usize,
    std_names: &HashSet<String>,
) -> Result<Vec<String>, (usize, String)> {
    let inside: Vec<&(usize, Tok, usize)> = tokens
        .iter()
        .filter(|(s, _, e)| *s >= start && *e <= end)
        .collect();
    let mut out = Vec::new();
    for (i, (at, tok, _)) in inside.iter().enumerate() {
        let Tok::Ident(name) = tok else { continue };
        let after_dot = i > 0 && matches!(inside[i - 1].1, Tok::Dot);
        if after_dot {
            continue;
        }
        let before_dot = matches!(inside.get(i + 1), Some((_, Tok::Dot, _)));
        if before_dot && !std_names.contains(name) {
            let member = match inside.get(i + 2) {
                Some((_, Tok::Ident(m), _)) => m.clone(),
                _ => String::new(),
            };
            return Err((*at, format!("{name}.{member}")));
        }
        out.push(name.clone());
    }
    Ok(out)
}

/// What one file keeps.
#[derive(Default)]
struct Keep {
    /// Byte ranges kept as they are.
    ranges: Vec<(usize, usize)>,
    /// Function bodies replaced: (start, end, stub).
    stubs: Vec<(usize, usize, &'static str)>,
    /// Local names of the file's `unsafe` and `structs` imports.
    std_names: HashSet<String>,
    /// Uses appended at the end of the file, so that an import the kept
    /// code no longer uses is not reported as unused.
    uses: Vec<String>,
}

impl Keep {
    /// Keeps what every cut keeps of a file: the package clause, the wasm
    /// directives, the imports of `unsafe` and `structs`, the directive
    /// functions' signatures and `func main`, bodies stubbed. Returns the
    /// signatures, whose names lead to the declarations to keep.
    fn roots(&mut self, p: &syntax::Parsed, file: &ast::File) -> Vec<(usize, usize)> {
        let clause = p.tokens.iter().find(|(_, t, _)| matches!(t, Tok::Package));
        if let Some((start, _, _)) = clause {
            self.ranges.push((*start, file.package.span.end as usize));
        }
        for d in &p.directives {
            // The span starts after the `//`.
            if is_wasm_directive(&d.text) {
                self.ranges
                    .push((d.span.start as usize - 2, d.span.end as usize));
            }
        }
        let mut signatures = Vec::new();
        for decl in &file.decls {
            match decl {
                ast::Decl::Func(func) if has_wasm_directive(p, &file.decls, func) => {
                    let signature = (func.span.start as usize, func.sig.span.end as usize);
                    self.ranges.push(signature);
                    signatures.push(signature);
                    if let Some(body) = &func.body {
                        self.stub(body, !func.sig.results.is_empty());
                    }
                }
                ast::Decl::Func(func) if func.recv.is_none() && func.name.name == "main" => {
                    self.ranges
                        .push((func.span.start as usize, func.sig.span.end as usize));
                    if let Some(body) = &func.body {
                        self.stub(body, false);
                    }
                }
                ast::Decl::Gen(g) if g.kind == ast::GenKind::Import => self.imports(g),
                _ => {}
            }
        }
        signatures
    }

    /// A body that does nothing, valid whatever the results: the front end
    /// needs the signature only, and Go compiles the real body.
    fn stub(&mut self, body: &ast::Block, has_results: bool) {
        let stub = if has_results { "{for{}}" } else { "{}" };
        self.stubs
            .push((body.lbrace.start as usize, body.rbrace.end as usize, stub));
    }

    /// Keeps the imports of `unsafe` and `structs`, blanks the others.
    fn imports(&mut self, g: &ast::GenDecl) {
        let std: Vec<&ast::Import> = g
            .specs
            .iter()
            .filter_map(|s| match s {
                ast::Spec::Import(i) if matches!(i.path.as_str(), "unsafe" | "structs") => Some(i),
                _ => None,
            })
            .collect();
        if std.is_empty() {
            return;
        }
        let (start, end) = range(g.span);
        let spec_start =
            |i: &ast::Import| i.name.as_ref().map_or(i.path_span.start, |n| n.span.start);
        // The header: `import`, or `import (` up to the first spec; and a
        // group's `)`.
        let first = g.specs.iter().filter_map(|s| match s {
            ast::Spec::Import(i) => Some(spec_start(i)),
            _ => None,
        });
        self.ranges
            .push((start, first.min().map_or(start, |s| s as usize)));
        if g.grouped {
            self.ranges.push((end - 1, end));
        }
        for i in std {
            self.ranges
                .push((spec_start(i) as usize, i.path_span.end as usize));
            let local = match &i.name {
                Some(n) => n.name.clone(),
                None => i.path.clone(),
            };
            if local != "_" && local != "." {
                let member = if i.path == "unsafe" {
                    "Pointer"
                } else {
                    "HostLayout"
                };
                self.uses.push(format!("var _ {local}.{member}"));
            }
            self.std_names.insert(local);
        }
    }

    /// The file's text with only the kept parts left.
    fn apply(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        let mut kept = vec![false; bytes.len()];
        for &(s, e) in &self.ranges {
            for k in kept.iter_mut().take(e.min(bytes.len())).skip(s) {
                *k = true;
            }
        }
        let mut out: Vec<u8> = bytes
            .iter()
            .zip(&kept)
            .map(|(&b, &k)| if k || b == b'\n' { b } else { b' ' })
            .collect();
        // Later stubs first: a stub longer than its body shifts what follows.
        let mut stubs = self.stubs.clone();
        stubs.sort_by_key(|s| std::cmp::Reverse(s.0));
        for (s, e, stub) in stubs {
            let mut replacement: Vec<u8> = stub.as_bytes().to_vec();
            replacement.extend(
                bytes[s..e]
                    .iter()
                    .skip(stub.len())
                    .map(|&b| if b == b'\n' { b'\n' } else { b' ' }),
            );
            out.splice(s..e, replacement);
        }
        let mut text = String::from_utf8(out).unwrap_or_default();
        for u in &self.uses {
            text.push('\n');
            text.push_str(u);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut_one(text: &str) -> String {
        let input = SourceInput {
            path: "main.go".to_string(),
            text: text.to_string(),
        };
        match cut(&[input]) {
            Ok(Cut::Sources(s)) => s[0].text.clone(),
            Ok(Cut::SyntaxErrors) => "syntax errors".to_string(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn keeps_signatures_and_their_types_blanks_the_rest() {
        let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"structs\"\n)\n\ntype P struct {\n\t_ structs.HostLayout\n\tX Len\n}\n\ntype Len [N]int32\n\nconst N = 4\n\ntype unused struct{ m map[string]int }\n\n//go:wasmexport f\nfunc f(p *P) int32 { fmt.Println(p); return 1 }\n\nfunc helper() { go func() {}() }\n\nfunc main() { helper() }\n";
        let cut = cut_one(text);
        for kept in [
            "type P struct {",
            "type Len [N]int32",
            "const N = 4",
            "//go:wasmexport f",
            "func f(p *P) int32 {for{}}",
            "func main() {}",
            "var _ structs.HostLayout",
        ] {
            assert!(cut.contains(kept), "{kept} is missing from\n{cut}");
        }
        for gone in ["fmt", "unused", "helper", "go func"] {
            assert!(!cut.contains(gone), "{gone} is still in\n{cut}");
        }
        // Every kept token is where it was.
        let at = |s: &str, t: &str| s.find(t).unwrap();
        assert_eq!(at(&cut, "func f("), at(text, "func f("));
    }

    #[test]
    fn a_type_of_another_package_is_an_error_at_its_position() {
        let text = "package main\n\nimport \"time\"\n\n//go:wasmexport f\nfunc f(d *time.Duration) {}\n\nfunc main() {}\n";
        assert_eq!(
            cut_one(text),
            "main.go:6:11: time.Duration is declared in another package: with --bodies go, wexlab types a wasmexport or wasmimport signature from the package's own source and cannot lay this type out (declare the type in package main)"
        );
    }

    #[test]
    fn a_file_that_does_not_parse_is_left_to_go() {
        assert_eq!(cut_one("package main\nfunc {"), "syntax errors");
    }
}
