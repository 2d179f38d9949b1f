//! The command line, run as a user runs it (the built binary, in a scratch
//! directory): exit statuses (docs/cli.md: 0 success, 1 errors in the program,
//! 2 bad usage), `path:line:col: message` diagnostics, nothing written and
//! nothing left behind when a build fails, packages given as files or a
//! directory, `--pretty`, warnings, `--help`, and bad command lines.

mod common;

use std::path::{Path, PathBuf};

const ADD: &str = "package main\n\n//go:wasmexport add\nfunc add(a, b int32) int32 { return a + b }\n\nfunc main() {}\n";
const BAD: &str = "package main\n\nfunc main() {\n\tx := 1\n\ty = 2\n}\n";

fn scratch(test: &str, files: &[(&str, &[u8])]) -> PathBuf {
    common::scratch("cli", test, files)
}

use common::run_wexlab as wexlab;

/// The names in a directory (recursively, relative, sorted), hidden files included.
fn listing(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            out.push(p.strip_prefix(root).unwrap().display().to_string());
            if p.is_dir() {
                walk(root, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn is_valid_wasm(bytes: &[u8]) -> bool {
    wasmparser::Validator::new().validate_all(bytes).is_ok()
}

#[test]
fn a_failed_build_exits_1_prints_positions_and_writes_nothing() {
    let dir = scratch("failed_build", &[("bad.go", BAD.as_bytes())]);
    std::fs::create_dir(dir.join("out")).unwrap();
    for args in [
        &["build", "bad.go"][..],
        &["build", "bad.go", "-o", "out/bad.wasm"],
        &["build", "bad.go", "-o", "out"],
        &["build", "."],
        &["build"],
    ] {
        let r = wexlab(&dir, args);
        assert_eq!(r.code, 1, "wexlab {args:?}: {}", r.stderr);
        assert_eq!(
            r.stderr, "bad.go:4:2: declared and not used: x\nbad.go:5:2: undefined: y\n",
            "wexlab {args:?}"
        );
        assert_eq!(r.stdout, "");
        assert_eq!(
            listing(&dir),
            ["bad.go", "out"],
            "wexlab {args:?} left files behind"
        );
    }
}

#[test]
fn a_failed_build_leaves_an_existing_output_untouched() {
    let dir = scratch(
        "existing_output",
        &[
            ("bad.go", BAD.as_bytes()),
            ("bad.wasm", b"old module"),
            ("other.wasm", b"other module"),
        ],
    );
    assert_eq!(wexlab(&dir, &["build", "bad.go"]).code, 1);
    assert_eq!(
        wexlab(&dir, &["build", "-o", "other.wasm", "bad.go"]).code,
        1
    );
    assert_eq!(std::fs::read(dir.join("bad.wasm")).unwrap(), b"old module");
    assert_eq!(
        std::fs::read(dir.join("other.wasm")).unwrap(),
        b"other module"
    );
    assert_eq!(listing(&dir), ["bad.go", "bad.wasm", "other.wasm"]);
}

#[test]
fn a_successful_build_writes_one_valid_module() {
    let dir = scratch(
        "successful_build",
        &[("add.go", ADD.as_bytes()), ("add.wasm", b"old module")],
    );
    std::fs::create_dir(dir.join("out")).unwrap();
    let r = wexlab(&dir, &["build", "add.go"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(is_valid_wasm(&std::fs::read(dir.join("add.wasm")).unwrap()));
    assert_eq!(wexlab(&dir, &["build", "add.go", "-o", "x.wasm"]).code, 0);
    assert_eq!(wexlab(&dir, &["build", "add.go", "-o", "out"]).code, 0);
    // A path ending in / names a folder, made when missing.
    assert_eq!(
        wexlab(
            &dir,
            &["build", "add.go", "--buildmode", "c-shared", "-o", "new/"]
        )
        .code,
        0
    );
    assert!(is_valid_wasm(&std::fs::read(dir.join("x.wasm")).unwrap()));
    assert!(is_valid_wasm(
        &std::fs::read(dir.join("out/add.wasm")).unwrap()
    ));
    assert!(is_valid_wasm(
        &std::fs::read(dir.join("new/add.wasm")).unwrap()
    ));
    assert_eq!(
        listing(&dir),
        [
            "add.go",
            "add.wasm",
            "new",
            "new/add.wasm",
            "out",
            "out/add.wasm",
            "x.wasm"
        ]
    );
}

#[test]
fn check_takes_a_file_files_or_a_directory_as_one_package() {
    let a = "package main\n\n//go:wasmexport twice\nfunc twice(x int32) int32 { return helper(x) * 2 }\n\nfunc main() {}\n";
    let b = "package main\n\nfunc helper(x int32) int32 { return x + 1 }\n";
    let dir = scratch(
        "check_package",
        &[
            ("pkg/a.go", a.as_bytes()),
            ("pkg/b.go", b.as_bytes()),
            ("pkg/a_test.go", b"this is not Go"),
            ("add.go", ADD.as_bytes()),
        ],
    );
    for args in [
        &["check", "add.go"][..],
        &["check", "pkg"],
        &["check", "pkg/"],
        &["check", "pkg/b.go", "pkg/a.go"],
    ] {
        let r = wexlab(&dir, args);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "wexlab {args:?}");
    }
    // The directory is the package: run from inside it, with no argument.
    let r = wexlab(&dir.join("pkg"), &["check"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    // One file alone is a package without the other.
    let r = wexlab(&dir, &["check", "pkg/a.go"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "pkg/a.go:4:36: undefined: helper\n");
    // Two packages' worth of main: an error naming both files.
    let r = wexlab(&dir, &["check", "add.go", "pkg/a.go", "pkg/b.go"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("main redeclared in this block"),
        "{}",
        r.stderr
    );
    // check writes nothing.
    assert!(!dir.join("add.wasm").exists() && !dir.join("pkg.wasm").exists());
}

#[test]
fn warnings_alone_exit_0() {
    let w = "package main\n\n//go:wasmexport\nfunc f(a int32) int32 { return a }\n\nfunc main() { _ = f(1) }\n";
    let dir = scratch("warnings", &[("w.go", w.as_bytes())]);
    let expected = "w.go:3:3: warning: //go:wasmexport without an export name is ignored (write //go:wasmexport NAME)\n";
    let r = wexlab(&dir, &["check", "w.go"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, expected));
    let r = wexlab(&dir, &["build", "w.go"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, expected));
    assert!(is_valid_wasm(&std::fs::read(dir.join("w.wasm")).unwrap()));
}

#[test]
fn pretty_shows_a_snippet_under_each_diagnostic() {
    let src = "package main\n\n//go:wasmexport\nfunc f(a int32) int32 {\n\treturn\n}\n\nfunc g() {}\n\nfunc g() {}\n\nfunc main() {\n\tvar é int32 = \"x\" + 1\n}\n";
    let dir = scratch("pretty", &[("p.go", src.as_bytes())]);
    let r = wexlab(&dir, &["check", "--pretty", "p.go"]);
    assert_eq!(r.code, 1);
    // Without --pretty, the same lines without the snippets.
    let plain = wexlab(&dir, &["check", "p.go"]);
    let kept: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(kept, plain.stderr.lines().collect::<Vec<_>>());
    insta::assert_snapshot!(r.stderr);
}

#[test]
fn help_explains_every_option() {
    let dir = scratch("help", &[]);
    let top = wexlab(&dir, &["--help"]);
    assert_eq!(top.code, 0);
    insta::assert_snapshot!("wexlab_help", top.stdout);
    let build = wexlab(&dir, &["build", "--help"]);
    assert_eq!(build.code, 0);
    insta::assert_snapshot!("wexlab_build_help", build.stdout);
    for sub in ["build", "check", "run", "explain", "abi", "diff", "test"] {
        let r = wexlab(&dir, &[sub, "--help"]);
        assert_eq!(r.code, 0, "{sub} --help");
        let lines: Vec<&str> = r.stdout.lines().collect();
        let mut options = 0;
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            let header = line.starts_with("  -") || line.starts_with("      --");
            if header && !t.starts_with("-h, --help") {
                options += 1;
                let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
                assert!(
                    !next.is_empty() && !next.starts_with('-'),
                    "wexlab {sub} --help: {t} has no explanation"
                );
            }
        }
        assert!(options >= 4, "wexlab {sub} --help lists {options} options");
        // -h is the short summary, also without error.
        assert_eq!(wexlab(&dir, &[sub, "-h"]).code, 0);
    }
}

#[test]
fn bad_command_lines_exit_2_with_a_clear_message() {
    let dir = scratch(
        "usage",
        &[
            ("add.go", ADD.as_bytes()),
            ("notes.txt", b"not go"),
            ("empty/.keep", b""),
        ],
    );
    let cases: &[(&[&str], &str)] = &[
        (&[], "Usage: wexlab <COMMAND>"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (
            &["build", "--bogus", "add.go"],
            "unexpected argument '--bogus'",
        ),
        (
            &["build", "--buildmode", "shared", "add.go"],
            "invalid value 'shared'",
        ),
        (
            &["build", "-o"],
            "a value is required for '--output <OUT.wasm>'",
        ),
        (
            &["build", "missing.go"],
            "wexlab: cannot read missing.go: No such file or directory",
        ),
        (
            &["check", "notes.txt"],
            "wexlab: notes.txt is not a .go file",
        ),
        (&["check", "empty"], "wexlab: no Go files in empty"),
        (
            &["check", "empty", "add.go"],
            "wexlab: empty is a directory: give one directory, or .go files",
        ),
        (&["check", "nowhere"], "wexlab: nowhere is not a .go file"),
        (
            &["run"],
            "the following required arguments were not provided",
        ),
        (
            &["run", "add.go", "--invoke"],
            "a value is required for '--invoke <NAME ARGS>...'",
        ),
        (&["explain", "missing.go"], "wexlab: cannot read missing.go"),
    ];
    for (args, message) in cases {
        let r = wexlab(&dir, args);
        assert_eq!(r.code, 2, "wexlab {args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(message),
            "wexlab {args:?} should say {message:?}, said:\n{}",
            r.stderr
        );
    }
    // A rule folder that does not exist is an error about the rules.
    let r = wexlab(&dir, &["build", "add.go", "--rules", "no/such/dir"]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("cannot read rule folder no/such/dir"),
        "{}",
        r.stderr
    );
    assert_eq!(
        listing(&dir),
        ["add.go", "empty", "empty/.keep", "notes.txt"]
    );
}

#[test]
fn a_file_that_is_not_utf8_gets_go_s_error_at_its_position() {
    let dir = scratch(
        "utf8",
        &[(
            "u.go",
            b"package main\n\nfunc main() {\n\tx := 1 \xff\xfe 2\n\t_ = x // \xff\n}\n",
        )],
    );
    let r = wexlab(&dir, &["build", "u.go"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "u.go:4:9: invalid UTF-8 encoding\nu.go:5:11: invalid UTF-8 encoding\n"
    );
    assert_eq!(listing(&dir), ["u.go"]);
}

#[test]
fn abi_describes_the_wrappers_and_fails_as_build_does() {
    let dir = scratch(
        "abi",
        &[("add.go", ADD.as_bytes()), ("bad.go", BAD.as_bytes())],
    );
    let r = wexlab(&dir, &["abi", "add.go"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        "export add: func(int32, int32) int32\n  wasm (i32 i32) -> (i32), argument area 16 bytes\n  \
         param 0 int32 at +0: wasm param 0 (i32) by i32.store at SP+0\n  \
         param 1 int32 at +4: wasm param 1 (i32) by i32.store at SP+4\n  \
         result 0 int32 at +8: wasm result 0 (i32) by i32.load at SP+8\n"
    );
    let json = wexlab(&dir, &["abi", "add.go", "--json"]);
    assert!(
        json.stdout.starts_with("{\n  \"exports\": [\n    {\"name\": \"add\",\n     \"go\": \"func(int32, int32) int32\",\n     \"wasm\": {\"params\": [\"i32\", \"i32\"], \"results\": [\"i32\"]},"),
        "{}",
        json.stdout
    );
    let bad = wexlab(&dir, &["abi", "bad.go"]);
    assert_eq!(bad.code, 1);
    assert_eq!(bad.stdout, "");
    assert!(
        bad.stderr
            .starts_with("bad.go:4:2: declared and not used: x\n"),
        "{}",
        bad.stderr
    );
    let refused = wexlab(&dir, &["abi", "add.go", "--rules", "nowhere"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
}

#[test]
fn emit_wat_writes_to_the_output_when_one_is_given() {
    let dir = scratch("wat-output", &[("add.go", ADD.as_bytes())]);
    let r = wexlab(&dir, &["build", "add.go", "--emit", "wat", "-o", "x.wat"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "", "the text goes to the file, not to stdout");
    let text = std::fs::read_to_string(dir.join("x.wat")).expect("x.wat written");
    assert!(text.starts_with("(module") && text.contains("(export \"add\""));
    // Without -o it is printed, and no file is written.
    let r = wexlab(&dir, &["build", "add.go", "--emit", "wat"]);
    assert!(r.stdout.starts_with("(module"), "{}", r.stdout);
    assert_eq!(listing(&dir), ["add.go", "x.wat"]);
}

#[test]
fn the_output_s_missing_folders_are_made_as_go_build_makes_them() {
    let dir = scratch("output-folders", &[("add.go", ADD.as_bytes())]);
    let r = wexlab(&dir, &["build", "add.go", "-o", "out/sub/x.wasm"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(dir.join("out/sub/x.wasm")).expect("written");
    assert!(is_valid_wasm(&bytes));
    // A failed build makes nothing.
    let r = wexlab(
        &dir,
        &[
            "build",
            "add.go",
            "--rules",
            "nowhere",
            "-o",
            "other/x.wasm",
        ],
    );
    assert_eq!(r.code, 1);
    assert!(!dir.join("other").exists());
}

#[test]
fn a_rule_folder_error_names_the_flag_that_gave_it() {
    let dir = scratch("rule-flags", &[("add.go", ADD.as_bytes())]);
    for flag in ["--rules", "--lower", "--cleanup"] {
        let r = wexlab(&dir, &["build", "add.go", flag, "nothere"]);
        assert_eq!(r.code, 1, "{flag}");
        assert!(
            r.stderr.contains("wexlab: cannot read rule folder nothere")
                && r.stderr.contains(&format!("(give {flag} ")),
            "{flag}: {}",
            r.stderr
        );
    }
}

#[test]
fn a_built_in_name_that_is_also_a_folder_here_says_which_was_used() {
    let dir = scratch(
        "shadowed-folder",
        &[
            ("add.go", ADD.as_bytes()),
            ("seed/notes.txt", b"a user's folder"),
        ],
    );
    let r = wexlab(&dir, &["build", "add.go", "--rules", "seed"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("--rules seed is the built-in rule set seed")
            && r.stderr.contains("give --rules ./seed"),
        "{}",
        r.stderr
    );
    // The folder itself, when asked for, is read (and holds no rules).
    let r = wexlab(&dir, &["build", "add.go", "--rules", "./seed"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("holds no *.rules files"), "{}", r.stderr);
}

#[test]
fn run_prints_results_by_their_go_type_and_lists_what_it_can_call() {
    let src = "package main\n\n//go:wasmexport big\nfunc big() uint32 { return 4000000000 }\n\n//go:wasmexport huge\nfunc huge() uint64 { return 1 << 63 }\n\n//go:wasmexport yes\nfunc yes() bool { return true }\n\n//go:wasmexport neg\nfunc neg() int32 { return -5 }\n\nfunc main() {}\n";
    let dir = scratch("run-results", &[("r.go", src.as_bytes())]);
    for (export, printed) in [
        ("big", "4000000000\n"),
        ("huge", "9223372036854775808\n"),
        ("yes", "true\n"),
        ("neg", "-5\n"),
    ] {
        let r = wexlab(&dir, &["run", "r.go", "--invoke", export]);
        assert_eq!(
            (r.code, r.stdout.as_str()),
            (0, printed),
            "{export}: {}",
            r.stderr
        );
    }
    let r = wexlab(&dir, &["run", "r.go", "--invoke", "nope"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no exported function named nope (it exports: big, huge, neg, yes)"),
        "{}",
        r.stderr
    );
    // A library run without --invoke initializes, then says what to call.
    let r = wexlab(&dir, &["run", "r.go", "--buildmode", "c-shared"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--invoke NAME") && r.stderr.contains("it exports: big, huge, neg, yes"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_copied_rule_folder_with_a_step_dropped_builds_with_a_warning() {
    let dir = scratch("dropped-step", &[("add.go", ADD.as_bytes())]);
    // The one edit: the wrapper no longer checks that the runtime is
    // initialized, which leaves the init-check rule unreachable.
    copy_of_go_rules(&dir.join("mine"), "=> (seq (init-check)", "=> (seq");
    let r = wexlab(
        &dir,
        &["build", "add.go", "--rules", "mine", "-o", "m.wasm"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("wrapper.rules:")
            && r.stderr
                .contains(": warning: rule `init-check` can never fire"),
        "{}",
        r.stderr
    );
    assert!(is_valid_wasm(&std::fs::read(dir.join("m.wasm")).unwrap()));
}

/// rules/go copied to `to`, with `from` replaced by `into` (which must
/// occur, or the test would test nothing).
fn copy_of_go_rules(to: &Path, from: &str, into: &str) {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/go");
    std::fs::create_dir(to).unwrap();
    let mut edited = false;
    for e in std::fs::read_dir(shipped).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        edited |= text.contains(from);
        std::fs::write(to.join(e.file_name()), text.replace(from, into)).unwrap();
    }
    assert!(edited, "rules/go holds no {from:?}");
}

#[test]
fn explain_shows_the_steps_before_lowering_got_stuck_and_exits_1() {
    let src = "package main\n\n//go:wasmexport half\nfunc half(x float64) float64 { return x / 2 }\n\nfunc main() {}\n";
    let dir = scratch("explain-stuck", &[("half.go", src.as_bytes())]);
    copy_of_go_rules(
        &dir.join("nofloat"),
        "(rule slot-number (slot int32|uint32|int64|uint64|float32|float64) => i32|i32|i64|i64|f32|f64)",
        "(rule slot-number (slot int32|uint32|int64|uint64) => i32|i32|i64|i64)",
    );
    let r = wexlab(&dir, &["explain", "half.go", "--rules", "./nofloat"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(". call-wrapped (")
            && r.stdout.contains(" rules fired in ")
            && r.stdout
                .contains("   error: go:wasmexport: unsupported parameter type float64"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("result:"), "{}", r.stdout);
}
