//! wexlab's cache folder: what one `wexlab` command found and the next can
//! reuse — the loaded rule sets (`rewrite::load::cache`) and the runtime
//! functions builds turned out to need (`driver`). Everything in it only
//! saves time: a missing, stale or damaged file is ignored and written
//! again, and no output depends on it.
//!
//! Only the `wexlab` command turns it on ([`enable`]); the library's other
//! callers (tests, benches, fuzzers) never read or write it.

pub mod codec;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// A folder given by the program rather than the environment.
static GIVEN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Lets this process use the cache folder, unless `WEXLAB_CACHE=off`.
pub fn enable() {
    let off = std::env::var_os("WEXLAB_CACHE").is_some_and(|v| v == "off");
    ENABLED.store(!off, Ordering::Relaxed);
}

/// Lets this process use `dir` as its cache folder (the tests' way; the
/// first folder given stays).
pub fn enable_at(dir: PathBuf) {
    let _ = GIVEN.set(dir);
    ENABLED.store(true, Ordering::Relaxed);
}

/// The cache folder, when this process uses one: `WEXLAB_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/wexlab`, else `$HOME/.cache/wexlab`.
pub fn dir() -> Option<PathBuf> {
    if !ENABLED.load(Ordering::Relaxed) {
        return None;
    }
    if let Some(dir) = GIVEN.get() {
        return Some(dir.clone());
    }
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("WEXLAB_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("wexlab"));
    }
    var("HOME").map(|home| PathBuf::from(home).join(".cache").join("wexlab"))
}

/// Writes `bytes` beside `path` and renames them over it, so that a reader
/// never sees half a file. A failure only costs a later command its
/// shortcut, so it is not reported.
pub fn store(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    evict(dir);
}

/// At most this many files in the folder; past it, the oldest go until a
/// quarter of the room is free again (`wexlab test` on a thousand files
/// keeps a memo for each).
const MOST_FILES: usize = 512;

/// Removes the files written longest ago while the folder holds more than
/// [`MOST_FILES`].
fn evict(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let entries: Vec<std::fs::DirEntry> = entries.flatten().collect();
    // Counted before anything is asked of each file: the common case.
    if entries.len() <= MOST_FILES {
        return;
    }
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .iter()
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort();
    let excess = files.len() - MOST_FILES * 3 / 4;
    for (_, path) in files.into_iter().take(excess) {
        let _ = std::fs::remove_file(path);
    }
}
