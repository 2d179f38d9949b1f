//! Which of the runtime's function bodies a build reads.
//!
//! The runtime is a package of some 170 functions, and a small program
//! reaches a dozen of them; parsing and checking all the others was half of
//! a small build (issue #15). So a build may leave bodies out: the runtime's
//! files are lexed once per process and outlined (every top-level function,
//! the token range of its body, the names its body spells), and a build
//! keeps the bodies of the functions *wanted* — the names its program
//! spells, the names the runtime spells outside function bodies, `init`,
//! and whatever those bodies name in turn. A function left out is parsed
//! as declared without a body; if lowering then calls one, the driver
//! builds again with it wanted (`driver::build`).
//!
//! Leaving out a body must never change the module: what the build emits
//! comes only from the functions it reaches, and everything they name is
//! kept. tests/runtime_subset.rs builds every corpus program both ways and
//! compares the bytes.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashMap as HashMap;

use crate::diag::FileId;
use crate::syntax::lexer::{self, Lexed, Tok};
use crate::syntax::{self, LeftOut, Parsed};

/// Function names: a name wants every function and method so named.
pub type Names = BTreeSet<String>;

/// The runtime's files, lexed and outlined.
pub struct Outline {
    files: Vec<FileOutline>,
    /// The names spelled outside every function body (variable
    /// initializers, types): always wanted.
    outside: Names,
    /// For each function name, the names its bodies spell.
    refs: HashMap<String, Names>,
}

struct FileOutline {
    lexed: Lexed,
    funcs: Vec<FuncOutline>,
}

struct FuncOutline {
    name: String,
    body: LeftOut,
}

/// The outline of the runtime's files as `FileId(0)`, `FileId(1)`, … (their
/// ids in every session, where they come first).
pub fn outline() -> &'static Outline {
    static OUTLINE: OnceLock<Outline> = OnceLock::new();
    OUTLINE.get_or_init(|| {
        let files: Vec<(usize, &str)> = super::SOURCES
            .iter()
            .enumerate()
            .map(|(i, (_, text))| (i, *text))
            .collect();
        let lexed = crate::parallel::map(files, |(i, text)| lexer::lex(FileId(i as u32), text));
        Outline::of(lexed)
    })
}

impl Outline {
    fn of(lexed: Vec<Lexed>) -> Outline {
        let mut outside = Names::new();
        let mut refs: HashMap<String, Names> = HashMap::default();
        let mut files = Vec::new();
        for lexed in lexed {
            let mut funcs = Vec::new();
            let tokens = &lexed.tokens;
            let mut i = 0;
            let mut depth = 0usize;
            while i < tokens.len() {
                if depth == 0
                    && tokens[i].1 == Tok::Func
                    && starts_declaration(tokens, i)
                    && let Some(f) = function_at(tokens, i)
                {
                    refs.entry(f.name.clone())
                        .or_default()
                        .extend(names(&tokens[f.body.tokens.clone()]));
                    i = f.body.tokens.end;
                    funcs.push(f);
                    continue;
                }
                match &tokens[i].1 {
                    Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                    Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
                    Tok::Ident(s) => {
                        outside.insert(s.clone());
                    }
                    _ => {}
                }
                i += 1;
            }
            files.push(FileOutline { lexed, funcs });
        }
        outside.insert("init".to_string());
        Outline {
            files,
            outside,
            refs,
        }
    }

    /// `wanted` and every function name their bodies spell, transitively,
    /// with the names always wanted.
    pub fn closure(&self, wanted: &Names) -> Names {
        let mut kept = Names::new();
        let mut work: Vec<&str> = wanted
            .iter()
            .chain(&self.outside)
            .map(String::as_str)
            .collect();
        while let Some(name) = work.pop() {
            let Some(spelled) = self.refs.get(name) else {
                continue;
            };
            if kept.insert(name.to_string()) {
                work.extend(spelled.iter().map(String::as_str));
            }
        }
        kept
    }

    /// Whether `name` names a function of the runtime.
    pub fn has_function(&self, name: &str) -> bool {
        self.refs.contains_key(name)
    }

