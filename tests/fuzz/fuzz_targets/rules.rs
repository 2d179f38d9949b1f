//! Arbitrary text as one more rule file beside the shipped `rules/go`, then
//! a small fixed program built with the result: an error or a valid module,
//! never a panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::rewrite::{self, Choice, Source};

const PROGRAM: &str = "package main

var total int64

//go:wasmexport add
func add(a, b int32) int64 {
\tfor i := int32(0); i < b; i++ {
\t\tif a%2 == 0 {
\t\t\ttotal += int64(a) * 3
\t\t} else {
\t\t\ttotal -= int64(i)
\t\t}
\t}
\treturn total
}

func main() {}
";

/// A copy of the shipped `rules/go`, made once per process; the fuzzed text
/// is written beside it as `fuzz.rules` before each build.
fn rule_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("wexlab-fuzz-rules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp dir");
        let shipped = rewrite::files_of(&Source::Builtin("go".to_string())).expect("rules/go");
        for file in shipped {
            let name = PathBuf::from(&file.path);
            let name = name.file_name().expect("a rule file name");
            std::fs::write(dir.join(name), file.text).expect("a rule file copy");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(extra) = std::str::from_utf8(data) else {
        return;
    };
    let dir = rule_dir();
    std::fs::write(dir.join("fuzz.rules"), extra).expect("the fuzzed rule file");
    let options = Options {
        rules: Choice {
            abi: Source::Dir(dir.clone()),
            ..Choice::default()
        },
        ..Options::default()
    };
    let inputs = [SourceInput {
        path: "main.go".to_string(),
        text: PROGRAM.to_string(),
    }];
    let mut session = Session::default();
    if let Ok(wasm) = driver::build(&mut session, &inputs, &options) {
        wasmparser::Validator::new()
            .validate_all(&wasm)
            .expect("every module wexlab returns is valid");
    }
});
