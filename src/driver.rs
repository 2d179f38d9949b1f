//! The pipeline, end to end: parse, check, build terms, rewrite each unit
//! reachable from the module's roots, emit.

use std::collections::{HashMap, HashSet, VecDeque};

use egg::RecExpr;

use crate::check::{self, PackageSource};
use crate::diag::{Diagnostic, Diagnostics, Phase, SourceMap, Span};
use crate::emit;
use crate::ir::build::{self, Mode, Unit, UnitKind};
use crate::ir::lang::Node;
use crate::rewrite::{self, LowerError, RuleSet};
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Exe,
            rules: rewrite::Choice::default(),
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
}

/// Sources and diagnostics of one compilation.
#[derive(Default)]
pub struct Session {
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
}

/// Parses and checks the program: the runtime package and the user's files
/// (in the order given; callers sort them by name, as `go build` does).
/// `None` when errors of Go's first phases stop the compilation (only those
/// errors are kept, as Go reports them); errors wexlab finds later in the
/// program are left in the session for `lower_program` to weigh.
pub fn check_program(session: &mut Session, inputs: &[SourceInput]) -> Option<check::hir::Program> {
    on_large_stack(|| check_program_here(session, inputs))
}

/// Stack size of the thread that compiles. Checking, lowering and emitting
/// recurse over the syntax tree, whose depth the parser bounds
/// (`syntax::build::MAX_NESTING`); this much stack holds that depth with
/// room to spare even in a debug build. The memory is reserved, not used.
const COMPILER_STACK: usize = 512 << 20;

/// Runs `f` on a thread with [`COMPILER_STACK`] bytes of stack (on the
/// current thread if no such thread can be made). A panic in `f` is
/// resumed here.
pub fn on_large_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    let slot = std::sync::Mutex::new(Some(f));
    let take = || slot.lock().ok().and_then(|mut s| s.take());
    let spawned = std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("wexlab-compiler".to_string())
            .stack_size(COMPILER_STACK)
            .spawn_scoped(scope, || take().map(|f| f()));
        match handle {
            Ok(h) => match h.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match spawned {
        Some(r) => r,
        None => take().expect("the compilation ran on neither thread")(),
    }
}

fn check_program_here(
    session: &mut Session,
    inputs: &[SourceInput],
) -> Option<check::hir::Program> {
    let mut runtime_parsed = Vec::new();
    for (path, text) in crate::runtime::SOURCES {
        let id = session.sources.add(*path, *text);
        runtime_parsed.push(syntax::parse(id, text));
    }
    let mut user_parsed = Vec::new();
    for input in inputs {
        let id = session.sources.add(input.path.clone(), input.text.clone());
        user_parsed.push(syntax::parse(id, &input.text));
    }
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
}

/// The units of a program lowered by a rule set, in the order the module
/// lists them: the entry point, the exports in source order, then what they reach.
pub struct LoweredProgram {
    pub units: Vec<emit::Lowered>,
    pub built: build::Built,
}

/// Lowers the units of a program. First the wasmexport and wasmimport
/// units (whose failures are Go's signature errors); then, if the program
/// has no errors at all, everything reachable from the entry point and the
/// exports.
pub fn lower_program(
    session: &mut Session,
    program: &check::hir::Program,
    rules: &RuleSet,
    mode: Mode,
) -> Result<LoweredProgram, BuildError> {
    on_large_stack(|| lower_program_here(session, program, rules, mode))
}

