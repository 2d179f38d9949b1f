//! What wexlab's cache folder keeps between commands — the loaded rules
//! and each program's memo (`rewrite::memo::file`) — must not change a
//! byte: every program of the corpora is built with the cache off, then
//! twice with it on (the second build reads the first one's memo), and
//! once more after an edit that leaves most of its memo good.

mod common;

use std::path::Path;

use libtest_mimic::{Arguments, Trial};
use wexlab::driver::Options;
use wexlab::mode::Mode;

fn build(name: &str, text: &str, mode: Mode, memoize: bool) -> Result<Vec<u8>, String> {
    let options = Options {
        mode,
        memoize,
        ..Options::default()
    };
    common::build_one(name, text, &options)
}

/// The program with one more function, which nothing calls: every unit
/// the memo kept is still good, and it must not be taken for another.
fn edited(text: &str) -> String {
    format!("{text}\nfunc wexlabEdit(x int32) int32 {{ return x*7 + 1 }}\n")
}

fn check(path: &Path) -> Result<(), String> {
    let (name, text, mode) = common::corpus_program(path);
    // Without the memo, nothing is kept or read.
    let plain = build(&name, &text, mode, false)?;
    for round in ["cold", "warm"] {
        if build(&name, &text, mode, true)? != plain {
            return Err(format!(
                "{name} ({mode:?}): the {round} cache changed the module"
            ));
        }
    }
    let edit = edited(&text);
    let plain = build(&name, &edit, mode, false)?;
    if build(&name, &edit, mode, true)? != plain {
        return Err(format!(
            "{name} ({mode:?}): after an edit, the kept memo changed the module"
        ));
    }
    Ok(())
}

/// The edit loop on constants: a program's memo kept, then the program
/// built again with its constants changed. Every unit has a kept shape,
/// and only the facts about the numbers it hid tell whether its lowering
/// still holds.
fn changed_constants() -> Result<(), String> {
    let before = common::constants_program(&common::CONSTANTS);
    let mut shifted = common::CONSTANTS.map(|k| k + 1);
    shifted.reverse();
    let after = common::constants_program(&shifted);
    for text in [&before, &after, &before] {
        let plain = build("constants.go", text, Mode::CShared, false)?;
        if build("constants.go", text, Mode::CShared, true)? != plain {
            return Err("the kept memo of other constants changed constants.go".into());
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("kept-memo-cache");
    let _ = std::fs::remove_dir_all(&dir);
    wexlab::cache::enable_at(dir);
    let mut trials = common::corpus_trials("kept_memo", check);
    trials.push(Trial::test("kept_memo::changed_constants", || {
        Ok(changed_constants()?)
    }));
    libtest_mimic::run(&args, trials).exit();
}
