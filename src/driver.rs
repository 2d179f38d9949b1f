//! The pipeline, end to end: parse, check, build terms, rewrite each unit
//! reachable from the module's roots, emit.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::cache::codec::{Decoder, Encoder};
use crate::check::types::Basic;
use crate::check::{self, PackageSource};
use crate::diag::{Diagnostic, Diagnostics, FileId, Phase, SourceMap, Span};
use crate::emit;
use crate::host::GoKind;
use crate::ir::build::{self, Unit, UnitKind};
use crate::ir::lang::Node;
use crate::mode::Mode;
use crate::parallel::{self, on_large_stack};
use crate::rewrite::lowered::LoweredTerm;
use crate::rewrite::memo::Memo;
use crate::rewrite::{self, LowerError, Rules, Schedule};
use std::sync::Arc;

use crate::runtime::outline::{Names, outline};
use crate::runtime::wanted;
use crate::syntax;

/// A Go source file given to wexlab.
#[derive(Clone, Debug)]
pub struct SourceInput {
    pub path: String,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub mode: Mode,
    pub rules: rewrite::Choice,
    /// Lower units that differ only in names once (`rewrite::memo`). The
    /// output is the same either way; off only to test exactly that.
    pub memoize: bool,
    /// Write the module's name section (function names).
    pub names: bool,
    /// Which of the runtime's bodies the program is checked with at first.
    /// The output is the same whatever the choice.
    pub runtime_bodies: FirstBodies,
}

/// Which runtime bodies a build reads at first; lowering may find that it
/// needs more, and then checks the program again with them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FirstBodies {
    /// Those the program names, with what earlier builds found they needed
    /// (`runtime::wanted`). When they found nothing (the first build of a
    /// process, the cache off), every body: otherwise lowering a large
    /// program would find the entry point's needs only after its first
    /// check, and check it twice more.
    #[default]
    Learned,
    /// Every body.
    Whole,
    /// Only those the program names: for the test that finding the rest
    /// while lowering changes nothing.
    OwnNames,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Exe,
            rules: rewrite::Choice::default(),
            memoize: true,
            names: false,
            runtime_bodies: FirstBodies::Learned,
        }
    }
}

/// Why a build produced no module.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Errors in the Go source; they are in the session's diagnostics.
    #[error("the program has errors")]
    Source,
    #[error("{0}")]
    Rules(#[from] rewrite::RulesError),
    /// The rules could not lower a unit that has no source position (the
    /// entry point, package initialization): a problem of the rule set.
    #[error("rule set {rules}: {unit}: {message}")]
    Lowering {
        rules: String,
        unit: String,
        message: String,
    },
    #[error("{0}")]
    Emit(#[from] emit::EmitError),
    #[error(
        "no //go:wasmexport function exports {0}, and no //go:wasmimport function is named so (wexlab explain lists them all without --export)"
    )]
    NoSuchExport(String),
    #[error("cannot write {path}: {error}")]
    Write { path: String, error: std::io::Error },
    /// Lowering called runtime functions whose bodies the build left out
    /// (by name); `build` builds again with them. Never shown to a user.
    #[error("the runtime functions {0:?} were left out of the build")]
    RuntimeLeftOut(Names),
}

/// The program's files followed by the Go files its ABI rule set carries
/// (`rewrite::go_files_of`): what a build checks and compiles.
pub fn with_carried_go(
    inputs: &[SourceInput],
    rules: &rewrite::Choice,
) -> Result<Vec<SourceInput>, BuildError> {
    let carried = rewrite::go_files_of(&rules.abi)?;
    let carried = carried.into_iter().map(|f| SourceInput {
        path: f.path,
        text: f.text,
    });
    Ok(inputs.iter().cloned().chain(carried).collect())
}

/// Sources and diagnostics of one compilation.
#[derive(Default)]
pub struct Session {
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
    /// How long each phase of `build` took (`wexlab build --timings`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// The Go kind of each result of each wasmexport, by export name, so
    /// that `wexlab run` prints a result as Go would.
    pub export_results: Vec<(String, Vec<GoKind>)>,
    /// What loading the rules found that did not stop it.
    pub rule_warnings: Vec<rewrite::load::RuleError>,
}

impl Session {
    /// Forgets the sources and diagnostics of a compilation, to check its
    /// program again from the start.
    fn start_over(&mut self) {
        self.sources = SourceMap::default();
        self.diagnostics = Diagnostics::default();
        self.export_results.clear();
    }

