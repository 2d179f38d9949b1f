//! wexlab's cache folder (`wexlab::cache`): the rule sets a build loaded and
//! the runtime functions builds needed, kept for the next command. It only
//! saves time: a build with a warm cache, a cold one, a damaged one or none
//! writes the same module, and an edited rule takes effect at once.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Indexes, divides, prints and allocates: the runtime functions it needs
/// come from the rules and the builder, not from its own names.
const PROGRAM: &str = "package main

//go:wasmexport pick
func pick(i, d int32) int32 {
	xs := make([]int32, 8)
	for k := range xs {
		xs[k] = int32(k) * d
	}
	println(\"picked\", i)
	return xs[i] / d
}

func main() {}
";

struct Run {
    code: i32,
    stderr: String,
}

/// `wexlab ARGS` in `dir`, with `cache` as its cache folder (`None`: the
/// cache turned off).
fn wexlab(dir: &Path, cache: Option<&Path>, args: &[&str]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wexlab"));
    command.args(args).current_dir(dir);
    match cache {
        Some(c) => command
            .env("WEXLAB_CACHE_DIR", c)
            .env_remove("WEXLAB_CACHE"),
        None => command.env("WEXLAB_CACHE", "off"),
    };
    let out = command.output().expect("the binary runs");
    let run = Run {
        code: out.status.code().expect("an exit status"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

fn build(dir: &Path, cache: Option<&Path>, rules: &str, out: &str) -> (Run, Vec<u8>) {
    let run = wexlab(dir, cache, &["build", "p.go", "--rules", rules, "-o", out]);
    let bytes = std::fs::read(dir.join(out)).unwrap_or_default();
    (run, bytes)
}

fn scratch(test: &str) -> PathBuf {
    common::scratch("cache", test, &[("p.go", PROGRAM.as_bytes())])
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn cold_warm_and_no_cache_write_the_same_module() {
    let dir = scratch("same");
    let cache = dir.join("cache");
    let (cold, first) = build(&dir, Some(&cache), "go", "cold.wasm");
    assert_eq!(cold.code, 0, "{}", cold.stderr);
    let (warm, second) = build(&dir, Some(&cache), "go", "warm.wasm");
    assert_eq!(warm.code, 0, "{}", warm.stderr);
    let (off, third) = build(&dir, None, "go", "off.wasm");
    assert_eq!(off.code, 0, "{}", off.stderr);
    assert!(!first.is_empty());
    assert_eq!(first, second, "a warm cache changed the module");
    assert_eq!(first, third, "the cache changed the module");
    let kept = names_in(&cache);
    assert!(
        kept.iter().any(|n| n.starts_with("rules-")) && kept.contains(&"reached-by-all".into()),
        "{kept:?}"
    );
    let own = kept
        .iter()
        .find(|n| n.starts_with("reached-") && *n != "reached-by-all")
        .expect("the program's own list");
    let reached = std::fs::read_to_string(cache.join(own)).unwrap();
    assert!(reached.lines().any(|l| l == "panicIndex"), "{reached}");
}

/// With nothing learned (the cache off, or empty), the build reads every
/// runtime body at once rather than check the program again for each one
/// lowering finds it needs: a large program would be checked three times.
/// With the cache warm it reads only what the program reached.
#[test]
fn a_build_that_learned_nothing_checks_the_program_once() {
    let dir = scratch("once");
    let cache = dir.join("cache");
    let checks = |run: &Run| run.stderr.matches("parse and check").count();
    for cache in [None, Some(cache.as_path()), Some(cache.as_path())] {
        let run = wexlab(&dir, cache, &["build", "p.go", "--timings", "-o", "p.wasm"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(checks(&run), 1, "{cache:?}: {}", run.stderr);
    }
}

#[test]
fn what_one_program_reached_is_not_wanted_by_every_other() {
    let dir = common::scratch(
        "cache",
        "per-program",
        &[
            ("p.go", PROGRAM.as_bytes()),
            (
                "q.go",
                b"package main

//go:wasmexport one
func one() int32 { return 1 }

func main() {}
",
            ),
        ],
    );
    let cache = dir.join("cache");
    let (run, _) = build(&dir, Some(&cache), "go", "p.wasm");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let q = wexlab(&dir, Some(&cache), &["build", "q.go", "-o", "q.wasm"]);
    assert_eq!(q.code, 0, "{}", q.stderr);
    let common = std::fs::read_to_string(cache.join("reached-by-all")).unwrap();
    assert!(
        !common.lines().any(|l| l == "panicIndex") && common.lines().any(|l| l == "mainReturned"),
        "{common}"
    );
}

#[test]
fn a_damaged_cache_is_ignored_and_written_again() {
    let dir = scratch("damaged");
    let cache = dir.join("cache");
    let (_, expected) = build(&dir, Some(&cache), "go", "first.wasm");
    assert!(!expected.is_empty());
    let files = names_in(&cache);
    for (i, damage) in [
        &b""[..],
        &b"wexlab rules cache 1\n"[..],
        &[0xff; 300][..],
        &b"not a function\n\xff\xfe\n"[..],
    ]
    .iter()
    .enumerate()
    {
        for f in &files {
            let path = cache.join(f);
            let mut bytes = std::fs::read(&path).unwrap_or_default();
            // Every other round, a cut-off copy of the real file instead.
            if i % 2 == 1 && !bytes.is_empty() {
                bytes.truncate(bytes.len() / 2);
                bytes.extend_from_slice(damage);
            } else {
                bytes = damage.to_vec();
            }
            std::fs::write(&path, bytes).unwrap();
        }
        let out = format!("damaged{i}.wasm");
        let (run, bytes) = build(&dir, Some(&cache), "go", &out);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(bytes, expected, "damage {i} changed the module");
    }
}

#[test]
fn an_edited_rule_takes_effect_at_the_next_build() {
    let dir = scratch("edited");
    let cache = dir.join("cache");
    let mine = dir.join("mine");
    std::fs::create_dir(&mine).unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/go");
    for e in std::fs::read_dir(&shipped).unwrap().flatten() {
        std::fs::copy(e.path(), mine.join(e.file_name())).unwrap();
    }
    let (run, before) = build(&dir, Some(&cache), "mine", "before.wasm");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, again) = build(&dir, Some(&cache), "mine", "again.wasm");
    assert_eq!(before, again);
    // Drop the wrapper's initialization check: a rule then never fires,
    // which the load reports, from the cache too.
    let wrapper = mine.join("wrapper.rules");
    let text = std::fs::read_to_string(&wrapper).unwrap();
    assert!(text.contains("=> (seq (init-check)"));
    std::fs::write(&wrapper, text.replace("=> (seq (init-check)", "=> (seq")).unwrap();
    for round in ["edited", "edited-warm"] {
        let (run, after) = build(&dir, Some(&cache), "mine", &format!("{round}.wasm"));
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr
                .contains(": warning: rule `init-check` can never fire"),
            "{round}: {}",
            run.stderr
        );
        assert_ne!(after, before, "{round}: the edit changed nothing");
        let (_, uncached) = build(&dir, None, "mine", "uncached.wasm");
        assert_eq!(after, uncached, "{round}");
    }
}

#[test]
fn with_the_cache_off_nothing_is_written() {
    let dir = scratch("off");
    let home = dir.join("home");
    // With only $HOME to find the folder by, the cache off or on.
    let build_at_home = |off: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_wexlab"));
        command
            .args(["build", "p.go", "-o", "p.wasm"])
            .current_dir(&dir)
            .env_remove("WEXLAB_CACHE_DIR")
            .env_remove("XDG_CACHE_HOME")
            .env("HOME", &home);
        match off {
            true => command.env("WEXLAB_CACHE", "off"),
            false => command.env_remove("WEXLAB_CACHE"),
        };
        assert!(command.output().unwrap().status.success());
    };
    build_at_home(true);
    assert!(!home.exists(), "{:?}", names_in(&home));
    build_at_home(false);
    assert!(
        !names_in(&home.join(".cache/wexlab")).is_empty(),
        "the default folder is $HOME/.cache/wexlab"
    );
}

#[test]
fn the_folder_keeps_a_bounded_number_of_files() {
    let dir = scratch("bounded");
    let cache = dir.join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    for i in 0..600 {
        std::fs::write(cache.join(format!("memo-old{i:04}")), b"stale").unwrap();
    }
    let (run, bytes) = build(&dir, Some(&cache), "go", "p.wasm");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!bytes.is_empty());
    let left = names_in(&cache);
    assert!(left.len() <= 512, "{} files left", left.len());
    assert!(
        left.iter().any(|n| n.starts_with("rules-")),
        "the newest files stay: {:?}",
        &left[left.len().saturating_sub(5)..]
    );
}