    /// The function name (a method's own name) by which a unit's linker
    /// symbol (`runtime.printint`, `runtime.(*Pinner).Pin$direct`) is
    /// wanted, if it is one of the runtime's functions with a body.
    pub fn function_of<'s>(&self, symbol: &'s str) -> Option<&'s str> {
        let symbol = symbol.strip_prefix("runtime.")?;
        let symbol = symbol.strip_suffix("$direct").unwrap_or(symbol);
        let name = symbol.rsplit('.').next()?;
        self.has_function(name).then_some(name)
    }

    /// The runtime's files parsed with the bodies of the functions that
    /// `kept` (a [`closure`](Self::closure)) does not name left out. The
    /// last few are kept for the builds of the process that keep the same
    /// (the tests and fuzzers build thousands of programs).
    pub fn parse(&self, kept: &Names) -> Arc<Vec<Parsed>> {
        static RECENT: Mutex<Vec<(Names, Arc<Vec<Parsed>>)>> = Mutex::new(Vec::new());
        const KEPT: usize = 8;
        if let Ok(mut recent) = RECENT.lock()
            && let Some(at) = recent.iter().position(|(k, _)| k == kept)
        {
            let hit = recent.remove(at);
            let parsed = Arc::clone(&hit.1);
            recent.insert(0, hit);
            return parsed;
        }
        let parsed = Arc::new(self.parse_leaving_out(kept));
        if let Ok(mut recent) = RECENT.lock() {
            recent.insert(0, (kept.clone(), Arc::clone(&parsed)));
            recent.truncate(KEPT);
        }
        parsed
    }

    fn parse_leaving_out(&self, kept: &Names) -> Vec<Parsed> {
        let files: Vec<(usize, &FileOutline)> = self.files.iter().enumerate().collect();
        crate::parallel::map(files, |(i, file)| {
            let left_out: Vec<LeftOut> = file
                .funcs
                .iter()
                .filter(|f| !kept.contains(&f.name))
                .map(|f| f.body.clone())
                .collect();
            let text = super::SOURCES[i].1;
            syntax::parse_leaving_out(FileId(i as u32), text, file.lexed.clone(), &left_out)
        })
    }
}

/// Whether the `func` at `i` begins a top-level declaration (rather than a
/// function literal in a variable's initializer).
fn starts_declaration(tokens: &[(usize, Tok, usize)], i: usize) -> bool {
    i == 0 || matches!(tokens[i - 1].1, Tok::Semi | Tok::AutoSemi)
}

/// The function declared at `i`: its name (a method's own name) and its
/// body, from the `{` to the `}` before the semicolon that ends the
/// declaration. `None` for a function without a body.
fn function_at(tokens: &[(usize, Tok, usize)], i: usize) -> Option<FuncOutline> {
    let mut j = i + 1;
    if tokens.get(j)?.1 == Tok::LParen {
        j = past_group(tokens, j)?;
    }
    let (name_at, Tok::Ident(name), _) = tokens.get(j)? else {
        return None;
    };
    // The declaration ends at the first semicolon outside brackets.
    let mut depth = 0usize;
    let mut end = j + 1;
    while end < tokens.len() {
        match tokens[end].1 {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.checked_sub(1)?,
            Tok::Semi | Tok::AutoSemi if depth == 0 => break,
            _ => {}
        }
        end += 1;
    }
    if tokens.get(end - 1)?.1 != Tok::RBrace {
        return None;
    }
    let open = group_start(tokens, end - 1)?;
    Some(FuncOutline {
        name: name.clone(),
        body: LeftOut {
            tokens: open..end,
            name_at: *name_at,
        },
    })
}

/// The index after the bracket group that opens at `open`.
fn past_group(tokens: &[(usize, Tok, usize)], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, (_, t, _)) in tokens.iter().enumerate().skip(open) {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The index of the `{` that the `}` at `close` closes.
fn group_start(tokens: &[(usize, Tok, usize)], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for k in (0..=close).rev() {
        match tokens[k].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (tokens[k].1 == Tok::LBrace).then_some(k);
                }
            }
            _ => {}
        }
    }
    None
}

fn names(tokens: &[(usize, Tok, usize)]) -> impl Iterator<Item = String> + '_ {
    tokens.iter().filter_map(|(_, t, _)| match t {
        Tok::Ident(s) => Some(s.clone()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outline finds every function the parser finds with a body, and
    /// the same body.
    #[test]
    fn bodies_are_the_parsers() {
        let outline = outline();
        for (i, (path, text)) in crate::runtime::SOURCES.iter().enumerate() {
            let parsed = syntax::parse(FileId(i as u32), text);
            let file = parsed.file.as_ref().expect("the runtime parses");
            let mut from_parser = Vec::new();
            for d in &file.decls {
                if let crate::syntax::ast::Decl::Func(f) = d
                    && let Some(body) = &f.body
                {
                    from_parser.push((f.name.span.start as usize, body.lbrace.start as usize));
                }
            }
            let tokens = &outline.files[i].lexed.tokens;
            let from_outline: Vec<(usize, usize)> = outline.files[i]
                .funcs
                .iter()
                .map(|f| (f.body.name_at, tokens[f.body.tokens.start].0))
                .collect();
            assert_eq!(from_outline, from_parser, "{path}");
        }
    }

    #[test]
    fn a_function_brings_what_its_body_names() {
        let outline = outline();
        let kept = outline.closure(&Names::from(["printstring".to_string()]));
        assert!(kept.contains("printstring"));
        assert!(kept.contains("write"), "{kept:?}");
        assert!(!kept.contains("mapassign"), "{kept:?}");
    }
}
