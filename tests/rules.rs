//! The rule language: an alternate rule set gives a different wrapper, and
//! every load-time check reports `file:line:col: message`.

mod common;

use wexlab::ir::build::Mode;
use wexlab::rewrite::load::{self, RuleFile};

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
    insta::glob!("rules/bad/*.rules", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let name = format!(
            "tests/rules/bad/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let result = load::load("bad", &[RuleFile { path: name, text }]);
        let errors = match result {
            Ok(_) => "loaded without errors".to_string(),
            Err(e) => e.to_string(),
        };
        insta::assert_snapshot!(errors);
    });
}

#[test]
fn the_shipped_rule_sets_load() {
    for abi in ["go", "seed"] {
        let rules = wexlab::rewrite::load_choice(&common::rules(abi))
            .unwrap_or_else(|e| panic!("{abi}: {e}"));
        assert!(
            rules.rules.len() > 100,
            "{abi} has {} rules",
            rules.rules.len()
        );
    }
}
