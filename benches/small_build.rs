//! `cargo bench --bench small_build`: the edit loop, as a user sees it —
//! the wexlab binary building a small program from scratch
//! (`wexlab build examples/add.go`), process start and exit included, and
//! the same with the rule checks alone (`wexlab check`). The goal is a
//! median within 10 ms. Times are read from this report, never asserted.
//!
//! wexlab's cache folder (docs/cli.md) is the bench's own, warmed by the
//! first run as by a user's first build; `(no cache)` builds with it off,
//! as the first build after an edit to the rules does; `after an edit`
//! changes a function's body before each build (the time includes writing
//! the file).

mod timing;

use std::path::Path;
use std::process::Command;

fn main() {
    let bench = timing::Bencher::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wexlab = env!("CARGO_BIN_EXE_wexlab");
    let out = root.join("target/bench-small-build");
    std::fs::create_dir_all(&out).expect("a directory under target/");
    let cache = out.join("cache");
    let module = out.join("add.wasm");
    let run = |args: &[&std::ffi::OsStr], cached: bool| {
        let mut command = Command::new(wexlab);
        command.args(args).env("WEXLAB_CACHE_DIR", &cache);
        if !cached {
            command.env("WEXLAB_CACHE", "off");
        }
        let status = command.status().expect("wexlab runs");
        assert!(status.success());
    };
    // `wexlab build SOURCE -o add.wasm`.
    let build = |source: &std::path::Path, cached: bool| {
        run(
            &[
                "build".as_ref(),
                source.as_os_str(),
                "-o".as_ref(),
                module.as_os_str(),
            ],
            cached,
        )
    };
    for example in ["add.go", "hello.go"] {
        let source = root.join("examples").join(example);
        bench.run(&format!("small-build/build {example}"), 50, None, || {
            build(&source, true)
        });
    }
    // The edit loop proper: each build after a change to add's body, so
    // that the kept memo holds every unit but the edited one.
    let edited = out.join("edited.go");
    let original = std::fs::read_to_string(root.join("examples/add.go")).expect("examples/add.go");
    assert!(original.contains("a + b"));
    let mut flip = false;
    bench.run("small-build/build add.go after an edit", 50, None, || {
        flip = !flip;
        let body = if flip { "a*3 - b" } else { "a + b" };
        std::fs::write(&edited, original.replace("a + b", body)).expect("a copy of add.go");
        build(&edited, true)
    });
    let add = root.join("examples/add.go");
    bench.run("small-build/build add.go (no cache)", 50, None, || {
        build(&add, false)
    });
    bench.run("small-build/check add.go", 50, None, || {
        run(&["check".as_ref(), add.as_os_str()], true)
    });
}