    /// Runs `f`, recording how long it took as `phase`.
    pub fn time<T>(&mut self, phase: &'static str, f: impl FnOnce(&mut Session) -> T) -> T {
        let start = std::time::Instant::now();
        let out = f(self);
        self.timings.push((phase, start.elapsed()));
        out
    }
}

/// Which of the runtime's function bodies a compilation reads.
#[derive(Clone, Debug)]
pub enum RuntimeBodies {
    /// Every one.
    All,
    /// Those of the functions the program's files name and of these, and
    /// whatever their bodies name (see `runtime::outline`).
    Wanted(Names),
}

/// The runtime's files, added to the session and parsed: whole, or with
/// the bodies nothing wants left out. They are the same in every session,
/// where they come first: parsed whole once per process, for the programs
/// that the tests, benches and fuzzers build by the thousand, and lent
/// rather than copied (a copy of the trees cost as much as a third of
/// parsing them).
fn parse_runtime(
    ids: &[FileId],
    bodies: &RuntimeBodies,
    user: &[syntax::Parsed],
) -> Arc<Vec<syntax::Parsed>> {
    static PARSED: std::sync::OnceLock<Arc<Vec<syntax::Parsed>>> = std::sync::OnceLock::new();
    let sources = crate::runtime::SOURCES;
    // On every core: the files are independent, and the rules load beside
    // them in a fraction of the time.
    let parse_all = || -> Vec<syntax::Parsed> {
        let files: Vec<(FileId, &str)> = ids
            .iter()
            .zip(sources)
            .map(|(id, (_, text))| (*id, *text))
            .collect();
        crate::parallel::map(files, |(id, text)| syntax::parse(id, text))
    };
    if !ids.iter().enumerate().all(|(i, id)| id.0 as usize == i) {
        return Arc::new(parse_all());
    }
    match bodies {
        RuntimeBodies::All => Arc::clone(PARSED.get_or_init(|| Arc::new(parse_all()))),
        RuntimeBodies::Wanted(names) => {
            let outline = outline();
            let mut wanted = names.clone();
            wanted.extend(
                user.iter()
                    .flat_map(|p| &p.tokens)
                    .filter_map(|(_, t, _)| match t {
                        syntax::lexer::Tok::Ident(s) if outline.has_function(s) => Some(s.clone()),
                        _ => None,
                    }),
            );
            outline.parse(&outline.closure(&wanted))
        }
    }
}

/// Parses and checks the program: the runtime package and the user's files
/// (in the order given; callers sort them by name, as `go build` does).
/// `None` when errors of Go's first phases stop the compilation (only those
/// errors are kept, as Go reports them); errors wexlab finds later in the
/// program are left in the session for `lower_program` to weigh.
pub fn check_program(session: &mut Session, inputs: &[SourceInput]) -> Option<check::hir::Program> {
    check_program_with(session, inputs, &RuntimeBodies::All)
}

/// [`check_program`] reading only the runtime's `bodies`.
pub fn check_program_with(
    session: &mut Session,
    inputs: &[SourceInput],
    bodies: &RuntimeBodies,
) -> Option<check::hir::Program> {
    on_large_stack(|| {
        let ids: Vec<FileId> = crate::runtime::SOURCES
            .iter()
            .map(|(path, text)| session.sources.add(*path, *text))
            .collect();
        let mut user_parsed = Vec::new();
        for input in inputs {
            let id = session.sources.add(input.path.clone(), input.text.clone());
            user_parsed.push(syntax::parse(id, &input.text));
        }
        let runtime_parsed = parse_runtime(&ids, bodies, &user_parsed);
        for p in runtime_parsed.iter().chain(&user_parsed) {
            for d in &p.diagnostics {
                session.diagnostics.push(d.clone());
            }
        }
        // Syntax errors stop the compilation before type checking, as in Go;
        // the lexer's complaints about literals and characters do not.
        if session
            .diagnostics
            .first_error_phase()
            .is_some_and(|p| p == Phase::Syntax)
        {
            session.diagnostics.gate();
            return None;
        }
        let runtime = PackageSource {
            name: "runtime",
            files: runtime_parsed.iter().collect(),
            is_runtime: true,
        };
        let main = PackageSource {
            name: "main",
            files: user_parsed.iter().collect(),
            is_runtime: false,
        };
        let (program, diags) = check::check(&session.sources, runtime, main);
        session.diagnostics.extend(diags);
        if session
            .diagnostics
            .first_error_phase()
            .is_some_and(|p| p <= Phase::Declarations)
        {
            session.diagnostics.gate();
            return None;
        }
        Some(program)
    })
}