fn lower_program_here(
    session: &mut Session,
    program: &check::hir::Program,
    rules: &RuleSet,
    mode: Mode,
) -> Result<LoweredProgram, BuildError> {
    let mut built = build::build(program, mode);
    let units: Vec<Unit> = std::mem::take(&mut built.units);
    let by_symbol: HashMap<&str, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.symbol.as_str(), i))
        .collect();
    let is_signature = |u: &Unit| matches!(u.kind, UnitKind::Export { .. } | UnitKind::Import);
    // Module order: the entry point, the exports in source order, then the
    // imports and whatever the lowered code calls.
    let mut order: Vec<usize> = Vec::new();
    order.extend(
        units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind == UnitKind::Entry)
            .map(|(i, _)| i),
    );
    order.extend(
        units
            .iter()
            .enumerate()
            .filter(|(_, u)| matches!(u.kind, UnitKind::Export { .. }))
            .map(|(i, _)| i),
    );
    order.extend(
        units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind == UnitKind::Import)
            .map(|(i, _)| i),
    );

    let mut done: HashMap<usize, emit::Lowered> = HashMap::new();
    let mut failed = false;
    for &i in order.iter().filter(|&&i| is_signature(&units[i])) {
        match lower_unit(&units[i], rules) {
            Ok(l) => {
                done.insert(i, l);
            }
            Err(e) => {
                failed = true;
                report_lowering(session, rules, &units[i], e)?;
            }
        }
    }
    if failed || session.diagnostics.has_errors() {
        session.diagnostics.gate();
        return Err(BuildError::Source);
    }

    let mut seen: HashSet<usize> = order.iter().copied().collect();
    let mut queue: VecDeque<usize> = order.iter().copied().collect();
    let mut lowered = Vec::new();
    while let Some(i) = queue.pop_front() {
        let l = match done.remove(&i) {
            Some(l) => l,
            None => match lower_unit(&units[i], rules) {
                Ok(l) => l,
                Err(e) => {
                    failed = true;
                    report_lowering(session, rules, &units[i], e)?;
                    continue;
                }
            },
        };
        for callee in called(&l.term) {
            if let Some(&j) = by_symbol.get(callee.as_str())
                && seen.insert(j)
            {
                queue.push_back(j);
            }
        }
        lowered.push(l);
    }
    if failed {
        return Err(BuildError::Source);
    }
    Ok(LoweredProgram {
        units: lowered,
        built,
    })
}

fn lower_unit(unit: &Unit, rules: &RuleSet) -> Result<emit::Lowered, LowerError> {
    let l = rewrite::lower(&unit.term, rules, false)?;
    Ok(emit::Lowered {
        symbol: unit.symbol.clone(),
        export: match &unit.kind {
            UnitKind::Export { name } => Some(name.clone()),
            _ => None,
        },
        entry: unit.kind == UnitKind::Entry,
        term: l.term,
    })
}

fn report_lowering(
    session: &mut Session,
    rules: &RuleSet,
    unit: &Unit,
    e: LowerError,
) -> Result<(), BuildError> {
    let messages: Vec<String> = match e {
        LowerError::Run(r) => vec![format!("rule set {}: {r}", rules.name)],
        LowerError::Unlowered(failures) => failures.into_iter().map(|f| f.message).collect(),
    };
    match unit.span {
        Some(span) => {
            let phase = match unit.kind {
                UnitKind::Export { .. } | UnitKind::Import => Phase::Signatures,
                _ => Phase::Unsupported,
            };
            for m in messages {
                session
                    .diagnostics
                    .push(Diagnostic::error(span, m).in_phase(phase));
            }
            Ok(())
        }
        None => Err(BuildError::Lowering {
            rules: rules.name.clone(),
            unit: unit.symbol.clone(),
            message: messages.join("; "),
        }),
    }
}

/// The functions a lowered term calls.
pub fn called(term: &RecExpr<Node>) -> Vec<String> {
    let mut out = Vec::new();
    for node in term.as_ref() {
        if let Node::Op(op, c) = node
            && op.as_str() == "call"
            && let Node::Name(n) = &term[c[0]]
        {
            out.push(n.as_str().to_string());
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
    on_large_stack(|| build_here(session, inputs, options))
}

fn build_here(
    session: &mut Session,
    inputs: &[SourceInput],
    options: &Options,
) -> Result<Vec<u8>, BuildError> {
    let program = check_program_here(session, inputs);
    let Some(program) = program else {
        return Err(BuildError::Source);
    };
    let rules = rewrite::load_choice(&options.rules)?;
    let lowered = lower_program_here(session, &program, &rules, options.mode)?;
    let input = emit::Input {
        mode: options.mode,
        units: &lowered.units,
        data: &lowered.built.data,
        arg_widths: &lowered.built.arg_widths,
    };
    Ok(emit::emit(&input)?)
}

/// A span in no file, for messages about the command line.
pub fn nowhere() -> Span {
    Span::default()
}
