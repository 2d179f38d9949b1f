//! The rewriting engine: rule files are read at run time, checked, and run on
//! one e-graph per function; extraction picks the lowered term.
//!
//! A compilation uses three named sets of rules, each a folder of `*.rules`
//! files: the ABI set chosen with `--rules` (`go`, `seed` or a path) that
//! lowers wasmexport and wasmimport, `rules/lower` that maps Go operations
//! to wasm, and `rules/cleanup` (constant folding and simplifications) that
//! `--cleanup none` drops or `--cleanup PATH` replaces. They are loaded
//! once; each unit runs the sets of its [`Schedule`].

pub mod explain;
pub mod extract;
pub mod frontier;
pub mod load;
pub mod lowered;
pub mod memo;
pub mod pattern;
pub mod predicates;
pub mod run;
pub mod schedule;
pub mod sexp;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egg::{Id, Language, RecExpr};

use crate::ir::fold::{Fact, Hidden};
use crate::ir::lang::{Fold, Graph, Node};
pub use load::{LoadErrors, RuleFile, RuleSet};
use run::RunError;
pub use schedule::{Group, Rules, Schedule};

include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// Where a group of rules comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// One of the folders shipped in `rules/` (`go`, `seed`, `lower`, `cleanup`).
    Builtin(String),
    Dir(PathBuf),
}

impl Source {
    /// `go`, `seed` and the other folder names of `rules/` are built in;
    /// anything else is a path.
    pub fn parse(s: &str) -> Source {
        let shipped = || {
            EMBEDDED_RULES
                .iter()
                .any(|(p, _)| p.starts_with(&format!("rules/{s}/")))
                || disk_root().is_some_and(|root| root.join(s).is_dir())
        };
        if !s.is_empty()
            && !s.contains('/')
            && !s.contains('\\')
            && s != "."
            && s != ".."
            && shipped()
        {
            Source::Builtin(s.to_string())
        } else {
            Source::Dir(PathBuf::from(s))
        }
    }

    pub fn label(&self) -> String {
        match self {
            Source::Builtin(n) => n.clone(),
            Source::Dir(p) => p.display().to_string(),
        }
    }
}

/// Which rules a compilation uses.
#[derive(Clone, Debug)]
pub struct Choice {
    pub abi: Source,
    pub lower: Source,
    /// `None` drops the cleanup rules.
    pub cleanup: Option<Source>,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            abi: Source::Builtin("go".to_string()),
            lower: Source::Builtin("lower".to_string()),
            cleanup: Some(Source::Builtin("cleanup".to_string())),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("{0}")]
    Load(#[from] LoadErrors),
    #[error("cannot read rule folder {path}: {error} ({})", choices(*group))]
    Read {
        path: String,
        error: std::io::Error,
        group: Group,
    },
    #[error("rule folder {0} holds no *.rules files")]
    Empty(String),
}

/// What the flag of a group accepts, for an error that names a folder it
/// cannot read.
fn choices(group: Group) -> &'static str {
    match group {
        Group::Abi => {
            "give --rules go, seed, smallint, multivalue, buffers or a folder of *.rules files"
        }
        Group::Lower => "give --lower lower or a folder of *.rules files",
        Group::Cleanup => "give --cleanup cleanup, none or a folder of *.rules files",
    }
}

/// The repository's rules/ folder when wexlab runs from its source tree (so
/// that editing a rule file changes the next build without recompiling), or
/// `$WEXLAB_RULES_DIR`.
fn disk_root() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WEXLAB_RULES_DIR") {
        return Some(PathBuf::from(dir));
    }
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    dev.is_dir().then_some(dev)
}

/// The files of `dir` whose names end in `.EXTENSION`, by name.
fn read_dir(
    dir: &Path,
    label: &str,
    group: Group,
    extension: &str,
) -> Result<Vec<RuleFile>, RulesError> {
    let entries = std::fs::read_dir(dir).map_err(|error| RulesError::Read {
        path: label.to_string(),
        error,
        group,
    })?;
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|error| RulesError::Read {
            path: p.display().to_string(),
            error,
            group,
        })?;
        let shown = match p.strip_prefix(std::env::current_dir().unwrap_or_default()) {
            Ok(rel) => rel.display().to_string(),
            Err(_) => p.display().to_string(),
        };
        files.push(RuleFile { path: shown, text });
    }
    Ok(files)
}