/// The units of a program lowered by a rule set, in the order the module
/// lists them: the entry point, the exports in source order, then what they reach.
pub struct LoweredProgram {
    pub units: Vec<emit::Lowered>,
    pub built: build::Built,
}

/// Lowers the units of a program. First the wasmexport and wasmimport
/// units (whose failures are Go's signature errors); then, if the program
/// has no errors at all, everything reachable from the entry point, the
/// exports and main.main.
pub fn lower_program(
    session: &mut Session,
    program: &check::hir::Program,
    rules: &Rules,
    mode: Mode,
    memoize: bool,
) -> Result<LoweredProgram, BuildError> {
    lower_with_memos(session, program, rules, mode, &Memos::new(memoize))
}

fn lower_with_memos(
    session: &mut Session,
    program: &check::hir::Program,
    rules: &Rules,
    mode: Mode,
    memos: &Memos,
) -> Result<LoweredProgram, BuildError> {
    on_large_stack(|| {
        // On every core; results in the order of `indices`.
        let lower_all = |indices: &[usize], units: &[Unit]| {
            parallel::map(indices.to_vec(), |i| lower_unit(&units[i], rules, memos))
        };
        let mut built = build::build(program, mode);
        let mut units: Vec<Unit> = std::mem::take(&mut built.units);
        // What a call can name: an export's name is any string, and nothing
        // calls a wrapper.
        let by_symbol: HashMap<String, usize> = units
            .iter()
            .enumerate()
            .filter(|(_, u)| !matches!(u.kind, UnitKind::Export { .. }))
            .map(|(i, u)| (u.symbol.clone(), i))
            .collect();
        // Module order: the entry point, the exports in source order, then the
        // imports and whatever the lowered code calls.
        let rank = |kind: &UnitKind| match kind {
            UnitKind::Entry => Some(0),
            UnitKind::Export { .. } => Some(1),
            UnitKind::Import => Some(2),
            UnitKind::Func | UnitKind::Direct => None,
        };
        let mut order: Vec<usize> = (0..units.len())
            .filter(|&i| rank(&units[i].kind).is_some())
            .collect();
        // Stable: source order within each rank.
        order.sort_by_key(|&i| rank(&units[i].kind));

        let mut done: HashMap<usize, emit::Lowered> = HashMap::default();
        let mut failed = false;
        // A function's two versions (Go's ABI and the direct one) fail alike:
        // each message once.
        let mut reported: HashSet<(Option<Span>, String)> = HashSet::default();
        let signatures: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| units[i].kind.is_wrapper())
            .collect();
        let results = lower_all(&signatures, &units);
        failed |= settle(
            session,
            rules,
            &units,
            &signatures,
            results,
            &mut done,
            &mut reported,
        )?;
        if failed || session.diagnostics.has_errors() {
            session.diagnostics.gate();
            return Err(BuildError::Source);
        }

        // Breadth first from the roots, a wave at a time (each wave lowered in
        // parallel): the same order as one unit at a time. Then from
        // main.main's direct version, which no root calls in c-shared mode:
        // the module keeps the wasmimports it reaches there too, as Go's
        // does (docs/module.md). Its units come last, leaving the others'
        // order as it was.
        let main = by_symbol
            .get(build::direct_symbol(build::MAIN_SYMBOL).as_str())
            .copied();
        let mut seen: HashSet<usize> = HashSet::default();
        let mut lowered = Vec::new();
        for start in [order, main.into_iter().collect()] {
            let mut wave: Vec<usize> = start.into_iter().filter(|&i| seen.insert(i)).collect();
            while !wave.is_empty() {
                let todo: Vec<usize> = wave
                    .iter()
                    .copied()
                    .filter(|i| !done.contains_key(i))
                    .collect();
                built.build_called(program, mode, &mut units, &todo);
                let results = lower_all(&todo, &units);
                failed |= settle(
                    session,
                    rules,
                    &units,
                    &todo,
                    results,
                    &mut done,
                    &mut reported,
                )?;
                let mut next = Vec::new();
                let mut left_out = Names::new();
                for i in wave {
                    let Some(l) = done.remove(&i) else { continue };
                    for callee in called(&l.term) {
                        if let Some(&j) = by_symbol.get(callee.as_str()) {
                            if seen.insert(j) {
                                next.push(j);
                            }
                        } else if let Some(f) = program.left_out(&callee)
                            && let Some(name) = outline().function_of(&f.symbol)
                        {
                            left_out.insert(name.to_string());
                        }
                    }
                    lowered.push(l);
                }
                if !left_out.is_empty() {
                    return Err(BuildError::RuntimeLeftOut(left_out));
                }
                wave = next;
            }
        }
        if failed {
            return Err(BuildError::Source);
        }
        built.add_string_data();
        Ok(LoweredProgram {
            units: lowered,
            built,
        })
    })
}

