//! `cargo bench --bench bodies_go`: wexlab's own part of a `build --bodies
//! go` — cutting the program to its signatures, checking them, lowering the
//! wrappers (`bodies_go::lower_wrappers`), and splicing them into Go's
//! module (`emit::replace_wrappers`) — on `benches/bodies_go/main.go`, whose
//! module is about 2 MB, against `go build` of the same package (Go's build
//! cache warm, as it is when one edits and rebuilds). Uses the oracle's Go
//! (`.oracle/`, docs/oracle.md). Times are read from this report, never
//! asserted.

mod timing;

use std::path::{Path, PathBuf};
use std::process::Command;

use wexlab::driver::{Options, Session, SourceInput};
use wexlab::mode::Mode;

fn main() {
    let bench = timing::Bencher::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let go = root.join(".oracle/bin/go");
    let dir = root.join("target/bench-bodies-go");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a directory under target/");
    std::fs::write(dir.join("go.mod"), "module bench\n\ngo 1.24\n").unwrap();
    let text = std::fs::read_to_string(root.join("benches/bodies_go/main.go")).unwrap();
    std::fs::write(dir.join("main.go"), &text).unwrap();
    let inputs = [SourceInput {
        path: "main.go".to_string(),
        text,
    }];
    let options = Options {
        mode: Mode::CShared,
        ..Options::default()
    };
    let module = go_build(&go, &dir);
    println!("Go's module: {:.2} MB", module.len() as f64 / 1e6);
    let lower = || {
        let mut session = Session::default();
        wexlab::bodies_go::lower_wrappers(&mut session, &inputs, &options)
            .expect("the bench program builds")
            .expect("the bench program parses")
    };
    let wrappers = lower();
    bench.run(
        "bodies-go/wexlab (cut, check, lower, splice)",
        20,
        None,
        || {
            let wrappers = lower();
            let out = wexlab::emit::replace_wrappers(&module, &wrappers, false).expect("splice");
            assert!(out.len() > 1_000_000);
        },
    );
    bench.run("bodies-go/lower (cut, check, lower)", 20, None, || {
        lower();
    });
    bench.run("bodies-go/splice", 20, None, || {
        wexlab::emit::replace_wrappers(&module, &wrappers, false).expect("splice");
    });
    bench.run("bodies-go/go build (cache warm)", 5, None, || {
        go_build(&go, &dir);
    });
}

fn go_build(go: &PathBuf, dir: &Path) -> Vec<u8> {
    let out = Command::new(go)
        .current_dir(dir)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .args(["build", "-buildmode=c-shared", "-o", "go.wasm", "."])
        .output()
        .expect("go runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join("go.wasm")).unwrap()
}
