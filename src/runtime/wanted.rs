//! The runtime functions a build wants from the start, beyond those its
//! program names (see `outline`): the ones the entry point, the wrappers
//! and the rules call, which a build otherwise finds only by lowering, and
//! pays for by checking again.
//!
//! Within a process, what the first build reached, and what later builds
//! found they needed, is wanted by the next (the tests and fuzzers build
//! thousands of programs). The `wexlab` command,
//! one build per process, keeps in its cache folder what each program
//! reached last time (`reached-HASH`, by program and rules: an edited
//! program wants at once what it wanted before), and what every program
//! built so far reached (`reached-by-all`: a new program starts from that
//! common core). Neither grows past what one build reached, so a program
//! that once used maps does not make every later build read them. With
//! nothing learned, a build reads every body (`driver::FirstBodies`).

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Mutex;

use super::outline::Names;

/// What builds of this process found they needed.
static FOUND: Mutex<Names> = Mutex::new(Names::new());

const BY_ALL: &str = "reached-by-all";

/// The names a build of the program `key` (its files and rules, see
/// [`program_key`]) wants from the start; `None` when no build learned any.
pub fn at_start(key: &str) -> Option<Names> {
    let found = FOUND.lock().map(|f| f.clone()).unwrap_or_default();
    let stored = crate::cache::dir()
        .and_then(|dir| read(dir.join(own_file(key))).or_else(|| read(dir.join(BY_ALL))));
    match stored {
        Some(mut stored) => {
            stored.extend(found);
            Some(stored)
        }
        None => (!found.is_empty()).then_some(found),
    }
}

/// Notes that lowering needed `names`, left out at first.
pub fn found(names: &Names) {
    if let Ok(mut found) = FOUND.lock() {
        found.extend(names.iter().cloned());
    }
}

/// Keeps, for the next command, the runtime functions a finished build of
/// the program `key` reached.
pub fn reached(key: &str, reached: &Names) {
    // The first build of a process read every body (nothing was learned):
    // what it reached is the start of the next.
    if let Ok(mut found) = FOUND.lock()
        && found.is_empty()
    {
        found.clone_from(reached);
    }
    let Some(dir) = crate::cache::dir() else {
        return;
    };
    let own = dir.join(own_file(key));
    if read(own.clone()).as_ref() != Some(reached) {
        write(own, reached);
    }
    let by_all = dir.join(BY_ALL);
    let before = read(by_all.clone());
    let common: Names = match &before {
        Some(before) => before.intersection(reached).cloned().collect(),
        None => reached.clone(),
    };
    if before.as_ref() != Some(&common) {
        write(by_all, &common);
    }
}

/// What tells programs apart for [`at_start`]: where the command ran, the
/// files it was given and the rules chosen.
pub fn program_key(paths: &[String], rules: &impl std::fmt::Debug) -> String {
    let mut h = std::hash::DefaultHasher::new();
    std::env::current_dir().ok().hash(&mut h);
    paths.hash(&mut h);
    format!("{rules:?}").hash(&mut h);
    format!("{:016x}", h.finish())
}

fn own_file(key: &str) -> String {
    format!("reached-{key}")
}

fn read(path: PathBuf) -> Option<Names> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

fn write(path: PathBuf, names: &Names) {
    let text: String = names.iter().map(|n| format!("{n}\n")).collect();
    crate::cache::store(&path, text.as_bytes());
}