/// Lowers only the wasmexport and wasmimport units of a program, in source
/// order, each whether or not anything calls it: for `--bodies go`, where
/// Go compiles everything else and decides what the module keeps.
pub fn lower_wrappers(
    session: &mut Session,
    program: &check::hir::Program,
    rules: &Rules,
    mode: Mode,
) -> Result<Vec<emit::Lowered>, BuildError> {
    on_large_stack(|| {
        let memos = Memos::new(true);
        let units = build::build(program, mode).units;
        let wrappers: Vec<usize> = (0..units.len())
            .filter(|&i| units[i].kind.is_wrapper())
            .collect();
        let results = parallel::map(wrappers.clone(), |i| lower_unit(&units[i], rules, &memos));
        let mut done = HashMap::default();
        let mut reported = HashSet::default();
        let failed = settle(
            session,
            rules,
            &units,
            &wrappers,
            results,
            &mut done,
            &mut reported,
        )?;
        if failed || session.diagnostics.has_errors() {
            session.diagnostics.gate();
            return Err(BuildError::Source);
        }
        Ok(wrappers.iter().filter_map(|i| done.remove(i)).collect())
    })
}

/// One memo per schedule: a shape lowers alike only under the same rules.
struct Memos(Vec<(Schedule, Memo)>);

impl Memos {
    fn new(enabled: bool) -> Memos {
        let schedules = rewrite::schedule::SCHEDULES.iter().map(|(s, _)| *s);
        Memos(if enabled {
            schedules.map(|s| (s, Memo::default())).collect()
        } else {
            Vec::new()
        })
    }

    fn for_unit(&self, unit: &Unit) -> Option<&Memo> {
        let schedule = Schedule::of(&unit.kind);
        self.0.iter().find(|(s, _)| *s == schedule).map(|(_, m)| m)
    }

    /// The memos the last build of this program left in the cache folder
    /// (`rewrite::memo` keeps what a build used), if it was made with the
    /// same rules and binary; else empty ones.
    fn kept(file: &KeptMemo) -> Memos {
        let read = || -> Option<Memos> {
            let bytes = std::fs::read(&file.path).ok()?;
            let mut d = Decoder::open(&bytes, MEMO_MAGIC, file.key)?;
            let memos = Memos::new(true);
            for (_, memo) in &memos.0 {
                memo.load(&mut d)?;
            }
            d.done().then_some(memos)
        };
        read().unwrap_or_else(|| Memos::new(true))
    }

    /// Leaves what this build used for the next, if that is not what it
    /// read.
    fn keep(&self, file: &KeptMemo) {
        if !self.0.iter().any(|(_, m)| m.changed()) {
            return;
        }
        let mut e = Encoder::default();
        for (_, memo) in &self.0 {
            memo.save(&mut e);
        }
        crate::cache::store(&file.path, &e.finish(MEMO_MAGIC, file.key));
    }
}

const MEMO_MAGIC: &[u8] = b"wexlab memo 1\n";

/// Where a program's memo is kept, and the rules it must have been made
/// with.
struct KeptMemo {
    path: std::path::PathBuf,
    key: [u64; 2],
}

impl KeptMemo {
    fn of(program_key: &str, rules: &Rules, options: &Options) -> Option<KeptMemo> {
        if !options.memoize {
            return None;
        }
        let dir = crate::cache::dir()?;
        Some(KeptMemo {
            path: dir.join(format!("memo-{program_key}")),
            key: rules.cache_key?,
        })
    }
}