/// The rule files of `source`, read for `group` (whose flag an error names).
pub fn files_of(source: &Source, group: Group) -> Result<Vec<RuleFile>, RulesError> {
    let files = files_with(source, group, "rules", EMBEDDED_RULES)?;
    if files.is_empty() {
        return Err(RulesError::Empty(match source {
            Source::Dir(p) => p.display().to_string(),
            Source::Builtin(name) => format!("rules/{name}"),
        }));
    }
    Ok(files)
}

/// The Go files (`*.go`, package main) that the ABI folder `source` carries:
/// compiled with the program whenever the folder is the ABI set, so that a
/// set can add code of its own (`buffers` exports malloc and free). Most
/// folders carry none.
pub fn go_files_of(source: &Source) -> Result<Vec<RuleFile>, RulesError> {
    files_with(source, Group::Abi, "go", EMBEDDED_GO)
}

/// The files of `source` whose names end in `.EXTENSION`: from disk, or
/// for a built-in folder that is not on disk, from the copy `embedded`.
fn files_with(
    source: &Source,
    group: Group,
    extension: &str,
    embedded: &[(&str, &str)],
) -> Result<Vec<RuleFile>, RulesError> {
    match source {
        Source::Dir(p) => read_dir(p, &p.display().to_string(), group, extension),
        Source::Builtin(name) => {
            if let Some(root) = disk_root() {
                let dir = root.join(name);
                if dir.is_dir() {
                    let mut files = read_dir(&dir, &format!("rules/{name}"), group, extension)?;
                    for f in &mut files {
                        // Show rules/NAME/FILE whatever the current directory.
                        if let Some(file) = Path::new(&f.path).file_name() {
                            f.path = format!("rules/{name}/{}", file.to_string_lossy());
                        }
                    }
                    return Ok(files);
                }
            }
            let prefix = format!("rules/{name}/");
            Ok(embedded
                .iter()
                .filter(|(p, _)| p.starts_with(&prefix))
                .map(|(p, t)| RuleFile {
                    path: p.to_string(),
                    text: t.to_string(),
                })
                .collect())
        }
    }
}

/// Reads and checks the rules of a compilation, each folder as its set.
pub fn load_choice(choice: &Choice) -> Result<Rules, RulesError> {
    load_groups(choice, |_| true)
}

/// Reads and checks only the folders of the sets `schedule` runs, so that
/// the others, unread, cannot stop it (`explain` shows only wrappers).
pub fn load_choice_for(choice: &Choice, schedule: Schedule) -> Result<Rules, RulesError> {
    load_groups(choice, |g| schedule.runs(g))
}

fn load_groups(choice: &Choice, wanted: impl Fn(Group) -> bool) -> Result<Rules, RulesError> {
    let sources = [
        (Group::Abi, Some(&choice.abi)),
        (Group::Lower, Some(&choice.lower)),
        (Group::Cleanup, choice.cleanup.as_ref()),
    ];
    let mut groups = Vec::new();
    for (group, source) in sources {
        if let Some(source) = source.filter(|_| wanted(group)) {
            groups.push((group, files_of(source, group)?));
        }
    }
    let groups: Vec<(Group, &[RuleFile])> = groups.iter().map(|(g, f)| (*g, &f[..])).collect();
    Ok(load::load(&choice.abi.label(), &groups)?)
}

/// The result of rewriting one term.
pub struct Lowered {
    pub term: RecExpr<Node>,
    pub report: run::Report,
    pub graph: Option<Graph>,
    pub root: Id,
}

