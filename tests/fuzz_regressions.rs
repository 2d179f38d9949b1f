//! Every input kept in `tests/fuzz/regressions/TARGET/` (each once made a
//! fuzz target fail) is run again through what that target does with an
//! input (`tests/fuzz/inputs.rs`), one trial per file. The programs kept
//! for `build_valid` are Go source, since the generator's bytes would make
//! another program once the generator changes.

mod common;

#[path = "fuzz/inputs.rs"]
#[allow(dead_code)] // `rules` has no regression yet
mod inputs;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Trial};

fn replay(target: &str, path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // The text targets skip input that is not UTF-8, so none is kept.
    let text = || std::str::from_utf8(&bytes).map_err(|e| format!("{}: {e}", path.display()));
    match target {
        "syntax" => inputs::syntax(text()?),
        "check" => inputs::check(text()?),
        "rules" => inputs::rules(text()?),
        "run" => inputs::module(&bytes, &bytes),
        "build_valid" => inputs::valid_program(text()?, &bytes),
        other => return Err(format!("no fuzz target {other} for {}", path.display())),
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = common::root().join("tests/fuzz/regressions");
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for target in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let name = target.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(target.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            files.push((name.clone(), file.path()));
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no regressions under {}", root.display());
    let trials = files
        .into_iter()
        .map(|(target, path)| {
            Trial::test(common::trial_name("fuzz", &path), move || {
                Ok(replay(&target, &path)?)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