fn lower_unit(unit: &Unit, rules: &Rules, memo: &Memos) -> Result<emit::Lowered, LowerError> {
    let set = rules.for_unit(&unit.kind);
    let input = unit
        .term
        .as_ref()
        .expect("units are built before they are lowered");
    let term = match memo.for_unit(unit) {
        Some(m) => m.lower(input, set)?,
        None => LoweredTerm::new(rewrite::lower(input, set, false)?.term),
    };

    Ok(emit::Lowered {
        symbol: unit.symbol.clone(),
        export: match &unit.kind {
            UnitKind::Export { name } => Some(name.clone()),
            _ => None,
        },
        entry: unit.kind == UnitKind::Entry,
        term,
    })
}

/// Keeps each unit's lowering, or reports why it failed (each message
/// once); true when any failed.
fn settle(
    session: &mut Session,
    rules: &Rules,
    units: &[Unit],
    indices: &[usize],
    results: Vec<Result<emit::Lowered, LowerError>>,
    done: &mut HashMap<usize, emit::Lowered>,
    reported: &mut HashSet<(Option<Span>, String)>,
) -> Result<bool, BuildError> {
    let mut failed = false;
    for (&i, result) in indices.iter().zip(results) {
        match result {
            Ok(l) => {
                done.insert(i, l);
            }
            Err(e) => {
                failed = true;
                report_lowering(session, rules, &units[i], e, reported)?;
            }
        }
    }
    Ok(failed)
}

fn report_lowering(
    session: &mut Session,
    rules: &Rules,
    unit: &Unit,
    e: LowerError,
    reported: &mut HashSet<(Option<Span>, String)>,
) -> Result<(), BuildError> {
    let messages: Vec<String> = match e {
        LowerError::Run(r) => vec![format!("rule set {}: {r}", rules.name())],
        LowerError::Unlowered(failures) => failures.into_iter().map(|f| f.message).collect(),
    };
    match unit.span {
        Some(span) => {
            let phase = if unit.kind.is_wrapper() {
                Phase::Signatures
            } else {
                Phase::Unsupported
            };
            for m in messages {
                if !reported.insert((Some(span), m.clone())) {
                    continue;
                }
                session
                    .diagnostics
                    .push(Diagnostic::error(span, m).in_phase(phase));
            }
            Ok(())
        }
        None => Err(BuildError::Lowering {
            rules: rules.name().to_string(),
            unit: unit.symbol.clone(),
            message: messages.join("; "),
        }),
    }
}

/// The functions a lowered term calls or takes as values.
pub fn called(term: &LoweredTerm) -> Vec<String> {
    let mut out = Vec::new();
    for node in term.nodes() {
        if let Node::Op(op, c) = node
            && matches!(op.as_str(), "call" | "func-record")
            && let Some(n) = c.first().and_then(|&f| emit::func_name(term, f))
        {
            out.push(n);
        }
    }
    out
}

