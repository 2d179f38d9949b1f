//! Diagnostics compared with Go 1.27.3's: every program of
//! tests/corpus/errors/ and tests/corpus/valid/ is built by Go
//! (`-gcflags=-e`, so that it prints every error, GOOS=wasip1 GOARCH=wasm,
//! c-shared unless a `// run: exe` line says otherwise, in a module of its
//! own) and by wexlab, from the same text, and the `file:line:col: message`
//! lines are compared under the rules of docs/directives.md:
//!
//! 1. Directive diagnostics (docs/directives.md, "Go's messages": usage, misplaced, method,
//!    unsupported parameter/result type, too many return values, argument
//!    too large, wasmimport with a body, missing function body) must agree
//!    exactly — same line, column and text — both ways: each one Go prints,
//!    wexlab prints, and wexlab prints none Go does not. This holds in every
//!    file, `wexlab_*.go` included.
//! 2. Other errors, outside `wexlab_*.go`: for each error Go prints, wexlab
//!    must print an error on the same line, and wexlab must print no error
//!    on a line where Go prints none. The wording may differ (docs/directives.md:
//!    only the line must match) — such differences, and column differences, are
//!    listed but do not fail — except where the file's `// ERROR` regexps for
//!    that line match wexlab's message and not Go's: there the corpus claims
//!    Go's wording, and the claim is checked. After a file's first syntax
//!    error the two parsers recover differently (Go's is recursive descent,
//!    wexlab's LR): syntax errors on later lines are listed, not compared.
//! 3. `wexlab_*.go` are the cases where Go is silent, cryptic or crashes
//!    (docs/directives.md's wexlab decisions, features wexlab leaves out): Go's output
//!    must not hold wexlab's own message (each `// ERROR` regexp of the file
//!    that is not a directive diagnostic must match no Go diagnostic), and
//!    a file that expects only "not supported by wexlab" errors must build
//!    with Go. That wexlab prints them is tests/errors.rs's business.
//! 4. Programs of tests/corpus/valid/ must build with Go, without a word.
//!
//! Go sees the file as written, except `// ERROR` comments that follow a
//! `//go:` directive on its line: a directive's text runs to the end of the
//! line, so Go would read the comment as more fields (checked below). wexlab
//! is given the same text as Go.
//!
//! Each file is a trial: `cargo test --test oracle_errors NAME` compares the
//! files whose trial name (`oracle_errors::errors/FILE.go`) contains NAME.

mod common;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use libtest_mimic::{Arguments, Trial};
use regex_lite::Regex;
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;

/// The table of docs/directives.md: the directive diagnostics wexlab must print exactly as Go.
const DIRECTIVE_MESSAGES: &[&str] = &[
    r"^usage: //go:wasmexport exportname$",
    r"^usage: //go:wasmimport importmodule importname$",
    r"^misplaced go:wasm(export|import) directive$",
    r"^misplaced compiler directive$",
    r"^cannot use //go:wasmexport on a method$",
    r"^go:wasm(export|import): unsupported (parameter|result) type \S.*$",
    r"^go:wasm(export|import): too many return values$",
    r"^wasmexport function argument too large$",
    r"^can only use //go:wasmimport with external func implementations$",
    r"^missing function body$",
];

fn is_directive_message(message: &str) -> bool {
    static RES: std::sync::OnceLock<Vec<Regex>> = std::sync::OnceLock::new();
    let first = message.lines().next().unwrap_or("");
    RES.get_or_init(|| {
        DIRECTIVE_MESSAGES
            .iter()
            .map(|r| Regex::new(r).unwrap())
            .collect()
    })
    .iter()
    .any(|r| r.is_match(first))
}

/// One diagnostic: position and text (continuation lines included, paths
/// without Go's `./`).
#[derive(Clone, Debug, PartialEq)]
struct Diag {
    line: u32,
    col: u32,
    message: String,
    warning: bool,
}

impl Diag {
    fn first_line(&self) -> &str {
        self.message.lines().next().unwrap_or("")
    }
}

impl std::fmt::Display for Diag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = self.message.replace('\n', "\n              ");
        write!(f, "{}:{}: {msg}", self.line, self.col)
    }
}

