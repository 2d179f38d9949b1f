//! The rule language: an alternate rule set gives a different wrapper, and
//! every load-time check reports `file:line:col: message`.

mod common;

use wexlab::mode::Mode;
use wexlab::rewrite::load::{self, RuleFile};
use wexlab::rewrite::{Group, Schedule};

fn function_wat(wat: &str, name: &str) -> String {
    let head = format!("  (func ${name} ");
    let lines: Vec<&str> = wat.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(&head))
        .expect("the function is in the module");
    let end = lines[start..].iter().position(|l| *l == "  )").unwrap() + start;
    lines[start..=end].join("\n")
}

#[test]
fn an_alternate_rule_folder_changes_the_wrapper() {
    let _serial = common::snapshot_lock();
    let src = std::fs::read_to_string(common::root().join("examples/add.go")).unwrap();
    let alt = common::root().join("tests/rules/alt");
    let wasm = common::wexlab_build(
        &[("add.go", &src)],
        Mode::CShared,
        common::rules(alt.to_str().unwrap()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let wat = common::wat(&wasm);
    let go_wasm =
        common::wexlab_build(&[("add.go", &src)], Mode::CShared, common::rules("go")).unwrap();
    assert_ne!(
        function_wat(&wat, "add"),
        function_wat(&common::wat(&go_wasm), "add")
    );
    insta::assert_snapshot!(
        ["add", "mix", "nothing"]
            .map(|n| function_wat(&wat, n))
            .join("\n")
    );
    // And it runs.
    let mut host =
        wexlab::host::Host::new(&wasm, wexlab::host::Stdio::Capture, |_| Ok(())).unwrap();
    host.call("_initialize", &[]).unwrap();
    use wexlab::host::{Outcome, Value};
    assert_eq!(
        host.call("add", &[Value::I32(2), Value::I32(3)]).unwrap(),
        Outcome::Returned(vec![Value::I32(5)])
    );
}

#[test]
fn the_alternate_rules_report_their_own_messages() {
    let src = "package main\n\n//go:wasmexport b\nfunc b(x bool) {}\n\nfunc main() {}\n";
    let alt = common::root().join("tests/rules/alt");
    let err = common::wexlab_build(
        &[("b.go", src)],
        Mode::CShared,
        common::rules(alt.to_str().unwrap()),
    )
    .unwrap_err();
    assert_eq!(err, "b.go:4:6: alt rules: cannot pass bool\n");
}

#[test]
fn bad_rule_files_are_reported_all_at_once() {
    let _serial = common::snapshot_lock();
    for path in common::files_ending("tests/rules/bad", "rules") {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let shown = format!("tests/rules/bad/{name}");
        // A snapshot of a clean load would pass for ever once blessed.
        let file = RuleFile {
            path: shown.clone(),
            text,
        };
        let errors = match load::load("bad", &[(Group::Lower, &[file])]) {
            Ok(_) => panic!("{shown} loads without errors"),
            Err(e) => e.to_string(),
        };
        insta::with_settings!({ snapshot_suffix => name }, {
            insta::assert_snapshot!(errors);
        });
    }
}

#[test]
fn rules_that_can_never_fire_are_warnings_and_the_load_goes_on() {
    let mut warned = Vec::new();
    for path in common::files_ending("tests/rules/warn", "rules") {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file = RuleFile {
            path: format!("tests/rules/warn/{name}"),
            text: std::fs::read_to_string(&path).unwrap(),
        };
        let rules = load::load("warn", &[(Group::Lower, &[file])])
            .unwrap_or_else(|e| panic!("{name} does not load: {e}"));
        warned.extend(rules.warnings.iter().map(|w| w.to_string()));
    }
    assert_eq!(
        warned,
        [
            "tests/rules/warn/never_applies.rules:3:7: fail rule `unreachable-message` can never apply: no rule produces `helper`",
            "tests/rules/warn/never_fires.rules:3:7: rule `dead` can never fire: no rule produces `helper`, which its left-hand side needs",
        ]
    );
}

#[test]
fn the_shipped_rule_sets_load() {
    for abi in ["go", "seed", "smallint", "multivalue", "buffers"] {
        let rules = wexlab::rewrite::load_choice(&common::rules(abi))
            .unwrap_or_else(|e| panic!("{abi}: {e}"));
        assert!(rules.warnings.is_empty(), "{abi}: {:?}", rules.warnings);
        let rules = rules.get(Schedule::Functions);
        assert!(
            rules.rules.len() > 100,
            "{abi} has {} rules",
            rules.rules.len()
        );
    }
}

fn explain(
    file: &str,
    only: Option<&str>,
    dot: Option<&std::path::Path>,
) -> Result<String, String> {
    use wexlab::driver::{Options, Session, SourceInput};
    let path = common::root().join(file);
    let inputs = [SourceInput {
        path: file.to_string(),
        text: std::fs::read_to_string(&path).unwrap(),
    }];
    let mut session = Session::default();
    let options = Options {
        mode: Mode::CShared,
        ..Options::default()
    };
    wexlab::explain::explain(&mut session, &inputs, &options, only, dot)
        .map(|e| e.text)
        .map_err(|e| e.to_string())
}

#[test]
fn explain_shows_each_rule_that_fired_with_the_term_before_and_after() {
    let _serial = common::snapshot_lock();
    let text = explain("examples/add.go", Some("add"), None).unwrap();
    // Every step names a rule and where it is written.
    let steps: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(". ") && l.contains(".rules:"))
        .collect();
    assert!(steps.len() > 10, "{text}");
    assert!(
        text.contains("init-check (rules/go/wrapper.rules:"),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn explain_writes_the_e_graph_for_graphviz_the_same_way_every_time() {
    let dir = common::root().join("target/explain-test");
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.dot"), dir.join("b.dot"));
    explain("examples/add.go", None, Some(&a)).unwrap();
    explain("examples/add.go", None, Some(&b)).unwrap();
    let dot = std::fs::read_to_string(&a).unwrap();
    assert_eq!(dot, std::fs::read_to_string(&b).unwrap());
    // One graph (Graphviz reads only a file's first), a cluster a wrapper.
    assert_eq!(dot.matches("digraph").count(), 1, "{dot}");
    for export in ["add", "mix", "nothing"] {
        assert!(dot.contains(&format!("label=\"export {export}\"")), "{dot}");
    }
}

#[test]
fn explain_s_graph_escapes_what_graphviz_reads_as_quotes() {
    let dir = common::root().join("target/explain-quotes");
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("q.go");
    std::fs::write(
        &src,
        "package main\n\n//go:wasmexport a\"b\\c\nfunc f() {}\n\nfunc main() {}\n",
    )
    .unwrap();
    let out = dir.join("q.dot");
    explain(&src.display().to_string(), None, Some(&out)).unwrap();
    let dot = std::fs::read_to_string(&out).unwrap();
    assert!(dot.contains(r#"label="export a\"b\\c""#), "{dot}");
    assert!(!dot.contains(r#"a"b"#), "{dot}");
}

#[test]
fn explain_of_an_unknown_export_is_an_error() {
    let err = explain("examples/add.go", Some("nope"), None).unwrap_err();
    assert!(
        err.contains("no //go:wasmexport function exports nope"),
        "{err}"
    );
}

/// A rule set without the epilogue rule leaves `(epilogue 16)` in the term:
/// extraction refuses it, naming the node and the rule set.
#[test]
fn an_unlowered_node_is_refused_with_its_name_and_rule_set() {
    let dir = common::root().join("target/rules-without-epilogue");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(common::root().join("rules/go")).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        // The rule runs from its opening line to the next blank line.
        if let Some(start) = text.find("(rule epilogue\n") {
            let end = text[start..].find("\n\n").map_or(text.len(), |e| start + e);
            text.replace_range(start..end, "");
        }
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    let src = std::fs::read_to_string(common::root().join("examples/add.go")).unwrap();
    let err = common::wexlab_build(
        &[("add.go", &src)],
        Mode::CShared,
        common::rules(dir.to_str().unwrap()),
    )
    .unwrap_err();
    assert!(err.contains("(epilogue 16)"), "{err}");
    assert!(
        err.contains(&format!("rule set {}", dir.display())),
        "{err}"
    );
}