/// Compiles a program to a module. Diagnostics (warnings included) are in
/// the session whatever the outcome.
pub fn build(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Vec<u8>, BuildError> {
    let inputs = &with_carried_go(inputs, &options.rules)?;
    on_large_stack(|| {
        let key = program_key(inputs, options);
        let bodies = first_runtime_bodies(options, &key);
        // The rules load on another core while the program is checked.
        let (program, (rules, rules_took)) = std::thread::scope(|scope| {
            let load = || {
                let start = std::time::Instant::now();
                (rewrite::load_choice(&options.rules), start.elapsed())
            };
            // Reading a rule file recurses as deep as its parentheses nest.
            let loading = parallel::compiler_thread().spawn_scoped(scope, load);
            let program = session.time("parse and check", |s| {
                check_program_with(s, inputs, &bodies)
            });
            let rules = match loading {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => load(),
            };
            (program, rules)
        });
        session.timings.push(("load rules", rules_took));
        if let Ok(rules) = &rules {
            session.rule_warnings = rules.warnings.clone();
        }
        let Some(program) = program else {
            return Err(BuildError::Source);
        };
        lower_until_complete(session, inputs, &key, program, bodies, &rules?, options)
    })
}

/// [`build`] with rules loaded once for many programs (the fuzzer's way);
/// `options.rules` is not read.
pub fn build_with_rules(
    session: &mut Session,
    inputs: &[SourceInput],
    rules: &Rules,
    options: &Options,
) -> Result<Vec<u8>, BuildError> {
    on_large_stack(|| {
        let key = program_key(inputs, options);
        let bodies = first_runtime_bodies(options, &key);
        let program = session.time("parse and check", |s| {
            check_program_with(s, inputs, &bodies)
        });
        let program = program.ok_or(BuildError::Source)?;
        lower_until_complete(session, inputs, &key, program, bodies, rules, options)
    })
}

fn first_runtime_bodies(options: &Options, program_key: &str) -> RuntimeBodies {
    match options.runtime_bodies {
        FirstBodies::Whole => RuntimeBodies::All,
        FirstBodies::OwnNames => RuntimeBodies::Wanted(Names::new()),
        FirstBodies::Learned => {
            wanted::at_start(program_key).map_or(RuntimeBodies::All, RuntimeBodies::Wanted)
        }
    }
}

fn program_key(inputs: &[SourceInput], options: &Options) -> String {
    let paths: Vec<String> = inputs.iter().map(|i| i.path.clone()).collect();
    wanted::program_key(&paths, &options.rules)
}

/// Lowers and emits `program`; while lowering calls runtime functions whose
/// bodies were left out, checks the program again with them wanted.
fn lower_until_complete(
    session: &mut Session,
    inputs: &[SourceInput],
    key: &str,
    mut program: check::hir::Program,
    mut bodies: RuntimeBodies,
    rules: &Rules,
    options: &Options,
) -> Result<Vec<u8>, BuildError> {
    // Units lowered before a restart are found in the memo after it.
    let kept = KeptMemo::of(key, rules, options);
    let memos = kept
        .as_ref()
        .map_or_else(|| Memos::new(options.memoize), Memos::kept);
    loop {
        let names = match lower_and_emit(session, program, rules, options, &memos) {
            Err(BuildError::RuntimeLeftOut(names)) => names,
            Ok((wasm, reached)) => {
                wanted::reached(key, &reached);
                if let Some(kept) = &kept {
                    memos.keep(kept);
                }
                return Ok(wasm);
            }
            Err(e) => return Err(e),
        };
        wanted::found(&names);
        bodies = match bodies {
            RuntimeBodies::Wanted(mut wanted) if !names.is_subset(&wanted) => {
                wanted.extend(names);
                RuntimeBodies::Wanted(wanted)
            }
            // Nothing new to want: read them all rather than go round.
            _ => RuntimeBodies::All,
        };
        session.start_over();
        program = session
            .time("parse and check again", |s| {
                check_program_with(s, inputs, &bodies)
            })
            .ok_or(BuildError::Source)?;
    }
}

fn lower_and_emit(
    session: &mut Session,
    program: check::hir::Program,
    rules: &Rules,
    options: &Options,
    memos: &Memos,
) -> Result<(Vec<u8>, Names), BuildError> {
    let lowered = session.time("rewrite", |s| {
        lower_with_memos(s, &program, rules, options.mode, memos)
    })?;
    let reached = runtime_functions(&lowered.units);
    session.export_results = export_results(&program);
    // Freed before emitting, so that walrus reuses its memory rather than
    // fault in fresh pages.
    drop(program);
    let input = emit::Input {
        mode: options.mode,
        units: &lowered.units,
        data: &lowered.built.data,
        arg_widths: &lowered.built.arg_widths,
        names: options.names,
    };
    let wasm = session.time("emit", |_| emit::emit(&input))?;
    Ok((wasm, reached))
}

/// The names of the runtime's functions among `units`.
fn runtime_functions(units: &[emit::Lowered]) -> Names {
    let outline = outline();
    units
        .iter()
        .filter_map(|u| outline.function_of(&u.symbol))
        .map(str::to_string)
        .collect()
}

fn export_results(program: &check::hir::Program) -> Vec<(String, Vec<GoKind>)> {
    let types = &program.types;
    let kind = |t| match types.basic_of(t) {
        Some(b) if b.is_boolean() => GoKind::Bool,
        Some(b) if b.is_float() => GoKind::Float,
        Some(b) if b.is_unsigned() || b == Basic::UnsafePointer => GoKind::Unsigned,
        Some(_) => GoKind::Signed,
        None => GoKind::Unsigned,
    };
    let results = |e: &check::hir::Export| {
        program
            .func(e.func)
            .sig
            .results
            .iter()
            .map(|&t| kind(t))
            .collect()
    };
    program
        .exports
        .iter()
        .map(|e| (e.name.clone(), results(e)))
        .collect()
}

/// A span in no file, for messages about the command line.
pub fn nowhere() -> Span {
    Span::default()
}
