//! `wexlab test --coverage`: which rules of the `--rules` set (the
//! wasmexport/wasmimport ABI) fired on the wrappers of the test files, on
//! how many wrappers and in how many files, and which never fired.
//!
//! Each file's wrappers are lowered again, apart from its test, as
//! `explain` lowers them: the rules' firings are counted even where a
//! wrapper does not lower (a signature Go refuses). Go functions' bodies
//! are not counted: they run the Functions schedule, through the build's
//! memoized lowering, which shares one lowering among similar units.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap as HashMap;

use crate::driver::{self, Session, SourceInput};
use crate::errorcheck;
use crate::ir::build;
use crate::mode::Mode;
use crate::parallel::on_large_stack;
use crate::rewrite::load::Rule;
use crate::rewrite::{self, Group, RuleSet, Rules, Schedule};

/// Firings of the wrapper rules over files: per rule (its index in the
/// wrapper schedule's set), on how many wrappers and in which files. Only the
/// ABI set's rules are reported: lower/ rules hardly touch wrappers.
pub struct Coverage<'r> {
    set: &'r RuleSet,
    fired: Vec<(usize, BTreeSet<PathBuf>)>,
    files: usize,
}

/// Counts the firings over `files` (errorcheck files without their
/// comments), the files shared among the cores.
pub fn measure<'r>(files: &[PathBuf], rules: &'r Rules, mode: Mode) -> Coverage<'r> {
    let set = rules.get(Schedule::Wrappers);
    let per_file = crate::parallel::map(files.iter().collect(), |path| {
        (path, fired_in(path, set, mode))
    });
    let mut fired: Vec<(usize, BTreeSet<PathBuf>)> = vec![(0, BTreeSet::new()); set.rules.len()];
    for (path, counts) in per_file {
        for (rule, n) in counts {
            fired[rule].0 += n;
            fired[rule].1.insert(path.clone());
        }
    }
    Coverage {
        set,
        fired,
        files: files.len(),
    }
}

/// On how many of one file's wrappers each rule fired (a rule that matches
/// a node again in a later round counts once); nothing for a file that
/// cannot be read or checked.
fn fired_in(path: &Path, set: &RuleSet, mode: Mode) -> HashMap<usize, usize> {
    let mut counts = HashMap::default();
    let Ok(text) = std::fs::read_to_string(path) else {
        return counts;
    };
    let (_, text) = errorcheck::expectations(&text);
    let inputs = [SourceInput {
        path: path.display().to_string(),
        text,
    }];
    on_large_stack(|| {
        let mut session = Session::default();
        let Some(program) = driver::check_program(&mut session, &inputs) else {
            return;
        };
        let built = build::build(&program, mode);
        for unit in built.units.iter().filter(|u| u.kind.is_wrapper()) {
            let Some(term) = &unit.term else { continue };
            if let Ok(saturated) = rewrite::saturate(term, set, false) {
                for rule in saturated.report.fired.into_keys() {
                    *counts.entry(rule).or_default() += 1;
                }
            }
        }
    });
    counts
}

impl Coverage<'_> {
    /// The report: the ABI rules that fired, most often first, with on how
    /// many wrappers and in how many files; then those that never fired, with where
    /// they are written, in file order.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let abi: Vec<(usize, &(usize, BTreeSet<PathBuf>))> = self
            .fired
            .iter()
            .enumerate()
            .filter(|(i, _)| self.set.rules[*i].group == Group::Abi)
            .collect();
        let mut fired: Vec<(usize, &(usize, BTreeSet<PathBuf>))> =
            abi.iter().copied().filter(|(_, (n, _))| *n > 0).collect();
        fired.sort_by_key(|(i, (n, _))| (std::cmp::Reverse(*n), self.set.rules[*i].name.clone()));
        let _ = writeln!(
            out,
            "rule coverage of the wrappers (rule set {}) over {} files: {} of {} rules fired (on how many wrappers, in how many files)",
            self.set.name,
            self.files,
            fired.len(),
            abi.len()
        );
        for (i, (n, files)) in &fired {
            let rule = &self.set.rules[*i];
            let _ = writeln!(
                out,
                "  {n:>6}  {}  ({} files)  {}",
                rule.name,
                files.len(),
                origin(rule)
            );
        }
        let mut never: Vec<&Rule> = abi
            .iter()
            .filter(|(_, (n, _))| *n == 0)
            .map(|(i, _)| self.set.rules[*i].as_ref())
            .collect();
        never.sort_by(|a, b| (&a.origin.file, a.origin.line).cmp(&(&b.origin.file, b.origin.line)));
        let _ = writeln!(out, "never fired: {}", never.len());
        for rule in never {
            let _ = writeln!(out, "  {}: {}", origin(rule), rule.name);
        }
        out
    }
}

fn origin(rule: &Rule) -> String {
    format!("{}:{}", rule.origin.file, rule.origin.line)
}
