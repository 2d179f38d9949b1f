//! Errorcheck files, as in Go's test/ tree: `// ERROR "regexp"…` (and
//! `// WARNING "regexp"…`) comments on the lines where diagnostics are
//! expected. Every regexp must match a diagnostic of its kind on its line,
//! and every diagnostic must be expected. The comments are removed before
//! compiling, so that they never change a directive's text.

use regex_lite::Regex;

use crate::diag::{Severity, SourceMap};
use crate::driver::Session;

/// One expectation: the regexps of a `// ERROR "re"…` (or `// WARNING
/// "re"…`) comment, and its line.
#[derive(Debug)]
pub struct Expect {
    pub line: u32,
    pub warning: bool,
    pub patterns: Vec<String>,
}

/// Where a line's `// ERROR` or `// WARNING` comment starts, if it has one.
fn expectation_at(line: &str) -> Option<(usize, &'static str)> {
    ["// ERROR", "// WARNING"]
        .iter()
        .filter_map(|k| line.find(k).map(|at| (at, *k)))
        .min()
}

/// Whether a file is an errorcheck file: it expects some error.
pub fn expects_errors(text: &str) -> bool {
    text.lines()
        .any(|line| matches!(expectation_at(line), Some((_, "// ERROR"))))
}

/// The expectations of a file, and its text without them.
pub fn expectations(text: &str) -> (Vec<Expect>, String) {
    let mut expects = Vec::new();
    let mut stripped = String::new();
    for (i, line) in text.split('\n').enumerate() {
        let Some((at, keyword)) = expectation_at(line) else {
            stripped.push_str(line);
            stripped.push('\n');
            continue;
        };
        let rest = &line[at + keyword.len()..];
        let patterns = rest
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        expects.push(Expect {
            line: i as u32 + 1,
            warning: keyword == "// WARNING",
            patterns,
        });
        stripped.push_str(&line[..at]);
        stripped.push('\n');
    }
    stripped.pop();
    (expects, stripped)
}

/// The text Go must see: expectation comments removed only where they would
/// change what Go reads, that is after a `//go:` directive on the same line
/// (a directive's text runs to the end of its line, so Go would take the
/// comment as more fields). Elsewhere they are ordinary comments.
pub fn without_directive_expectations(text: &str) -> String {
    text.split('\n')
        .map(|line| match expectation_at(line) {
            Some((at, _)) if line[..at].contains("//go:") => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What is wrong with the diagnostics of `session` against `expects`
/// (all in one file): each expected regexp no diagnostic matched, each bad
/// regexp, each diagnostic no regexp expected. Empty when they agree.
pub fn problems(session: &Session, expects: &[Expect]) -> Vec<String> {
    let mut got = printed(session);
    let mut problems = Vec::new();
    for e in expects {
        for p in &e.patterns {
            let re = match Regex::new(p) {
                Ok(r) => r,
                Err(err) => {
                    problems.push(format!("line {}: bad regexp {p:?}: {err}", e.line));
                    continue;
                }
            };
            let hit = got.iter_mut().find(|d| {
                d.line == e.line && d.warning == e.warning && !d.used && re.is_match(&d.message)
            });
            match hit {
                Some(d) => d.used = true,
                None => problems.push(format!(
                    "line {}: no {} matches {p:?}",
                    e.line,
                    kind(e.warning)
                )),
            }
        }
    }
    for d in got.iter().filter(|d| !d.used) {
        problems.push(format!(
            "line {}: unexpected {}: {}",
            d.line,
            kind(d.warning),
            d.message
        ));
    }
    problems
}

fn kind(warning: bool) -> &'static str {
    if warning { "warning" } else { "error" }
}

/// A diagnostic as the expectations see it.
struct Printed {
    line: u32,
    warning: bool,
    message: String,
    /// Matched by an expectation already.
    used: bool,
}

fn printed(session: &Session) -> Vec<Printed> {
    let sources: &SourceMap = &session.sources;
    session
        .diagnostics
        .printed(sources)
        .into_iter()
        .map(|d| Printed {
            line: sources.file(d.span.file).line_col(d.span.start).0,
            warning: d.severity == Severity::Warning,
            message: d.message,
            used: false,
        })
        .collect()
}