/// Reads `FILE:LINE:COL: message` lines (Go's or wexlab's) about `file`;
/// lines that follow one (indented notes, the rest of a message that holds a
/// newline) belong to it. Returns the diagnostics and the lines that belong
/// to none (a linker's complaint, say).
fn parse_output(output: &str, file: &str) -> (Vec<Diag>, Vec<String>) {
    let head = Regex::new(r"^(?:\./)?([^\s:][^:]*\.go):(\d+):(\d+): (.*)$").unwrap();
    let mut diags: Vec<Diag> = Vec::new();
    let mut other = Vec::new();
    for line in output.lines() {
        if line.starts_with("# ") && diags.is_empty() {
            continue; // go build's package header
        }
        let line = line.replace(&format!("./{file}"), file);
        match head.captures(&line) {
            Some(c) if &c[1] == file => {
                let message = c[4].to_string();
                let (warning, message) = match message.strip_prefix("warning: ") {
                    Some(m) => (true, m.to_string()),
                    None => (false, message),
                };
                diags.push(Diag {
                    line: c[2].parse().unwrap(),
                    col: c[3].parse().unwrap(),
                    message,
                    warning,
                });
            }
            _ => match diags.last_mut() {
                Some(d) => {
                    d.message.push('\n');
                    d.message.push_str(&line);
                }
                None if line.trim().is_empty() => {}
                None => other.push(line.to_string()),
            },
        }
    }
    (diags, other)
}

fn mode_of(text: &str) -> Mode {
    if text.lines().any(|l| l.trim() == "// run: exe") {
        Mode::Exe
    } else {
        Mode::CShared
    }
}

fn wexlab_output(file: &str, text: &str, mode: Mode) -> (bool, String) {
    let mut session = Session::default();
    let result = driver::build(
        &mut session,
        &[SourceInput {
            path: file.to_string(),
            text: text.to_string(),
        }],
        &Options {
            mode,
            rules: common::rules("go"),
            ..Options::default()
        },
    );
    let mut out = session.diagnostics.render(&session.sources);
    match &result {
        Ok(_) | Err(driver::BuildError::Source) => {}
        Err(e) => out.push_str(&format!("{e}\n")),
    }
    (result.is_ok(), out)
}

/// What one file's comparison found.
#[derive(Default)]
struct Outcome {
    go_diagnostics: usize,
    disagreements: Vec<String>,
    /// Differences docs/directives.md allows (wording, column of ordinary errors).
    notes: Vec<String>,
}

