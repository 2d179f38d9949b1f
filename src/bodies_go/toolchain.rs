//! Running the Go toolchain: `GOOS=wasip1 GOARCH=wasm go build` on the
//! user's files, into a temporary directory that is removed afterwards.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::mode::Mode;

/// Why Go produced no module.
#[derive(Debug, thiserror::Error)]
pub enum GoError {
    /// Go could not be started (not on PATH, not executable).
    #[error("cannot run {go}: {error} (install Go, or give its path with --go)")]
    Start { go: String, error: std::io::Error },
    /// Go reported errors: its standard error, passed through, and its
    /// exit status.
    #[error("{stderr}")]
    Failed { stderr: String, status: i32 },
    #[error("cannot make a temporary directory for go build: {0}")]
    TempDir(std::io::Error),
    #[error("go build wrote no module: {0}")]
    NoModule(std::io::Error),
}

/// Builds the package with Go and returns the module's bytes. `package`
/// is what the user gave wexlab: one directory, which Go builds as `.`
/// from inside it (finding its `go.mod`, naming the package by its import
/// path), or files, which Go builds from their directory.
pub fn go_build(go: &Path, package: &[PathBuf], mode: Mode) -> Result<Vec<u8>, GoError> {
    let dir = TempDir::new().map_err(GoError::TempDir)?;
    let out = dir.0.join("module.wasm");
    let absolute: Vec<PathBuf> = package
        .iter()
        .map(|f| std::path::absolute(f).unwrap_or_else(|_| f.clone()))
        .collect();
    let (package_dir, args): (PathBuf, Vec<PathBuf>) = match absolute.as_slice() {
        [d] if d.is_dir() => (d.clone(), vec![PathBuf::from(".")]),
        files => {
            let dir = files
                .first()
                .and_then(|f| f.parent())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            let relative = files.iter().map(|f| {
                f.strip_prefix(&dir)
                    .map_or_else(|_| f.clone(), Path::to_path_buf)
            });
            (dir.clone(), relative.collect())
        }
    };
    let mut command = Command::new(go);
    command
        .current_dir(&package_dir)
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .arg("build")
        .arg("-o")
        .arg(&out);
    if mode == Mode::CShared {
        command.arg("-buildmode=c-shared");
    }
    command.args(&args);
    let output = command.output().map_err(|error| GoError::Start {
        go: go.display().to_string(),
        error,
    })?;
    if !output.status.success() {
        return Err(GoError::Failed {
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            status: output.status.code().unwrap_or(1),
        });
    }
    std::fs::read(&out).map_err(GoError::NoModule)
}

/// A directory of its own under the system's temporary directory, removed
/// with everything in it when dropped, whatever happened.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("wexlab-go-{}-{n}", std::process::id()));
        std::fs::create_dir(&path)?;
        Ok(TempDir(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Nothing more can be done about a directory that will not go.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
