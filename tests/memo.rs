//! Lowering each shape of unit once (`rewrite::memo`) must not change a
//! single byte of any module: every program of the corpora, in its build
//! mode, is built with and without it (with the seed rules too, for the
//! signature corpus).

mod common;

use std::path::Path;

use libtest_mimic::{Arguments, Trial};
use wexlab::driver::Options;
use wexlab::mode::Mode;

fn build(
    name: &str,
    text: &str,
    mode: Mode,
    rules: &str,
    memoize: bool,
) -> Result<Vec<u8>, String> {
    let options = Options {
        mode,
        rules: common::rules(rules),
        memoize,
        ..Options::default()
    };
    common::build_one(name, text, &options)
}

/// Builds one program with and without memoizing, in each rule set that
/// applies to it. The go rules must build it: two equal failures would
/// compare nothing.
fn check(path: &Path) -> Result<(), String> {
    let (name, text, mode) = common::corpus_program(path);
    let rule_sets: &[&str] = if path.to_string_lossy().contains("signatures") {
        &["go", "seed"]
    } else {
        &["go"]
    };
    let mut differ = Vec::new();
    for &rules in rule_sets {
        let with = build(&name, &text, mode, rules, true);
        let without = build(&name, &text, mode, rules, false);
        if rules == "go"
            && let Err(e) = &with
        {
            return Err(format!("{name} does not build:\n{e}"));
        }
        if with != without {
            differ.push(format!("{name} ({mode:?}, --rules {rules})"));
        }
    }
    if differ.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "memoized lowering changed these modules:\n{}",
            differ.join("\n")
        ))
    }
}

fn main() {
    let args = Arguments::from_args();
    let constants = Trial::test("memo::hidden_constants", || {
        let text = common::constants_program(&common::CONSTANTS);
        let with = build("constants.go", &text, Mode::CShared, "go", true)?;
        let without = build("constants.go", &text, Mode::CShared, "go", false)?;
        if with != without {
            return Err("memoized lowering changed the module of constants.go".into());
        }
        Ok(())
    });
    let mut trials = common::corpus_trials("memo", check);
    trials.push(constants);
    libtest_mimic::run(&args, trials).exit();
}
