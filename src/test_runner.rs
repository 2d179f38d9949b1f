//! `wexlab test`: each NAME.go is one test, all run in one process with the
//! rules loaded once.
//!
//! * A file with `// ERROR "regexp"` comments is an errorcheck test
//!   ([`crate::errorcheck`]): its diagnostics must be exactly the expected
//!   ones.
//! * Any other file must build, and the stable listing ([`crate::listing`])
//!   of its export wrappers and wasmimport functions must be NAME.golden,
//!   beside it. `--bless` writes the golden files of the files that build.

use std::path::{Path, PathBuf};

use crate::driver::{self, BuildError, Options, Session, SourceInput};
use crate::errorcheck;
use crate::listing;
use crate::rewrite::Rules;
use crate::unified::unified;

/// What a test found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// A golden file written or rewritten by `--bless`.
    Blessed,
    /// Why it failed, several lines (diagnostics, a diff).
    Failed(String),
}

/// How the tests run.
pub struct Config<'a> {
    pub rules: &'a Rules,
    pub options: Options,
    /// Write the golden files instead of comparing with them.
    pub bless: bool,
}

/// The Go files to test: the `.go` files of each folder (not of its
/// subfolders; `_test.go` files left out), and the files given, sorted and
/// without repeats.
pub fn test_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(format!("{}: no such file or folder", path.display()));
        }
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read directory {}: {e}", path.display()))?;
            let found = files.len();
            for p in entries.flatten().map(|e| e.path()) {
                // `./x.go` is shown as `x.go`.
                let p = p.strip_prefix(".").map_or(p.clone(), Path::to_path_buf);
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                let is_test = name.is_some_and(|n| n.ends_with("_test.go"));
                if p.extension().is_some_and(|x| x == "go") && !is_test && p.is_file() {
                    files.push(p);
                }
            }
            if files.len() == found {
                return Err(format!("no Go files in {}", path.display()));
            }
        } else if path.extension().is_some_and(|x| x == "go") {
            files.push(path.clone());
        } else {
            return Err(format!(
                "{} is neither a folder nor a .go file",
                path.display()
            ));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

/// Runs every test, the files shared among the cores; the verdicts in the
/// order of `files`.
pub fn run(files: &[PathBuf], config: &Config<'_>) -> Vec<Verdict> {
    crate::parallel::map(files.iter().collect(), |path| test(path, config))
}

/// The golden file of a test: NAME.golden beside NAME.go.
pub fn golden_path(go_file: &Path) -> PathBuf {
    go_file.with_extension("golden")
}

fn test(path: &Path, config: &Config<'_>) -> Verdict {
    let text = match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => return Verdict::Failed("the file is not UTF-8 text".to_string()),
        Err(e) => return Verdict::Failed(format!("cannot read it: {e}")),
    };
    if errorcheck::expects_errors(&text) {
        errorcheck_test(path, &text, config)
    } else {
        golden_test(path, text, config)
    }
}

/// The file's name as its diagnostics show it.
fn shown(path: &Path) -> String {
    path.strip_prefix("./")
        .unwrap_or(path)
        .display()
        .to_string()
}

fn build(path: &Path, text: String, config: &Config<'_>) -> (Session, Result<Vec<u8>, BuildError>) {
    let mut session = Session::default();
    let inputs = [SourceInput {
        path: shown(path),
        text,
    }];
    let built = driver::build_with_rules(&mut session, &inputs, config.rules, &config.options);
    (session, built)
}

fn errorcheck_test(path: &Path, text: &str, config: &Config<'_>) -> Verdict {
    let (expects, source) = errorcheck::expectations(text);
    let (session, built) = build(path, source, config);
    let mut problems = errorcheck::problems(&session, &expects);
    // An error that is no diagnostic (a rule set that cannot lower the
    // entry point, say) is never expected.
    if let Err(e) = built
        && !matches!(e, BuildError::Source)
    {
        problems.push(format!("the build failed: {e}"));
    }
    if problems.is_empty() {
        Verdict::Passed
    } else {
        Verdict::Failed(problems.join("\n"))
    }
}