fn compare(folder: &str, path: &std::path::Path) -> Outcome {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let original = std::fs::read_to_string(path).unwrap();
    let (expects, _) = wexlab::errorcheck::expectations(&original);
    let text = wexlab::errorcheck::without_directive_expectations(&original);
    let mode = mode_of(&text);
    let mut out = Outcome::default();
    let mut disagree = |what: String| out.disagreements.push(format!("{file}:{what}"));

    let stem = file.trim_end_matches(".go");
    let go = common::oracle().go_build(&format!("errors-{folder}-{stem}"), &[(&file, &text)], mode);
    let go_text = match &go {
        Ok(_) => String::new(),
        Err(e) => e.clone(),
    };
    let (go_diags, go_other) = parse_output(&go_text, &file);
    let go_errors: Vec<&Diag> = go_diags.iter().filter(|d| !d.warning).collect();
    out.go_diagnostics = go_errors.len();

    let (w_ok, w_text) = wexlab_output(&file, &text, mode);
    let (w_diags, w_other) = parse_output(&w_text, &file);
    let w_errors: Vec<&Diag> = w_diags.iter().filter(|d| !d.warning).collect();
    for o in &w_other {
        disagree(format!(
            " wexlab printed a line that names no position: {o}"
        ));
    }

    if folder == "valid" {
        if go.is_err() {
            disagree(format!(
                " Go rejects a program of corpus/valid:\n    {}",
                go_text.trim().replace('\n', "\n    ")
            ));
        }
        if !w_ok {
            disagree(format!(
                " wexlab rejects a program of corpus/valid:\n    {}",
                w_text.trim().replace('\n', "\n    ")
            ));
        }
        return out;
    }
    let is_wexlab_case = file.starts_with("wexlab_");

    // 1. Directive diagnostics, exactly and both ways.
    let same = |a: &Diag, b: &Diag| a.line == b.line && a.col == b.col && a.message == b.message;
    for g in go_errors
        .iter()
        .filter(|g| is_directive_message(&g.message))
    {
        if !w_errors.iter().any(|w| same(g, w)) {
            let near: Vec<String> = w_errors
                .iter()
                .filter(|w| w.line == g.line)
                .map(|w| w.to_string())
                .collect();
            disagree(format!(
                "{}: directive diagnostic\n    go:     {g}\n    wexlab: {}",
                g.line,
                if near.is_empty() {
                    "nothing on this line".to_string()
                } else {
                    near.join("\n            ")
                }
            ));
        }
    }
    for w in w_errors.iter().filter(|w| is_directive_message(&w.message)) {
        if !go_errors.iter().any(|g| same(g, w)) {
            let near: Vec<String> = go_errors
                .iter()
                .filter(|g| g.line == w.line)
                .map(|g| g.to_string())
                .collect();
            disagree(format!(
                "{}: directive diagnostic Go does not print\n    go:     {}\n    wexlab: {w}",
                w.line,
                if near.is_empty() {
                    "nothing on this line".to_string()
                } else {
                    near.join("\n            ")
                }
            ));
        }
    }

    // 3. wexlab's own messages are not Go's; a program that only uses
    // features wexlab leaves out is valid Go.
    if is_wexlab_case {
        let only_unsupported = !expects.is_empty()
            && expects
                .iter()
                .flat_map(|e| &e.patterns)
                .all(|p| p.contains("not supported by wexlab"));
        if only_unsupported && go.is_err() {
            disagree(format!(
                " Go rejects a program that should only be outside wexlab's subset:\n    {}",
                go_text.trim().replace('\n', "\n    ")
            ));
        }
        if go_errors.is_empty() && !go_other.is_empty() {
            out.notes.push(format!(
                "{file}: Go fails without a position: {}",
                go_other.join(" | ")
            ));
        }
        for e in expects.iter().filter(|e| !e.warning) {
            for p in &e.patterns {
                let re = Regex::new(p).unwrap();
                if is_directive_message(p.trim_start_matches('^').trim_end_matches('$')) {
                    continue;
                }
                for g in go_errors.iter().filter(|g| re.is_match(&g.message)) {
                    disagree(format!(
                        "{}: Go prints what this file expects as wexlab's own message {p:?}\n    go: {g}",
                        e.line
                    ));
                }
            }
        }
        return out;
    }

    // 2. Other errors: the same lines; the wording where the corpus claims Go's.
    // After a file's first syntax error, Go's recursive-descent parser and
    // wexlab's LR parser recover differently: later syntax errors are notes.
    let first_syntax = go_errors
        .iter()
        .filter(|g| g.message.starts_with("syntax error"))
        .map(|g| g.line)
        .min();
    let after_recovery = |d: &Diag| {
        d.message.starts_with("syntax error") && first_syntax.is_some_and(|l| d.line > l)
    };
    let mut matched: HashSet<usize> = HashSet::new();
    for g in go_errors
        .iter()
        .filter(|g| !is_directive_message(&g.message))
    {
        let on_line: Vec<(usize, &&Diag)> = w_errors
            .iter()
            .enumerate()
            .filter(|(_, w)| w.line == g.line && !is_directive_message(&w.message))
            .collect();
        if on_line.is_empty() {
            if after_recovery(g) {
                out.notes.push(format!(
                    "{file}:{}: after the first syntax error, only Go reports\n    go:     {g}",
                    g.line
                ));
            } else {
                disagree(format!(
                    "{}: Go reports an error wexlab does not\n    go:     {g}\n    wexlab: nothing on this line",
                    g.line
                ));
            }
            continue;
        }
        // The best match: same text and column, else same text, else any.
        let (i, w) = on_line
            .iter()
            .find(|(i, w)| !matched.contains(i) && w.message == g.message && w.col == g.col)
            .or_else(|| {
                on_line
                    .iter()
                    .find(|(i, w)| !matched.contains(i) && w.first_line() == g.first_line())
            })
            .or_else(|| on_line.iter().find(|(i, _)| !matched.contains(i)))
            .copied()
            .unwrap_or(on_line[0]);
        matched.insert(i);
        if w.message == g.message && w.col == g.col {
            continue;
        }
        let claims: Vec<&String> = expects
            .iter()
            .filter(|e| e.line == g.line && !e.warning)
            .flat_map(|e| &e.patterns)
            .filter(|p| {
                Regex::new(p).is_ok_and(|re| re.is_match(&w.message) && !re.is_match(&g.message))
            })
            .collect();
        let pair = format!("    go:     {g}\n    wexlab: {w}");
        if !claims.is_empty() {
            disagree(format!(
                "{}: the corpus expects Go's wording ({}) but Go says otherwise\n{pair}",
                g.line,
                claims
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        } else if w.message != g.message {
            out.notes
                .push(format!("{file}:{}: wording differs\n{pair}", g.line));
        } else {
            out.notes
                .push(format!("{file}:{}: column differs\n{pair}", g.line));
        }
    }
    for (i, w) in w_errors.iter().enumerate() {
        if is_directive_message(&w.message) || matched.contains(&i) {
            continue;
        }
        if !go_errors.iter().any(|g| g.line == w.line) {
            if after_recovery(w) {
                out.notes.push(format!(
                    "{file}:{}: after the first syntax error, only wexlab reports\n    wexlab: {w}",
                    w.line
                ));
                continue;
            }
            disagree(format!(
                "{}: wexlab reports an error where Go reports none\n    go:     nothing on this line\n    wexlab: {w}",
                w.line
            ));
        }
    }
    out
}

/// What the trials found, for the lines printed at the end.
#[derive(Default)]
struct Totals {
    files: usize,
    diagnostics: usize,
    disagreements: usize,
    notes: Vec<String>,
}

/// Compares one file, adding what it found to `totals`.
fn check(folder: &str, path: &std::path::Path, totals: &Mutex<Totals>) -> Result<(), String> {
    let o = compare(folder, path);
    let mut totals = totals.lock().unwrap_or_else(|e| e.into_inner());
    totals.files += 1;
    totals.diagnostics += o.go_diagnostics;
    totals.disagreements += o.disagreements.len();
    totals.notes.extend(o.notes);
    if o.disagreements.is_empty() {
        Ok(())
    } else {
        Err(o.disagreements.join("\n"))
    }
}

fn main() {
    let args = Arguments::from_args();
    let totals: Arc<Mutex<Totals>> = Arc::default();
    let mut trials: Vec<Trial> = ["errors", "valid"]
        .iter()
        .flat_map(|&folder| {
            let totals = Arc::clone(&totals);
            common::go_files(&format!("tests/corpus/{folder}"))
                .into_iter()
                .map(move |path| {
                    let totals = Arc::clone(&totals);
                    Trial::test(common::trial_name("oracle_errors", &path), move || {
                        Ok(check(folder, &path, &totals)?)
                    })
                })
        })
        .collect();
    trials.push(Trial::test(
        "oracle_errors::go_reads_a_comment_after_a_directive_as_fields",
        || {
            go_reads_a_comment_after_a_directive_as_fields();
            Ok(())
        },
    ));
    trials.push(Trial::test(
        "oracle_errors::outputs_are_read_with_their_continuation_lines",
        || {
            outputs_are_read_with_their_continuation_lines();
            Ok(())
        },
    ));
    let conclusion = libtest_mimic::run(&args, trials);
    let mut totals = totals.lock().unwrap_or_else(|e| e.into_inner());
    if !totals.notes.is_empty() {
        totals.notes.sort();
        eprintln!(
            "differences docs/directives.md allows ({}):\n{}\n",
            totals.notes.len(),
            totals.notes.join("\n")
        );
    }
    if totals.files > 0 {
        common::summary(&format!(
            "oracle-errors: {} files, {} diagnostics; {} disagreement(s)",
            totals.files, totals.diagnostics, totals.disagreements
        ));
    }
    conclusion.exit();
}

/// Why the expectation comments after a directive are taken out of what Go
/// reads: with the comment, Go reports a usage error the directive alone
/// does not have.
fn go_reads_a_comment_after_a_directive_as_fields() {
    let with = "package main\n\n//go:wasmexport f // ERROR \"x\"\nfunc f() {}\n\nfunc main() {}\n";
    let go = common::oracle()
        .go_build("errors-directive-comment", &[("d.go", with)], Mode::CShared)
        .expect_err("Go takes the comment as fields");
    assert!(
        go.contains("d.go:3:3: usage: //go:wasmexport exportname"),
        "{go}"
    );
    let without = wexlab::errorcheck::without_directive_expectations(with);
    assert_eq!(
        without,
        "package main\n\n//go:wasmexport f \nfunc f() {}\n\nfunc main() {}\n"
    );
    common::oracle()
        .go_build(
            "errors-directive-comment",
            &[("d.go", &without)],
            Mode::CShared,
        )
        .expect("without the comment, the program builds");
    // Elsewhere an expectation comment is left alone.
    let code = "\tx := 1 // ERROR \"declared and not used\"";
    assert_eq!(
        wexlab::errorcheck::without_directive_expectations(code),
        code
    );
}

fn outputs_are_read_with_their_continuation_lines() {
    let out = "# x\n./a.go:3:2: not enough return values\n\thave ()\n\twant (int32)\n./a.go:5:6: f redeclared in this block\n\t./a.go:4:6: other declaration of f\nlink: boom\n";
    let (d, other) = parse_output(out, "a.go");
    assert_eq!(d.len(), 2);
    assert_eq!(
        d[0].message,
        "not enough return values\n\thave ()\n\twant (int32)"
    );
    assert_eq!(
        d[1].message,
        "f redeclared in this block\n\ta.go:4:6: other declaration of f\nlink: boom"
    );
    assert!(other.is_empty());
    let (d, other) = parse_output("a.go:4:3: warning: w\nlink: x\n", "b.go");
    assert!(d.is_empty());
    assert_eq!(other, ["a.go:4:3: warning: w", "link: x"]);
    assert!(is_directive_message(
        "go:wasmexport: unsupported parameter type *bad"
    ));
    assert!(!is_directive_message(
        "go:wasmexport: too many wasm parameters: at most 16"
    ));
}
