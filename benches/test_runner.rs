//! `wexlab test` over 1,000 small files: three in four are programs of two
//! exports compared with their golden listings, one in four an errorcheck
//! file. The goal (issue 15): a few seconds for the lot, the rules loaded
//! once, where 1,000 `wexlab build` processes take about 100 ms each.
//!
//! `test/1000` runs the tests in-process; `cli/test/1000` runs the `wexlab
//! test` command on the folder, as a user does.
//!
//!     cargo bench --bench test_runner

// As in the wexlab binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod timing;

use std::path::{Path, PathBuf};

use timing::Bencher;
use wexlab::driver::Options;
use wexlab::mode::Mode;
use wexlab::rewrite::{self, Choice};
use wexlab::test_runner::{self, Config, Verdict};

const FILES: usize = 1_000;

/// Test file `i`: an errorcheck file or a program.
fn source(i: usize) -> String {
    if i % 4 == 3 {
        return format!(
            "package main\n\nfunc main() {{\n\tx{i} := {i} // ERROR \"declared and not used: x{i}\"\n}}\n"
        );
    }
    format!(
        "package main\n\n//go:wasmexport add{i}\nfunc add{i}(a, b int32) int32 {{ return a*{i} + b }}\n\n\
         //go:wasmexport mix{i}\nfunc mix{i}(a int64, f float64, s string) float64 {{\n\
         \tif len(s) > {} {{\n\t\tprintln(s)\n\t}}\n\treturn float64(a) + f\n}}\n\nfunc main() {{}}\n",
        i % 7
    )
}

/// The files, written to `dir`.
fn write_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("a temporary folder");
    (0..FILES)
        .map(|i| {
            let path = dir.join(format!("t{i:04}.go"));
            std::fs::write(&path, source(i)).expect("the test file is written");
            path
        })
        .collect()
}

fn run(files: &[PathBuf], rules: &rewrite::Rules, bless: bool) {
    let config = Config {
        rules,
        options: Options {
            mode: Mode::CShared,
            names: true,
            ..Options::default()
        },
        bless,
    };
    let verdicts = test_runner::run(files, &config);
    let failed = verdicts.iter().filter(|v| matches!(v, Verdict::Failed(_)));
    assert_eq!(failed.count(), 0, "every generated test passes");
}

fn main() {
    wexlab::memory::keep_freed_memory();
    let bencher = Bencher::from_args();
    let dir = std::env::temp_dir().join(format!("wexlab-test-bench-{}", std::process::id()));
    let files = write_files(&dir);
    let rules = rewrite::load_choice(&Choice::default()).expect("the built-in rules load");
    run(&files, &rules, true);
    bencher.run(&format!("test/{FILES}"), 5, Some(FILES as u64), || {
        run(&files, &rules, false)
    });
    bencher.run(&format!("cli/test/{FILES}"), 5, Some(FILES as u64), || {
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_wexlab"))
            .arg("test")
            .arg(&dir)
            .env("WEXLAB_CACHE", "off")
            .stdout(std::process::Stdio::null())
            .status()
            .expect("wexlab runs");
        assert!(status.success(), "wexlab test failed on {}", dir.display());
    });
    let _ = std::fs::remove_dir_all(&dir);
}