fn golden_test(path: &Path, text: String, config: &Config<'_>) -> Verdict {
    let (session, built) = build(path, text, config);
    let wasm = match built {
        Ok(wasm) => wasm,
        Err(e) => {
            let mut why = session.diagnostics.render(&session.sources);
            if !matches!(e, BuildError::Source) {
                why.push_str(&e.to_string());
            }
            return Verdict::Failed(format!("does not build:\n{}", why.trim_end()));
        }
    };
    let listings = match listing::boundary(&wasm) {
        Ok(l) => l,
        Err(e) => return Verdict::Failed(e.to_string()),
    };
    let got = listing::join(&listings);
    let golden = golden_path(path);
    let want = std::fs::read_to_string(&golden);
    if config.bless {
        if want.is_ok_and(|w| w == got) {
            return Verdict::Passed;
        }
        return match std::fs::write(&golden, &got) {
            Ok(()) => Verdict::Blessed,
            Err(e) => Verdict::Failed(format!("cannot write {}: {e}", golden.display())),
        };
    }
    match want {
        Ok(want) if want == got => Verdict::Passed,
        Ok(want) => Verdict::Failed(section_diffs(&shown(&golden), &shown(path), &want, &got)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Verdict::Failed(format!(
            "no golden file {}: run wexlab test --bless to write it",
            shown(&golden)
        )),
        Err(e) => Verdict::Failed(format!("cannot read {}: {e}", shown(&golden))),
    }
}

/// A unified diff per function whose listing differs (a function only one
/// side has is compared with nothing), each headed by the file and the
/// function's title, so that the diff names the wrapper.
fn section_diffs(golden: &str, built: &str, want: &str, got: &str) -> String {
    let (want, got) = (sections(want), sections(got));
    let mut titles: Vec<&str> = want.iter().map(|(t, _)| *t).collect();
    titles.extend(
        got.iter()
            .map(|(t, _)| *t)
            .filter(|t| !want.iter().any(|(w, _)| w == t)),
    );
    let body = |side: &[(&str, String)], title: &str| {
        side.iter()
            .find(|(t, _)| *t == title)
            .map(|(_, b)| b.clone())
            .unwrap_or_default()
    };
    titles
        .into_iter()
        .filter_map(|title| {
            unified(
                &format!("{golden}: {title}"),
                &format!("{built} (built): {title}"),
                &body(&want, title),
                &body(&got, title),
            )
        })
        .collect()
}

/// A golden file cut at its `;; TITLE` lines: (title, the lines after).
fn sections(text: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix(";; ") {
            Some(title) => out.push((title, String::new())),
            None => match out.last_mut() {
                Some((_, body)) => {
                    body.push_str(line);
                    body.push('\n');
                }
                // Text before the first title: a section of its own.
                None => out.push(("(before the first function)", format!("{line}\n"))),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_names_each_function_that_differs_and_only_those() {
        let want = ";; export add\n(func $add\n  i32.const 1\n)\n\n;; export sub\n(func $sub\n)\n";
        let got = ";; export add\n(func $add\n  i32.const 2\n)\n\n;; export sub\n(func $sub\n)\n";
        let diff = section_diffs("a.golden", "a.go", want, got);
        assert!(diff.contains("--- a.golden: export add\n+++ a.go (built): export add\n"));
        assert!(diff.contains("-  i32.const 1\n+  i32.const 2\n"));
        assert!(!diff.contains("export sub"));
    }

    #[test]
    fn a_function_one_side_lacks_is_compared_with_nothing() {
        let diff = section_diffs("a.golden", "a.go", "", ";; export new\n(func $new)\n");
        assert!(diff.contains("+++ a.go (built): export new\n"));
        assert!(diff.contains("+(func $new)\n"));
    }
}
