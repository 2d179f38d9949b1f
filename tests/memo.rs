//! Lowering each shape of unit once (`rewrite::memo`) must not change a
//! single byte of any module: every program of the corpora, in its build
//! mode, is built with and without it (with the seed rules too, for the
//! signature corpus).

mod common;

use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::ir::build::Mode;

fn build(
    name: &str,
    text: &str,
    mode: Mode,
    rules: &str,
    memoize: bool,
) -> Result<Vec<u8>, String> {
    let mut session = Session::default();
    let inputs = [SourceInput {
        path: name.to_string(),
        text: text.to_string(),
    }];
    let options = Options {
        mode,
        rules: common::rules(rules),
        memoize,
        ..Options::default()
    };
    driver::build(&mut session, &inputs, &options)
        .map_err(|e| format!("{e}\n{}", session.diagnostics.render(&session.sources)))
}

#[test]
fn memoized_lowering_changes_nothing() {
    let mut programs = Vec::new();
    for dir in [
        "tests/corpus/run",
        "tests/corpus/signatures",
        "tests/corpus/valid",
        "examples",
    ] {
        for entry in std::fs::read_dir(common::root().join(dir)).expect("corpus folder") {
            let path = entry.expect("corpus entry").path();
            if path.extension().is_some_and(|x| x == "go") {
                programs.push(path);
            }
        }
    }
    programs.sort();
    let mut compared = 0;
    let mut differ = Vec::new();
    for path in &programs {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let mode = if text.contains("// run: exe") {
            Mode::Exe
        } else {
            Mode::CShared
        };
        let rule_sets: &[&str] = if path.to_string_lossy().contains("signatures") {
            &["go", "seed"]
        } else {
            &["go"]
        };
        {
            for &rules in rule_sets {
                let with = build(&name, &text, mode, rules, true);
                let without = build(&name, &text, mode, rules, false);
                if with.is_ok() {
                    compared += 1;
                }
                if with != without {
                    differ.push(format!("{name} ({mode:?}, --rules {rules})"));
                }
            }
        }
    }
    assert!(
        differ.is_empty(),
        "memoized lowering changed these modules:\n{}",
        differ.join("\n")
    );
    assert!(compared > 80, "only {compared} modules were compared");
}
