//! The tutorial of rules/README.md, run as written: each ```sh block in a
//! scratch copy of the checkout's rules/, with the built wexlab first on
//! PATH, its standard output and error together compared with the ```text
//! block that follows it.

use std::path::Path;
use std::process::Command;

/// The tutorial's (commands, what they print) pairs, in order.
fn steps(readme: &str) -> Vec<(String, String)> {
    let start = readme
        .find("## Tutorial")
        .expect("rules/README.md has a tutorial");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
    let mut blocks = Vec::new();
    let mut rest = section;
    while let Some(open) = rest.find("\n```") {
        let after = &rest[open + 4..];
        let lang_end = after.find('\n').expect("a fence ends its line");
        let lang = after[..lang_end].to_string();
        let body = &after[lang_end + 1..];
        let close = body.find("\n```").expect("every fence closes") + 1;
        blocks.push((lang, body[..close].to_string()));
        rest = &body[close + 3..];
    }
    let mut pairs = Vec::new();
    let mut blocks = blocks.into_iter();
    while let Some((lang, commands)) = blocks.next() {
        assert_eq!(lang, "sh", "the tutorial alternates sh and text blocks");
        let (lang, printed) = blocks
            .next()
            .expect("each sh block is followed by its output");
        assert_eq!(lang, "text", "after {commands}");
        pairs.push((commands, printed));
    }
    pairs
}

#[test]
fn the_rules_tutorial_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("rules/README.md")).unwrap();
    let steps = steps(&readme);
    assert!(steps.len() >= 3, "{} steps", steps.len());
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tutorial");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let copied = Command::new("cp")
        .args(["-r", &root.join("rules").display().to_string(), "rules"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(copied.success());
    let bin = Path::new(env!("CARGO_BIN_EXE_wexlab")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for (i, (commands, printed)) in steps.iter().enumerate() {
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!("exec 2>&1\n{commands}"))
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .expect("bash runs");
        let got = String::from_utf8_lossy(&out.stdout);
        assert_eq!(got, *printed, "step {}:\n{commands}", i + 1);
    }
}
