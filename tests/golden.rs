//! Golden snapshots: the WAT of the examples and what each text stage
//! (`build --emit tokens|ast|hir|terms|lowered`) makes of them, and the wrapper of every row
//! of docs/abi.md's checked layouts in both rule sets. The seed's and the
//! examples' are insta snapshots: bless with `INSTA_UPDATE=always cargo test
//! --test golden` and read the diff. Go's are `wexlab test`'s golden files,
//! tests/golden/wrappers/NAME.golden (the stable listings of the wrappers;
//! errorcheck comments in the files that must not build), checked here as
//! `wexlab test tests/golden/wrappers` checks them: bless with that command
//! and `--bless`, and read `git diff`.

mod common;

use std::path::Path;

use libtest_mimic::{Arguments, Trial};
use wexlab::driver::{Options, Session, SourceInput};
use wexlab::mode::Mode;
use wexlab::stages::{self, Stage};
use wexlab::test_runner::{self, Verdict};

/// The text of one function of a module, `(func $name …)` to its `)`.
fn function_wat(wat: &str, name: &str) -> Option<String> {
    let head = format!("  (func ${name} ");
    let start = wat.lines().position(|l| l.starts_with(&head))?;
    let lines: Vec<&str> = wat.lines().collect();
    let end = lines[start..].iter().position(|l| *l == "  )")? + start;
    Some(lines[start..=end].join("\n"))
}

fn exports(wasm: &[u8]) -> Vec<String> {
    use wasmparser::{ExternalKind, Parser, Payload};
    let mut out = Vec::new();
    for p in Parser::new(0).parse_all(wasm).flatten() {
        if let Payload::ExportSection(r) = p {
            for e in r.into_iter().flatten() {
                if e.kind == ExternalKind::Func && e.name != "_initialize" && e.name != "_start" {
                    out.push(e.name.to_string());
                }
            }
        }
    }
    out
}

/// Each export's wrapper, or the diagnostics.
fn wrappers(path: &Path, rules: &str) -> String {
    let src = std::fs::read_to_string(path).unwrap();
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    match common::wexlab_build(&[(&file, &src)], Mode::CShared, common::rules(rules)) {
        Ok(wasm) => {
            let wat = common::wat(&wasm);
            exports(&wasm)
                .iter()
                .map(|e| {
                    function_wat(&wat, e).unwrap_or_else(|| format!("no function for export {e}"))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        Err(diags) => diags,
    }
}

/// The module of an example, as WAT.
fn example_wat(path: &Path) -> String {
    let src = std::fs::read_to_string(path).unwrap();
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let wasm = common::wexlab_build(&[(&file, &src)], Mode::CShared, common::rules("go"))
        .unwrap_or_else(|e| panic!("{file} builds:\n{e}"));
    common::wat(&wasm)
}

/// What one stage made of an example (built as a library).
fn example_stage(path: &Path, stage: Stage) -> String {
    let src = std::fs::read_to_string(path).unwrap();
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let inputs = [SourceInput {
        path: file.clone(),
        text: src,
    }];
    let options = Options {
        mode: Mode::CShared,
        rules: common::rules("go"),
        ..Options::default()
    };
    stages::show(&mut Session::default(), &inputs, &options, stage, None)
        .unwrap_or_else(|e| panic!("{file} builds: {e}"))
}

/// One trial per file of `folder`: `render`'s text against the snapshot
/// `golden__SNAPSHOT@FILE.snap`.
fn snapshot_trials(
    folder: &'static str,
    snapshot: &'static str,
    render: fn(&Path) -> String,
) -> Vec<Trial> {
    common::go_files(folder)
        .into_iter()
        .map(|path| {
            let name = format!(
                "golden::{snapshot}/{}",
                path.file_name().unwrap().to_string_lossy()
            );
            Trial::test(name, move || {
                let mut settings = insta::Settings::clone_current();
                settings.set_input_file(&path);
                settings.set_snapshot_suffix(path.file_name().unwrap().to_string_lossy());
                settings.bind(|| insta::assert_snapshot!(snapshot, render(&path)));
                Ok(())
            })
        })
        .collect()
}

/// One trial per file of tests/golden/wrappers: `wexlab test`'s verdict
/// under the rule set go.
fn wexlab_test_trials() -> Vec<Trial> {
    let rules = wexlab::rewrite::load_choice(&common::rules("go")).expect("rules/go loads");
    let rules = std::sync::Arc::new(rules);
    common::go_files("tests/golden/wrappers")
        .into_iter()
        .map(|path| {
            let rules = rules.clone();
            let name = format!(
                "golden::wrappers_go/{}",
                path.file_name().unwrap().to_string_lossy()
            );
            Trial::test(name, move || {
                let config = test_runner::Config {
                    rules: &rules,
                    options: Options {
                        mode: Mode::CShared,
                        names: true,
                        ..Options::default()
                    },
                    bless: false,
                };
                match test_runner::run(&[path], &config).pop() {
                    Some(Verdict::Passed) => Ok(()),
                    Some(Verdict::Failed(why)) => Err(format!(
                        "{why}\n(bless with wexlab test tests/golden/wrappers --bless)"
                    )
                    .into()),
                    other => Err(format!("unexpected verdict {other:?}").into()),
                }
            })
        })
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = wexlab_test_trials();
    trials.extend(snapshot_trials(
        "tests/golden/wrappers",
        "wrappers_seed",
        |p| wrappers(p, "seed"),
    ));
    trials.extend(snapshot_trials("examples", "examples", example_wat));
    trials.extend(snapshot_trials("examples", "tokens", |p| {
        example_stage(p, Stage::Tokens)
    }));
    trials.extend(snapshot_trials("examples", "ast", |p| {
        example_stage(p, Stage::Ast)
    }));
    trials.extend(snapshot_trials("examples", "hir", |p| {
        example_stage(p, Stage::Hir)
    }));
    trials.extend(snapshot_trials("examples", "terms", |p| {
        example_stage(p, Stage::Terms)
    }));
    trials.extend(snapshot_trials("examples", "lowered", |p| {
        example_stage(p, Stage::Lowered)
    }));
    libtest_mimic::run(&args, trials).exit();
}
