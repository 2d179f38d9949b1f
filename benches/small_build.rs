//! `cargo bench --bench small_build`: the edit loop, as a user sees it —
//! the wexlab binary building a small program from scratch
//! (`wexlab build examples/add.go`), process start and exit included, and
//! the same with the rule checks alone (`wexlab check`). The goal is a
//! median within 10 ms. Times are read from this report, never asserted.

mod timing;

use std::path::Path;
use std::process::Command;

fn main() {
    let bench = timing::Bencher::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wexlab = env!("CARGO_BIN_EXE_wexlab");
    let out = root.join("target/bench-small-build");
    std::fs::create_dir_all(&out).expect("a directory under target/");
    let module = out.join("add.wasm");
    for example in ["add.go", "hello.go"] {
        let source = root.join("examples").join(example);
        bench.run(&format!("small-build/build {example}"), 50, None, || {
            let status = Command::new(wexlab)
                .arg("build")
                .arg(&source)
                .arg("-o")
                .arg(&module)
                .status()
                .expect("wexlab runs");
            assert!(status.success());
        });
    }
    bench.run("small-build/check add.go", 50, None, || {
        let status = Command::new(wexlab)
            .arg("check")
            .arg(root.join("examples/add.go"))
            .status()
            .expect("wexlab runs");
        assert!(status.success());
    });
}
