//! The cleanup rules (rules/cleanup/) only simplify: without them
//! (`--cleanup none`) every program of the run corpus builds and gives the
//! same results, stderr and exit codes, in the embedded host. The corpus
//! header (see tests/oracle.rs) gives the build mode and the calls; programs
//! that import host functions are left to the oracle.

mod common;

use std::path::Path;
use std::sync::{Arc, Mutex};

use libtest_mimic::{Arguments, Trial};
use wexlab::host::{Host, Stdio};
use wexlab::mode::Mode;
use wexlab::rewrite::{Choice, Source};

fn choice(cleanup: bool) -> Choice {
    Choice {
        cleanup: cleanup.then(|| Source::Builtin("cleanup".to_string())),
        ..Choice::default()
    }
}

struct Case {
    mode: Mode,
    calls: Vec<(String, Vec<String>)>,
}

/// The header's build mode and calls; `None` for a program with imports.
fn header(source: &str) -> Option<Case> {
    let mut case = Case {
        mode: Mode::CShared,
        calls: Vec::new(),
    };
    for line in source.lines() {
        if line.starts_with("package") {
            break;
        }
        let Some(rest) = line.strip_prefix("//").map(str::trim) else {
            continue;
        };
        if let Some(m) = rest.strip_prefix("run:") {
            if m.trim() == "exe" {
                case.mode = Mode::Exe;
            }
        } else if let Some(c) = rest.strip_prefix("call:") {
            let mut words = c.split_whitespace().map(str::to_string);
            let export = words.next()?;
            case.calls.push((export, words.collect()));
        } else if rest.starts_with("import:") {
            return None;
        }
    }
    Some(case)
}

/// What a host sees: each call's outcome, then stderr.
fn transcript(wasm: &[u8], case: &Case) -> String {
    let mut host = Host::new(wasm, Stdio::Capture, |_| Ok(())).expect("instantiates");
    let entry = match case.mode {
        Mode::Exe => "_start",
        Mode::CShared => "_initialize",
    };
    let mut out = format!("{entry}: {:?}\n", host.call(entry, &[]));
    for (name, args) in &case.calls {
        out.push_str(&format!(
            "{name} {}: {:?}\n",
            args.join(" "),
            host.call_text(name, args)
        ));
    }
    out.push_str(&String::from_utf8_lossy(&host.stderr()));
    out
}

/// Module sizes with and without the cleanup rules, over the programs checked.
#[derive(Default)]
struct Sizes {
    programs: usize,
    with: usize,
    without: usize,
}

/// Builds one program with and without the cleanup rules and compares what
/// a host sees.
fn check(path: &Path, source: &str, case: &Case, sizes: &Mutex<Sizes>) -> Result<(), String> {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let build = |cleanup| {
        common::wexlab_build(&[(&file, source)], case.mode, choice(cleanup))
            .map_err(|e| format!("{file} does not build (cleanup: {cleanup}):\n{e}"))
    };
    let (with, without) = (build(true)?, build(false)?);
    let (a, b) = (transcript(&with, case), transcript(&without, case));
    if a != b {
        return Err(format!("{file}:\n  with cleanup:\n{a}\n  without:\n{b}"));
    }
    let mut sizes = sizes.lock().unwrap_or_else(|e| e.into_inner());
    sizes.programs += 1;
    sizes.with += with.len();
    sizes.without += without.len();
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let sizes: Arc<Mutex<Sizes>> = Arc::default();
    let trials = common::go_files("tests/corpus/run")
        .into_iter()
        .filter_map(|path| {
            let source = std::fs::read_to_string(&path).unwrap();
            let case = header(&source)?;
            let sizes = Arc::clone(&sizes);
            Some(Trial::test(
                common::trial_name("cleanup", &path),
                move || Ok(check(&path, &source, &case, &sizes)?),
            ))
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    if conclusion.has_failed() || !common::runs_everything(&args) {
        conclusion.exit();
    }
    let sizes = sizes.lock().unwrap_or_else(|e| e.into_inner());
    // The rules do simplify, over a corpus of some size.
    let problem = if sizes.programs <= 40 {
        Some(format!("only {} programs ran", sizes.programs))
    } else if sizes.with >= sizes.without {
        Some(format!(
            "{} bytes with cleanup, {} without",
            sizes.with, sizes.without
        ))
    } else {
        None
    };
    if let Some(problem) = problem {
        eprintln!("cleanup: {problem}");
        std::process::exit(101);
    }
}
