//! Turning rule files into rule sets, with every load-time check the rule
//! language promises, all reported together as `file:line:col: message`.
//!
//! The forms (see rules/README.md for the tutorial):
//!
//! ```text
//! (decl NAME ARITY "what it means")                  an intermediate operator
//! (atom NAME "what it means")                        a constant that terms carry (a tag)
//! (rule NAME [:priority N] LHS => RHS [:when (PRED ARG…)…])
//! (fail NAME LHS "message with {?var}")              what to say when LHS stays unlowered
//! ```
//!
//! Loading runs in stages, each a function from the previous stage's
//! output: [`parse`] (files to forms), [`expand`] (alternations, unique
//! names), [`resolve`] (declarations, then patterns compiled against them),
//! [`check`] (rules that can never fire) and [`index`] (one [`RuleSet`] per
//! schedule). Every stage reports what it finds and goes on, so that one
//! load reports every problem.

pub mod cache;
mod check;
mod expand;
mod index;
mod parse;
mod resolve;

use std::fmt;

pub use index::RuleSet;
pub use resolve::{CondArg, Condition, Decl, FailRule, Rule};

use super::schedule::{Group, Rules};
use super::sexp::Pos;

/// One rule file's text and the path to show in messages.
#[derive(Clone, Debug)]
pub struct RuleFile {
    pub path: String,
    pub text: String,
}

/// A problem in a rule file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct RuleError {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

/// Everything wrong with a rule set, in file and position order.
#[derive(Debug, Clone, thiserror::Error)]
pub struct LoadErrors(pub Vec<RuleError>);

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Where a rule was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl Origin {
    fn problem(&self, message: String) -> RuleError {
        RuleError {
            file: self.file.clone(),
            line: self.line,
            col: self.col,
            message,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The problems found so far, and the file being read.
#[derive(Default)]
struct Errors {
    list: Vec<RuleError>,
    /// What does not stop the load: a rule nothing can reach is dead text,
    /// as after deleting a step from a copy of a shipped folder.
    warnings: Vec<RuleError>,
    file: String,
}

impl Errors {
    fn in_file(&mut self, file: &str) -> &mut Errors {
        file.clone_into(&mut self.file);
        self
    }

    fn error(&mut self, pos: Pos, message: String) {
        let at = self.origin(pos);
        self.error_at(&at, message);
    }

    fn error_at(&mut self, origin: &Origin, message: String) {
        self.list.push(origin.problem(message));
    }

    fn warn_at(&mut self, origin: &Origin, message: String) {
        self.warnings.push(origin.problem(message));
    }

    fn origin(&self, pos: Pos) -> Origin {
        Origin {
            file: self.file.clone(),
            line: pos.line,
            col: pos.col,
        }
    }

    /// The warnings, or the errors: each in file and position order, once.
    fn into_result(self) -> Result<Vec<RuleError>, LoadErrors> {
        if self.list.is_empty() {
            return Ok(in_order(self.warnings));
        }
        Err(LoadErrors(in_order(self.list)))
    }
}

fn in_order(mut list: Vec<RuleError>) -> Vec<RuleError> {
    list.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    list.dedup();
    list
}

/// Loads the rule sets from their files (in the order given; order never
/// decides which rule wins — priorities do). `name` is what the user chose
/// (`go`, `seed`, a path), for messages.
pub fn load(name: &str, groups: &[(Group, &[RuleFile])]) -> Result<Rules, LoadErrors> {
    let cached = cache::Entry::of(name, groups);
    let (resolved, warnings) = match cached.as_ref().and_then(cache::Entry::read) {
        Some(stored) => stored,
        None => {
            let (resolved, warnings) = load_fresh(groups)?;
            if let Some(entry) = &cached {
                entry.write(&resolved, &warnings);
            }
            (resolved, warnings)
        }
    };
    let mut rules = index::index(name, &resolved);
    rules.warnings = warnings;
    rules.cache_key = cached.map(|entry| entry.key());
    Ok(rules)
}

fn load_fresh(
    groups: &[(Group, &[RuleFile])],
) -> Result<(resolve::Resolved, Vec<RuleError>), LoadErrors> {
    let mut errors = Errors::default();
    let forms = parse::parse(groups, &mut errors);
    let expanded = expand::expand(forms, &mut errors);
    let resolved = resolve::resolve(expanded, &mut errors);
    check::never_fire(&resolved, &mut errors);
    let warnings = errors.into_result()?;
    Ok((resolved, warnings))
}

/// `{?name}` placeholders in a fail message.
pub fn message_vars(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find("{?") {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}
