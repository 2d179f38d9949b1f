//! The cleanup rules (rules/cleanup/) only simplify: without them
//! (`--cleanup none`) every program of the run corpus builds and gives the
//! same results, stderr and exit codes, in the embedded host. The corpus
//! header (see tests/oracle.rs) gives the build mode and the calls; programs
//! that import host functions are left to the oracle.

mod common;

use wexlab::host::{Host, Stdio};
use wexlab::ir::build::Mode;
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

#[test]
fn dropping_the_cleanup_rules_changes_no_result() {
    let dir = common::root().join("tests/corpus/run");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    let (mut programs, mut size_with, mut size_without) = (0, 0, 0);
    let mut problems = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        let Some(case) = header(&source) else {
            continue;
        };
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let build = |cleanup| {
            common::wexlab_build(&[(&file, &source)], case.mode, choice(cleanup))
                .unwrap_or_else(|e| panic!("{file} builds (cleanup: {cleanup}):\n{e}"))
        };
        let (with, without) = (build(true), build(false));
        let (a, b) = (transcript(&with, &case), transcript(&without, &case));
        if a != b {
            problems.push(format!("{file}:\n  with cleanup:\n{a}\n  without:\n{b}"));
        }
        programs += 1;
        size_with += with.len();
        size_without += without.len();
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(programs > 40, "only {programs} programs ran");
    // The rules do simplify.
    assert!(
        size_with < size_without,
        "{size_with} bytes with cleanup, {size_without} without"
    );
}