#[derive(Debug, thiserror::Error)]
pub enum LowerError {
    #[error("{0}")]
    Run(#[from] run::RunError),
    #[error("cannot lower")]
    Unlowered(Vec<extract::Failure>),
}

/// Builds an e-graph from `term`, runs the rules and extracts the lowered
/// term. With `record`, the report lists every application and the e-graph
/// is kept (for `explain`).
pub fn lower(term: &RecExpr<Node>, rules: &RuleSet, record: bool) -> Result<Lowered, LowerError> {
    let s = saturate(term, rules, record)?;
    let term = s.extract(rules)?;
    Ok(Lowered {
        term,
        report: s.report,
        graph: record.then_some(s.graph),
        root: s.root,
    })
}

/// An e-graph the rules have run on, before extraction: `explain` shows
/// what fired even when nothing lowered the term.
pub struct Saturated {
    pub graph: Graph,
    pub report: run::Report,
    pub root: Id,
    /// The e-class of each input node, in order (diagnostics follow it).
    input: Vec<Id>,
}

impl Saturated {
    /// The cheapest fully lowered term, or where lowering got stuck.
    pub fn extract(&self, rules: &RuleSet) -> Result<RecExpr<Node>, LowerError> {
        extract::extract(&self.graph, self.root, rules, &self.input).map_err(LowerError::Unlowered)
    }
}

/// Builds an e-graph from `term` and runs the rules on it.
pub fn saturate(
    term: &RecExpr<Node>,
    rules: &RuleSet,
    record: bool,
) -> Result<Saturated, LowerError> {
    let (graph, input, report) = on_still_clock(|| run_on(term, rules, record, Fold::default()));
    let root = graph.find(*input.last().expect("terms are not empty"));
    Ok(Saturated {
        graph,
        report: report?,
        root,
        input,
    })
}

/// `lower` with some numbers of `term` hidden behind `hidden`'s
/// placeholders (see `ir::fold` and `memo`): the lowered term, and the
/// facts about the hidden numbers it depends on.
pub fn lower_hiding(
    term: &RecExpr<Node>,
    rules: &RuleSet,
    hidden: Arc<Hidden>,
) -> Result<(RecExpr<Node>, Vec<Fact>), LowerError> {
    let (graph, input, report) =
        on_still_clock(|| run_on(term, rules, false, Fold::hiding(hidden)));
    report?;
    let root = graph.find(*input.last().expect("terms are not empty"));
    let lowered = extract::extract(&graph, root, rules, &input).map_err(LowerError::Unlowered)?;
    Ok((lowered, graph.analysis.facts()))
}

fn on_still_clock<T>(f: impl FnOnce() -> T) -> T {
    // egg times each rebuild for its log only; the first reading of its real
    // clock calibrates the CPU's counter, a busy wait of tens of
    // milliseconds that would be most of a small build.
    thread_local! {
        static STILL_CLOCK: quanta::Clock = quanta::Clock::mock().0;
    }
    STILL_CLOCK.with(|clock| quanta::with_clock(clock, f))
}

/// An e-graph of `term` under `fold`, the e-class of each input node, and
/// how the rules' run on it ended.
fn run_on(
    term: &RecExpr<Node>,
    rules: &RuleSet,
    record: bool,
    fold: Fold,
) -> (Graph, Vec<Id>, Result<run::Report, RunError>) {
    let mut g = Graph::new(fold);
    // Node by node, to know each input node's e-class.
    let mut input: Vec<Id> = Vec::with_capacity(term.as_ref().len());
    for node in term.as_ref() {
        let node = node.clone().map_children(|c| input[usize::from(c)]);
        input.push(g.add(node));
    }
    let report = run::run(&mut g, rules, run::Limits::for_input(term), record);
    (g, input, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried(name: &str) -> Vec<String> {
        let files = go_files_of(&Source::Builtin(name.to_string())).expect("a shipped set");
        files.into_iter().map(|f| f.path).collect()
    }

    #[test]
    fn only_buffers_carries_go_code() {
        assert_eq!(carried("buffers"), ["rules/buffers/malloc.go"]);
        for name in ["go", "seed", "smallint", "multivalue"] {
            assert!(carried(name).is_empty(), "{name}");
        }
    }

    /// An installed binary, which finds no rules/ on disk, still has them.
    #[test]
    fn the_binary_embeds_the_go_code_apart_from_the_rules() {
        let malloc = EMBEDDED_GO
            .iter()
            .find(|(p, _)| *p == "rules/buffers/malloc.go");
        assert!(malloc.is_some_and(|(_, text)| text.contains("//go:wasmexport malloc")));
        assert!(EMBEDDED_RULES.iter().all(|(p, _)| p.ends_with(".rules")));
    }
}
