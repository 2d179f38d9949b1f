//! Errorcheck, in the style of Go's test/run.go: each program of
//! tests/corpus/errors/ carries `// ERROR "regexp"…` (and `// WARNING …`)
//! comments on the lines where diagnostics are expected. The comments are
//! removed before compiling, so they never change a directive's text. Every
//! expected regexp must match a diagnostic on its line, and every diagnostic
//! must be expected. Programs of tests/corpus/valid/ must build (their
//! warnings expected the same way).

mod common;

use libtest_mimic::{Arguments, Trial};
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;

use wexlab::errorcheck::expectations;

/// Checks one file; returns what is wrong.
fn errorcheck(path: &std::path::Path, must_build: bool) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let (expects, source) = expectations(&text);
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let mut session = Session::default();
    let result = driver::build(
        &mut session,
        &[SourceInput {
            path: name.clone(),
            text: source,
        }],
        &Options {
            mode: Mode::CShared,
            rules: common::rules("go"),
            names: true,
            ..Options::default()
        },
    );
    let mut problems = Vec::new();
    if must_build && let Err(e) = &result {
        problems.push(format!(
            "does not build: {e}\n{}",
            session.diagnostics.render(&session.sources)
        ));
    }
    problems.extend(wexlab::errorcheck::problems(&session, &expects));
    problems
}

/// One trial per program of `folder`; `must_build` for the valid corpus.
fn folder_trials(folder: &str, must_build: bool) -> Vec<Trial> {
    common::go_files(&format!("tests/corpus/{folder}"))
        .into_iter()
        .map(|path| {
            Trial::test(common::trial_name("errors", &path), move || {
                let problems = errorcheck(&path, must_build);
                if problems.is_empty() {
                    Ok(())
                } else {
                    Err(problems.join("\n").into())
                }
            })
        })
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = folder_trials("errors", false);
    trials.extend(folder_trials("valid", true));
    trials.push(Trial::test(
        "errors::expectations_are_read_and_removed",
        || {
            expectations_are_read_and_removed();
            Ok(())
        },
    ));
    libtest_mimic::run(&args, trials).exit();
}

fn expectations_are_read_and_removed() {
    let (e, s) =
        expectations("package main\n//go:wasmexport // ERROR \"usage\" \"b\"\nx// WARNING \"w\"");
    assert_eq!(s, "package main\n//go:wasmexport \nx");
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].line, 2);
    assert_eq!(e[0].patterns, ["usage", "b"]);
    assert!(e[1].warning);
}
