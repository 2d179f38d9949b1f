//! `wexlab test --coverage`: which rules fired over the test files, on how
//! many units and in how many files, and which never fired. Two parts:
//! the `--rules` set (the wasmexport/wasmimport ABI) on the wrappers, and
//! the `lower/` and `cleanup/` rules on the functions of package `main`.
//!
//! Each file's units are lowered again, apart from its test, as `explain`
//! lowers them: the rules' firings are counted even where a unit does not
//! lower (a signature Go refuses), and without the build's memo, which
//! would share one rewriting among similar units. Both versions of a
//! function count (the Go-ABI one export wrappers call, and the direct
//! one Go code calls); the runtime's functions do not.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap as HashMap;

use crate::driver::{self, Session, SourceInput};
use crate::errorcheck;
use crate::ir::build::{self, UnitKind};
use crate::mode::Mode;
use crate::parallel::on_large_stack;
use crate::rewrite::load::Rule;
use crate::rewrite::{self, Group, RuleSet, Rules, Schedule};

/// Firings over files, for the wrappers and for the functions.
pub struct Coverage<'r> {
    wrappers: Part<'r>,
    functions: Part<'r>,
    files: usize,
}

/// Firings of one schedule's rules: per rule (its index in the
/// schedule's set), on how many units and in which files.
struct Part<'r> {
    set: &'r RuleSet,
    fired: Vec<(usize, BTreeSet<PathBuf>)>,
}

impl<'r> Part<'r> {
    fn new(set: &'r RuleSet) -> Part<'r> {
        Part {
            set,
            fired: vec![(0, BTreeSet::new()); set.rules.len()],
        }
    }

    fn add(&mut self, path: &Path, counts: HashMap<usize, usize>) {
        for (rule, n) in counts {
            self.fired[rule].0 += n;
            self.fired[rule].1.insert(path.to_path_buf());
        }
    }
}

/// Counts the firings over `files` (errorcheck files without their
/// comments), the files shared among the cores.
pub fn measure<'r>(files: &[PathBuf], rules: &'r Rules, mode: Mode) -> Coverage<'r> {
    let sets = [
        rules.get(Schedule::Wrappers),
        rules.get(Schedule::Functions),
    ];
    let per_file = crate::parallel::map(files.iter().collect(), |path| {
        (path, fired_in(path, sets, mode))
    });
    let mut wrappers = Part::new(sets[0]);
    let mut functions = Part::new(sets[1]);
    for (path, [on_wrappers, on_functions]) in per_file {
        wrappers.add(path, on_wrappers);
        functions.add(path, on_functions);
    }
    Coverage {
        wrappers,
        functions,
        files: files.len(),
    }
}

/// On how many of one file's wrappers, and of its functions, each rule
/// fired (a rule that matches a node again in a later round counts once);
/// nothing for a file that cannot be read or checked.
fn fired_in(
    path: &Path,
    [wrappers, functions]: [&RuleSet; 2],
    mode: Mode,
) -> [HashMap<usize, usize>; 2] {
    let mut counts = [HashMap::default(), HashMap::default()];
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
        let mut built = build::build(&program, mode);
        let mut units = std::mem::take(&mut built.units);
        let own_functions: Vec<usize> = (0..units.len())
            .filter(|&i| matches!(units[i].kind, UnitKind::Func | UnitKind::Direct))
            .filter(|&i| units[i].symbol.starts_with("main."))
            .collect();
        // A function's terms are built when something first calls it.
        built.build_called(&program, mode, &mut units, &own_functions);
        for unit in &units {
            let set = match unit.kind {
                _ if unit.kind.is_wrapper() => 0,
                UnitKind::Func | UnitKind::Direct if unit.symbol.starts_with("main.") => 1,
                _ => continue,
            };
            let Some(term) = &unit.term else { continue };
            let rules = [wrappers, functions][set];
            if let Ok(saturated) = rewrite::saturate(term, rules, false) {
                for rule in saturated.report.fired.into_keys() {
                    *counts[set].entry(rule).or_default() += 1;
                }
            }
        }
    });
    counts
}

impl Coverage<'_> {
    /// The report: for the wrappers (the ABI set's rules) and then for the
    /// functions (lower/ and cleanup/), the rules that fired, most often
    /// first, with on how many units and in how many files; then those
    /// that never fired, with where they are written, in file order.
    pub fn report(&self) -> String {
        let mut out = String::new();
        self.part(
            &mut out,
            &self.wrappers,
            "the wrappers",
            "wrappers",
            &[Group::Abi],
        );
        self.part(
            &mut out,
            &self.functions,
            "the functions of package main (lower/ and cleanup/)",
            "functions",
            &[Group::Lower, Group::Cleanup],
        );
        out
    }

    fn part(&self, out: &mut String, part: &Part<'_>, title: &str, units: &str, groups: &[Group]) {
        let rules: Vec<(usize, &(usize, BTreeSet<PathBuf>))> = part
            .fired
            .iter()
            .enumerate()
            .filter(|(i, _)| groups.contains(&part.set.rules[*i].group))
            .collect();
        let mut fired: Vec<(usize, &(usize, BTreeSet<PathBuf>))> =
            rules.iter().copied().filter(|(_, (n, _))| *n > 0).collect();
        fired.sort_by_key(|(i, (n, _))| (std::cmp::Reverse(*n), part.set.rules[*i].name.clone()));
        let _ = writeln!(
            out,
            "rule coverage of {title} (rule set {}) over {} files: {} of {} rules fired (on how many {units}, in how many files)",
            part.set.name,
            self.files,
            fired.len(),
            rules.len()
        );
        for (i, (n, files)) in &fired {
            let rule = &part.set.rules[*i];
            let _ = writeln!(
                out,
                "  {n:>6}  {}  ({} files)  {}",
                rule.name,
                files.len(),
                origin(rule)
            );
        }
        let mut never: Vec<&Rule> = rules
            .iter()
            .filter(|(_, (n, _))| *n == 0)
            .map(|(i, _)| part.set.rules[*i].as_ref())
            .collect();
        never.sort_by(|a, b| (&a.origin.file, a.origin.line).cmp(&(&b.origin.file, b.origin.line)));
        let _ = writeln!(out, "never fired: {}", never.len());
        for rule in never {
            let _ = writeln!(out, "  {}: {}", origin(rule), rule.name);
        }
    }
}

fn origin(rule: &Rule) -> String {
    format!("{}:{}", rule.origin.file, rule.origin.line)
}
