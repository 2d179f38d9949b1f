//! The wexlab command line.

// Compilation allocates many small terms; mimalloc is markedly faster at
// that than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use wexlab::bodies_go::{self, BodiesError, GoError};
use wexlab::compare;
use wexlab::driver::{self, BuildError, Options, Session, SourceInput};
use wexlab::explain::FunctionError;
use wexlab::host::{Host, Outcome, Stdio};
use wexlab::mode::Mode;
use wexlab::rewrite::{Choice, RulesError, Source};
use wexlab::stages::{self, Stage, StageError};
use wexlab::wrappers::Kind;

/// wexlab compiles Go programs that use //go:wasmexport into WebAssembly
/// modules for GOOS=wasip1 GOARCH=wasm. The lowering of each wasmexport
/// function into its wrapper is written as rewrite rules in rules/, applied
/// on e-graphs: edit a rule file and the output changes.
#[derive(Parser)]
#[command(name = "wexlab", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum BuildMode {
    /// A program: `_start` runs main.main, then exits.
    Exe,
    /// A library: `_initialize` runs package initialization; the host then calls exports.
    #[value(name = "c-shared")]
    CShared,
}

impl From<BuildMode> for Mode {
    fn from(b: BuildMode) -> Mode {
        match b {
            BuildMode::Exe => Mode::Exe,
            BuildMode::CShared => Mode::CShared,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Emit {
    /// The binary module.
    Wasm,
    /// The module as text (WAT): printed to standard output, or written
    /// to `-o` when given.
    Wat,
    /// The lexer's tokens, one a line with its position (printed, or
    /// written to `-o`).
    Tokens,
    /// The syntax tree of the user's files, as s-expressions (printed, or
    /// written to `-o`).
    Ast,
    /// The checked program of package main: its variables, and each
    /// function's signature, locals and typed body (printed, or written
    /// to `-o`).
    Hir,
    /// The front end's terms, what the rules are given (printed, or
    /// written to `-o`).
    Terms,
    /// The lowered terms, what the emitter is given (printed, or written
    /// to `-o`).
    Lowered,
}

impl Emit {
    fn extension(self) -> &'static str {
        match self {
            Emit::Wasm => "wasm",
            Emit::Wat => "wat",
            Emit::Tokens => "tokens",
            Emit::Ast => "ast",
            Emit::Hir => "hir",
            Emit::Terms => "terms",
            Emit::Lowered => "lowered",
        }
    }

    /// The stage a text stage shows.
    fn stage(self) -> Option<Stage> {
        match self {
            Emit::Tokens => Some(Stage::Tokens),
            Emit::Ast => Some(Stage::Ast),
            Emit::Hir => Some(Stage::Hir),
            Emit::Terms => Some(Stage::Terms),
            Emit::Lowered => Some(Stage::Lowered),
            Emit::Wasm | Emit::Wat => None,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum BodiesArg {
    /// wexlab compiles the whole program (its Go subset).
    Wexlab,
    /// The Go toolchain compiles the program; wexlab's rules lower the
    /// wasmexport and wasmimport wrappers, which replace Go's.
    Go,
}

/// Who compiles the function bodies.
#[derive(clap::Args, Clone)]
struct BodiesArgs {
    /// Who compiles the function bodies: wexlab, or the Go toolchain
    /// (GOOS=wasip1 GOARCH=wasm go build), whose module keeps everything
    /// but the wrappers, which the rules lower; then any valid Go program
    /// builds.
    #[arg(long, value_enum, default_value = "wexlab")]
    bodies: BodiesArg,
    /// The go command --bodies go runs: a path, or a name looked up on PATH.
    #[arg(long, value_name = "PATH", default_value = "go")]
    go: PathBuf,
}

/// Which rules to use.
#[derive(clap::Args, Clone)]
struct RuleArgs {
    /// The wasmexport/wasmimport rule set: `go` (Go 1.27.3's wrapper), `seed`
    /// (the wrapper of the CL that introduced the directive), `smallint`,
    /// `multivalue` or `buffers` (ABIs Go lacks: small integers, several
    /// results, strings and byte slices with malloc and free), or a folder of
    /// *.rules files.
    #[arg(long, default_value = "go", value_name = "go|seed|PATH")]
    rules: String,
    /// The rules mapping Go operations to wasm: `lower` or a folder.
    #[arg(long, default_value = "lower", value_name = "lower|PATH")]
    lower: String,
    /// The cleanup rules (constant folding, simplifications): `cleanup`,
    /// `none` to drop them, or a folder.
    #[arg(long, default_value = "cleanup", value_name = "cleanup|none|PATH")]
    cleanup: String,
}

impl RuleArgs {
    fn choice(&self) -> Choice {
        self.note_shadowed_folders();
        Choice {
            abi: Source::parse(&self.rules),
            lower: Source::parse(&self.lower),
            cleanup: if self.cleanup == "none" {
                None
            } else {
                Some(Source::parse(&self.cleanup))
            },
        }
    }
}

impl RuleArgs {
    /// A built-in name wins over a folder of that name in the current
    /// directory: say so, and how to pick the folder.
    fn note_shadowed_folders(&self) {
        for (flag, value) in [
            ("--rules", &self.rules),
            ("--lower", &self.lower),
            ("--cleanup", &self.cleanup),
        ] {
            if matches!(Source::parse(value), Source::Builtin(_)) && Path::new(value).is_dir() {
                eprintln!(
                    "wexlab: {flag} {value} is the built-in rule set {value}, not the folder ./{value}; for the folder, give {flag} ./{value}"
                );
            }
        }
    }
}

/// One function of the module instead of all of it.
#[derive(clap::Args, Clone)]
struct OnlyArgs {
    /// With --emit wat: only the wrapper of this wasmexport, as a stable
    /// listing (calls and globals by name, return addresses as `(ret-addr
    /// $NAME PC_B)`, no indices), which does not change when unrelated
    /// functions are added or removed. With --emit terms or lowered: only
    /// its term; with --emit ast or hir, only its function.
    #[arg(long, value_name = "NAME", conflicts_with = "func")]
    export: Option<String>,
    /// With --emit wat: only the function of this name (main.add, or the
    /// Go-ABI function of a wasmimport), as a stable listing. With --emit
    /// terms or lowered: only its term; with --emit ast or hir, only its
    /// declaration or checked body.
    #[arg(long, value_name = "NAME")]
    func: Option<String>,
}

impl OnlyArgs {
    /// The name asked for, and whether it names an export.
    fn unit(&self) -> Option<(&str, bool)> {
        match (&self.export, &self.func) {
            (Some(e), _) => Some((e, true)),
            (None, Some(f)) => Some((f, false)),
            (None, None) => None,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Compile a package (a directory, or .go files) to a .wasm module.
    Build {
        /// Go files of package main, or one directory holding them (default: .).
        paths: Vec<PathBuf>,
        /// Where to write the module (default: NAME.wasm in the current directory,
        /// NAME being the directory's or the first file's name).
        /// An existing directory (or a path ending in /) receives NAME.wasm.
        /// Nothing is written when the build fails.
        #[arg(short = 'o', long = "output", value_name = "OUT.wasm")]
        output: Option<PathBuf>,
        /// What the module is: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "exe")]
        buildmode: BuildMode,
        /// `wat`: the module as text, printed (or written to `-o`).
        #[arg(long, value_enum, default_value = "wasm")]
        emit: Emit,
        /// Keep function names in the module (its name section), for
        /// debuggers and stack traces; `--emit wat` always shows them.
        #[arg(long)]
        names: bool,
        #[command(flatten)]
        only: OnlyArgs,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        bodies: BodiesArgs,
        /// Show a source snippet under each diagnostic.
        #[arg(long)]
        pretty: bool,
        /// Print how long each phase took (parse and check, load rules —
        /// which runs alongside — rewrite, emit) on stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Report diagnostics only (no module is written).
    ///
    /// The program is compiled as by `build`, so that every error `build`
    /// would report is reported. Exits with 0 when there are no errors
    /// (warnings alone do not count), 1 when there are. With --bodies go,
    /// wexlab's directive checks run on the signatures, then Go builds the
    /// program (its module discarded): Go's diagnostics pass through, with
    /// Go's exit status.
    Check {
        /// Go files of package main, or one directory holding them (default: .).
        paths: Vec<PathBuf>,
        /// What the module would be: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "exe")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        bodies: BodiesArgs,
        /// Show a source snippet under each diagnostic.
        #[arg(long)]
        pretty: bool,
    },
    /// Build (if given Go source) and run a module under WASI.
    ///
    /// Without --invoke, runs `_start` and exits with the program's status.
    /// With --invoke NAME ARGS…, initializes the module (`_initialize`, or
    /// `_start` for --buildmode exe), calls the export and prints its result.
    Run {
        /// A .go file, a directory of Go files, or a .wasm module.
        path: PathBuf,
        /// Export to call, followed by its arguments: numbers, or str:TEXT
        /// for a string parameter (the host writes TEXT into the module's
        /// memory and passes its address and length).
        #[arg(long, num_args = 1.., value_name = "NAME ARGS", allow_hyphen_values = true)]
        invoke: Option<Vec<String>>,
        /// Build mode for Go source (default: exe without --invoke, c-shared with it).
        #[arg(long, value_enum)]
        buildmode: Option<BuildMode>,
        #[command(flatten)]
        rules: RuleArgs,
        /// `go`: build the source as `build --bodies go` does; the host
        /// then also provides the WASI functions Go's runtime imports (also
        /// for a .wasm module Go built).
        #[command(flatten)]
        bodies: BodiesArgs,
    },
    /// Show, for each wasmexport wrapper, every rule that fired, in order,
    /// with the term before and after.
    Explain {
        /// A .go file or a directory.
        path: PathBuf,
        /// Only this export (or the wasmimport function of this Go name, e.g. main.hostcb).
        #[arg(long, conflicts_with = "func")]
        export: Option<String>,
        /// Instead of the wrappers, this Go function: the rules (--rules,
        /// lower/, cleanup/) that fired on it, by the name of its Go-ABI
        /// version (main.add, what export wrappers call) or its direct one
        /// (main.add$direct, what Go code calls).
        #[arg(long, value_name = "NAME")]
        func: Option<String>,
        /// Also write the e-graph of each wrapper for Graphviz to this file.
        #[arg(long, value_name = "FILE.dot")]
        dot: Option<PathBuf>,
        /// `go`: read only what the wrappers' signatures need, as `build
        /// --bodies go` does, so that any valid Go program can be explained.
        #[arg(long, value_enum, default_value = "wexlab")]
        bodies: BodiesArg,
        /// What the module is: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "c-shared")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Run test programs: errorcheck files and golden listings.
    ///
    /// Each NAME.go is one test. A file with `// ERROR "regexp"` comments
    /// is an errorcheck test: each regexp must match an error wexlab reports
    /// on that line, and no other error may be reported (`// WARNING
    /// "regexp"` likewise for warnings). Any other file must build, and the
    /// stable listing of its wasmexport wrappers and wasmimport functions
    /// (as `build --emit wat --export NAME` prints them) must equal
    /// NAME.golden beside it; a difference prints a unified diff per
    /// function. Ends with `N passed, M failed`; exits with 0 when every
    /// test passed, 1 when one failed, 2 on bad usage.
    Test {
        /// Folders of tests (their .go files) and .go files (default: .).
        paths: Vec<PathBuf>,
        /// Write NAME.golden for every file that builds (and is no
        /// errorcheck test) instead of comparing with it.
        #[arg(long)]
        bless: bool,
        /// Then report which rules fired, how often and in how many files,
        /// and which never fired, with their file and line: the --rules set
        /// on the wrappers of the files, then the lower/ and cleanup/ rules
        /// on the functions of package main.
        #[arg(long)]
        coverage: bool,
        /// What each module is: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "c-shared")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Describe the boundary: for each wasmexport and wasmimport, its Go
    /// signature, its wasm signature, and where each parameter and result
    /// lives.
    ///
    /// The program is built as by `build`, with the chosen rule set, and
    /// the description is read from the wrappers that build lowered: each
    /// Go parameter and result with its offset in the argument area (the Go
    /// stack), and the wasm values that carry it (a string is a pointer and
    /// a length), each with the instruction that moves it and the address
    /// that instruction uses, from SP. Only the wasmimports the module keeps
    /// are listed.
    Abi {
        /// Go files of package main, or one directory holding them (default: .).
        paths: Vec<PathBuf>,
        /// What the module is: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "c-shared")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
        /// `go`: read only what the wrappers' signatures need, as `build
        /// --bodies go` does, so that any valid Go program is described.
        /// The Go toolchain is not run, so every wasmimport is listed.
        #[arg(long, value_enum, default_value = "wexlab")]
        bodies: BodiesArg,
        /// Print JSON, {"exports": [...], "imports": [...]}, with its keys in a
        /// fixed order, to keep as a golden file.
        #[arg(long)]
        json: bool,
    },
    /// Compare one program under two rule sets: the wrappers whose lowering
    /// differs, and with --run, the behaviour of the exports.
    ///
    /// Prints a unified diff of the listings (the lowered terms, which name
    /// what they call) of each wasmexport wrapper and wasmimport function
    /// that differs. With --run N, builds both modules and calls every export
    /// whose wasm signature is the same in both with N argument tuples (edge
    /// values first: 0, 1, -1, the minimum and maximum of each integer type
    /// that crosses as that wasm type, NaN and infinities, then random values
    /// from a fixed seed), each export in fresh instances of both modules
    /// (initialized first; imports other than WASI return zeros; a call may
    /// do 2^28 units of work, about as many wasm instructions), and reports
    /// the first call whose outcome differs. Exit status: with --run, 0 when
    /// no behaviour differs and 1 when one does; without it, 0 when no
    /// listing differs and 1 when one does; 2 on an error.
    Diff {
        /// Go files of package main, or one directory holding them (default: .).
        paths: Vec<PathBuf>,
        /// The two wasmexport/wasmimport rule sets, each given once:
        /// --rules A --rules B (built-in names such as go, seed, smallint,
        /// multivalue, buffers, or folders).
        #[arg(long = "rules", required = true, value_name = "A|B")]
        rules: Vec<String>,
        /// The rules mapping Go operations to wasm, for both: `lower` or a folder.
        #[arg(long, default_value = "lower", value_name = "lower|PATH")]
        lower: String,
        /// The cleanup rules for both: `cleanup`, `none` or a folder.
        #[arg(long, default_value = "cleanup", value_name = "cleanup|none|PATH")]
        cleanup: String,
        /// Call every export of the same wasm signature in both modules with
        /// N argument tuples and compare the outcomes.
        #[arg(long, value_name = "N")]
        run: Option<usize>,
        /// What the modules are: a program or a library (as go build -buildmode).
        #[arg(long, value_enum, default_value = "c-shared")]
        buildmode: BuildMode,
        /// `go`: the listings come from the signatures, as `build --bodies
        /// go` lowers them, and --run builds both modules that way (Go is
        /// run once, with --go; every wasmimport is listed).
        #[command(flatten)]
        bodies: BodiesArgs,
    },
}

fn main() -> ExitCode {
    wexlab::memory::keep_freed_memory();
    wexlab::cache::enable();
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            paths,
            output,
            buildmode,
            emit,
            names,
            only,
            rules,
            bodies,
            pretty,
            timings,
        } => build(
            &paths,
            Product {
                output,
                emit,
                names,
                only,
                bodies,
            },
            buildmode.into(),
            rules.choice(),
            timings,
            pretty,
        ),
        Command::Check {
            paths,
            buildmode,
            rules,
            bodies,
            pretty,
        } => check(&paths, buildmode.into(), rules.choice(), &bodies, pretty),
        Command::Run {
            path,
            invoke,
            buildmode,
            rules,
            bodies,
        } => run(&path, invoke, buildmode, rules.choice(), &bodies),
        Command::Test {
            paths,
            bless,
            coverage,
            buildmode,
            rules,
        } => test(
            &paths,
            TestRun { bless, coverage },
            buildmode.into(),
            rules.choice(),
        ),
        Command::Abi {
            paths,
            buildmode,
            rules,
            bodies,
            json,
        } => abi(&paths, buildmode.into(), rules.choice(), bodies, json),
        Command::Diff {
            paths,
            rules,
            lower,
            cleanup,
            run,
            buildmode,
            bodies,
        } => diff(
            &paths,
            &rules,
            (&lower, &cleanup),
            (run, &bodies),
            buildmode.into(),
        ),
        Command::Explain {
            path,
            export,
            func,
            dot,
            bodies,
            buildmode,
            rules,
        } => explain(
            &path,
            (export.as_deref(), func.as_deref(), dot.as_deref()),
            bodies,
            buildmode.into(),
            rules.choice(),
        ),
    }
}

/// Exit status for usage problems (like Go's tools and clap).
const USAGE: u8 = 2;

fn usage(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("wexlab: {message}");
    ExitCode::from(USAGE)
}

/// Why the sources could not be read.
enum ReadError {
    /// A problem with the command line (exit status 2).
    Usage(String),
    /// Diagnostics about the files' text, formatted (exit status 1).
    Source(String),
}

/// An I/O error as a person reads it: "No such file or directory", without
/// the OS error number.
fn io_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// Go's diagnostics for a file that is not UTF-8: one "invalid UTF-8
/// encoding" at each bad sequence (one per line, as Go repeats a message on
/// a line only once).
fn invalid_utf8(path: &str, bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut at = 0;
    // Where lines were counted up to: each byte is looked at once, however
    // many bad sequences the file holds.
    let (mut counted, mut line, mut line_start) = (0, 1, 0);
    let mut reported_line = 0;
    while at < bytes.len() {
        let Err(e) = std::str::from_utf8(&bytes[at..]) else {
            break;
        };
        let bad = at + e.valid_up_to();
        for (i, b) in bytes[counted..bad].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = counted + i + 1;
            }
        }
        counted = bad;
        if line != reported_line {
            out.push_str(&format!(
                "{path}:{line}:{}: invalid UTF-8 encoding\n",
                bad - line_start + 1
            ));
            reported_line = line;
        }
        at = bad + e.error_len().unwrap_or(bytes.len() - bad).max(1);
    }
    out
}

/// Reads the Go files of a package: the .go files of one directory, or the
/// files given, sorted by name as go build does.
fn read_sources(paths: &[PathBuf]) -> Result<(Vec<SourceInput>, String), ReadError> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let mut files = Vec::new();
    let name = if paths.len() == 1 && paths[0].is_dir() {
        let dir = &paths[0];
        let entries = std::fs::read_dir(dir).map_err(|e| {
            ReadError::Usage(format!(
                "cannot read directory {}: {}",
                dir.display(),
                io_message(&e)
            ))
        })?;
        for e in entries.flatten() {
            let p = e.path();
            let is_go = p.extension().is_some_and(|x| x == "go");
            let is_test = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("_test.go"));
            if is_go && !is_test && !p.is_dir() {
                files.push(p);
            }
        }
        if files.is_empty() {
            return Err(ReadError::Usage(format!(
                "no Go files in {}",
                dir.display()
            )));
        }
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        abs.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".to_string())
    } else {
        for p in &paths {
            if p.is_dir() {
                return Err(ReadError::Usage(format!(
                    "{} is a directory: give one directory, or .go files",
                    p.display()
                )));
            }
            if p.extension().is_none_or(|x| x != "go") {
                return Err(ReadError::Usage(format!(
                    "{} is not a .go file",
                    p.display()
                )));
            }
            files.push(p.clone());
        }
        paths[0]
            .file_stem()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".to_string())
    };
    files.sort_by_key(|p| p.file_name().map(|n| n.to_os_string()));
    let mut inputs = Vec::new();
    let mut bad_text = String::new();
    for f in files {
        let bytes = std::fs::read(&f).map_err(|e| {
            ReadError::Usage(format!("cannot read {}: {}", f.display(), io_message(&e)))
        })?;
        let path = f.strip_prefix("./").unwrap_or(&f).display().to_string();
        match String::from_utf8(bytes) {
            Ok(text) => inputs.push(SourceInput { path, text }),
            Err(e) => bad_text.push_str(&invalid_utf8(&path, e.as_bytes())),
        }
    }
    if !bad_text.is_empty() {
        return Err(ReadError::Source(bad_text));
    }
    Ok((inputs, name))
}

/// The exit status for sources that could not be read.
fn read_failed(e: ReadError) -> ExitCode {
    match e {
        ReadError::Usage(m) => usage(m),
        ReadError::Source(diagnostics) => {
            eprint!("{diagnostics}");
            ExitCode::from(1)
        }
    }
}

fn print_diagnostics(session: &Session, pretty: bool) {
    for w in &session.rule_warnings {
        eprintln!("{}:{}:{}: warning: {}", w.file, w.line, w.col, w.message);
    }
    let text = if pretty {
        session.diagnostics.render_pretty(&session.sources)
    } else {
        session.diagnostics.render(&session.sources)
    };
    eprint!("{text}");
}

/// Prints the outcome of a failed build; returns the exit status.
fn report(session: &Session, e: &BuildError, pretty: bool) -> ExitCode {
    print_diagnostics(session, pretty);
    match e {
        BuildError::Source => {}
        // A rule file's errors name their file and line; a folder's, nothing.
        BuildError::Rules(r @ (RulesError::Read { .. } | RulesError::Empty(_))) => {
            eprintln!("wexlab: {r}")
        }
        BuildError::Rules(r) => eprintln!("{r}"),
        other => eprintln!("wexlab: {other}"),
    }
    ExitCode::from(1)
}

/// Prints why a `--bodies go` build failed outside wexlab's front end:
/// Go's own diagnostics pass through with Go's exit status.
fn report_bodies_go(session: &Session, e: &BodiesError, pretty: bool) -> ExitCode {
    print_diagnostics(session, pretty);
    match e {
        BodiesError::Go(GoError::Failed { stderr, status }) => {
            eprint!("{stderr}");
            ExitCode::from(u8::try_from(*status).unwrap_or(1))
        }
        BodiesError::Foreign(f) => {
            eprintln!("{f}");
            ExitCode::from(1)
        }
        other => {
            eprintln!("wexlab: {other}");
            ExitCode::from(1)
        }
    }
}

/// The module, by wexlab alone or around Go's bodies. Errors of wexlab's
/// front end are the inner `Err`; the outer one is Go's or the splice's.
fn build_module(
    session: &mut Session,
    inputs: &[SourceInput],
    paths: &[PathBuf],
    bodies: &BodiesArgs,
    options: &Options,
) -> Result<Result<Vec<u8>, BuildError>, BodiesError> {
    match bodies.bodies {
        BodiesArg::Wexlab => Ok(driver::build(session, inputs, options)),
        BodiesArg::Go => {
            let package = go_package(paths);
            match bodies_go::build(session, inputs, &package, &bodies.go, options) {
                Ok(wasm) => Ok(Ok(wasm)),
                Err(BodiesError::Front(e)) => Ok(Err(e)),
                Err(e) => Err(e),
            }
        }
    }
}

/// What Go is given: what wexlab was given, a directory or files.
fn go_package(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    }
}

/// What `wexlab build` produces and where.
struct Product {
    output: Option<PathBuf>,
    emit: Emit,
    names: bool,
    only: OnlyArgs,
    bodies: BodiesArgs,
}

fn build(
    paths: &[PathBuf],
    product: Product,
    mode: Mode,
    rules: Choice,
    timings: bool,
    pretty: bool,
) -> ExitCode {
    let Product {
        output,
        emit,
        names,
        only,
        bodies,
    } = product;
    if only.unit().is_some() && matches!(emit, Emit::Wasm | Emit::Tokens) {
        return usage(
            "--export and --func choose what --emit ast, hir, terms, lowered or wat shows: give one of those",
        );
    }
    if emit.stage().is_some() && bodies.bodies == BodiesArg::Go {
        return usage(
            "--emit tokens, ast, hir, terms and lowered show wexlab's own stages: drop --bodies go",
        );
    }
    let (inputs, name) = match read_sources(paths) {
        Ok(x) => x,
        Err(e) => return read_failed(e),
    };
    let mut session = Session::default();
    let options = Options {
        mode,
        rules,
        names: names || emit == Emit::Wat,
        ..Options::default()
    };
    if let Some(stage) = emit.stage() {
        let only = only
            .unit()
            .map(|(name, export)| stages::Only { name, export });
        let text = match stages::show(&mut session, &inputs, &options, stage, only) {
            Ok(text) => text,
            Err(StageError::Build(e)) => return report(&session, &e, pretty),
            Err(e @ StageError::NoSuchUnit { .. }) => {
                print_diagnostics(&session, pretty);
                return usage(e);
            }
        };
        print_diagnostics(&session, pretty);
        return match output {
            None => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Some(o) => write_output(o, &format!("{name}.{}", emit.extension()), text.as_bytes()),
        };
    }
    let result = match build_module(&mut session, &inputs, paths, &bodies, &options) {
        Ok(result) => result,
        Err(e) => return report_bodies_go(&session, &e, pretty),
    };
    if timings {
        for (phase, took) in &session.timings {
            eprintln!("wexlab: {phase}: {:.1} ms", took.as_secs_f64() * 1e3);
        }
    }
    let wasm = match result {
        Ok(w) => w,
        Err(e) => return report(&session, &e, pretty),
    };
    print_diagnostics(&session, pretty);
    let bytes = match (emit, only.unit()) {
        (Emit::Wat, Some((unit, export))) => match one_listing(&wasm, unit, export) {
            Ok(text) if output.is_none() => {
                println!("{text}");
                return ExitCode::SUCCESS;
            }
            Ok(text) => format!("{text}\n").into_bytes(),
            Err(exit) => return exit,
        },
        (Emit::Wat, None) => match wasmprinter::print_bytes(&wasm) {
            Ok(text) if output.is_none() => {
                print!("{text}");
                return ExitCode::SUCCESS;
            }
            Ok(text) => text.into_bytes(),
            Err(e) => {
                eprintln!("wexlab: cannot print the module: {e}");
                return ExitCode::from(1);
            }
        },
        // The text stages returned above.
        _ => wasm,
    };
    let file_name = format!("{name}.{}", emit.extension());
    write_output(output.unwrap_or_default(), &file_name, &bytes)
}

/// Writes `bytes` to `output`, or to `file_name` in it when it is a
/// directory (or ends in `/`), or in the current directory when it is empty.
fn write_output(output: PathBuf, file_name: &str, bytes: &[u8]) -> ExitCode {
    let out = if output.as_os_str().is_empty() {
        PathBuf::from(file_name)
    } else if output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/') {
        // Like go build -o: a directory receives the module under its name.
        output.join(file_name)
    } else {
        output
    };
    match write_atomically(&out, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wexlab: cannot write {}: {}", out.display(), io_message(&e));
            ExitCode::from(1)
        }
    }
}

/// The stable listing of one function of the module (an export's wrapper
/// when `export`), or the exit of a name the module lacks.
fn one_listing(wasm: &[u8], name: &str, export: bool) -> Result<String, ExitCode> {
    let all = wexlab::listing::functions(wasm).map_err(|e| {
        eprintln!("wexlab: {e}");
        ExitCode::from(1)
    })?;
    match wexlab::listing::find(&all, name, export) {
        Some(f) => Ok(f.text.clone()),
        None => {
            let (what, flag) = if export {
                ("wasmexport", "--export")
            } else {
                ("function", "--func")
            };
            let names: Vec<String> = all
                .iter()
                .filter(|f| export == matches!(f.role, wexlab::listing::Role::Export(_)))
                .map(|f| match &f.role {
                    wexlab::listing::Role::Export(e) => e.clone(),
                    _ => f.name.clone(),
                })
                .collect();
            Err(usage(format!(
                "the module has no {what} {name} (it has: {}); {flag} takes one of those",
                names.join(", ")
            )))
        }
    }
}

/// Writes through a temporary file in the same directory, renamed over the
/// output at the end, so that neither a partial module nor the temporary
/// file is left behind, whatever fails.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // As go build -o does, the output's folder is made when missing.
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The sources of `paths` and the options of a command that builds them
/// once, or the exit of one that could not read them.
fn sources_and_options(
    paths: &[PathBuf],
    mode: Mode,
    rules: Choice,
) -> Result<(Vec<SourceInput>, Options), ExitCode> {
    let (inputs, _) = read_sources(paths).map_err(read_failed)?;
    let options = Options {
        mode,
        rules,
        ..Options::default()
    };
    Ok((inputs, options))
}

fn check(
    paths: &[PathBuf],
    mode: Mode,
    rules: Choice,
    bodies: &BodiesArgs,
    pretty: bool,
) -> ExitCode {
    let (inputs, options) = match sources_and_options(paths, mode, rules) {
        Ok(x) => x,
        Err(exit) => return exit,
    };
    let mut session = Session::default();
    // The module is built and dropped: every error the build would give,
    // and no file.
    let built = match build_module(&mut session, &inputs, paths, bodies, &options) {
        Ok(built) => built,
        Err(e) => return report_bodies_go(&session, &e, pretty),
    };
    match built {
        Ok(_) => {
            print_diagnostics(&session, pretty);
            ExitCode::SUCCESS
        }
        Err(e) => report(&session, &e, pretty),
    }
}

fn run(
    path: &Path,
    invoke: Option<Vec<String>>,
    buildmode: Option<BuildMode>,
    rules: Choice,
    bodies: &BodiesArgs,
) -> ExitCode {
    let mode: Mode = buildmode
        .unwrap_or(if invoke.is_some() {
            BuildMode::CShared
        } else {
            BuildMode::Exe
        })
        .into();
    // A module given as such says nothing of Go types: results print as
    // their wasm types.
    let mut kinds = Vec::new();
    let wasm = if path.extension().is_some_and(|x| x == "wasm") {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                return usage(format!(
                    "cannot read {}: {}",
                    path.display(),
                    io_message(&e)
                ));
            }
        }
    } else {
        let (inputs, _) = match read_sources(&[path.to_path_buf()]) {
            Ok(x) => x,
            Err(e) => return read_failed(e),
        };
        let mut session = Session::default();
        let options = Options {
            mode,
            rules,
            names: true,
            ..Options::default()
        };
        let built = match bodies.bodies {
            BodiesArg::Wexlab => driver::build(&mut session, &inputs, &options),
            BodiesArg::Go => {
                let package = [path.to_path_buf()];
                match bodies_go::build(&mut session, &inputs, &package, &bodies.go, &options) {
                    Ok(w) => Ok(w),
                    Err(BodiesError::Front(e)) => Err(e),
                    Err(e) => return report_bodies_go(&session, &e, false),
                }
            }
        };
        match built {
            Ok(w) => {
                print_diagnostics(&session, false);
                kinds = session.export_results;
                w
            }
            Err(e) => return report(&session, &e, false),
        }
    };
    let go_wasi = bodies.bodies == BodiesArg::Go;
    let host = Host::new(&wasm, Stdio::Inherit, |linker| {
        if go_wasi {
            bodies_go::wasi::add_to_linker(linker)?;
        }
        Ok(())
    });
    let mut host = match host {
        Ok(h) => h,
        Err(e) => {
            eprintln!("wexlab: {e}");
            return ExitCode::from(1);
        }
    };
    let entry = if host.param_types("_start").is_ok() {
        "_start"
    } else {
        "_initialize"
    };
    let Some(invoke) = invoke else {
        return match host.call(entry, &[]) {
            Ok(Outcome::Returned(_)) if entry == "_initialize" => nothing_to_run(&host),
            Ok(Outcome::Returned(_)) => ExitCode::SUCCESS,
            Ok(Outcome::Exit(code)) => ExitCode::from(code.clamp(0, 255) as u8),
            Ok(Outcome::Trap(t)) => {
                eprintln!("wexlab: the module trapped: {t}");
                ExitCode::from(1)
            }
            Err(e) => {
                eprintln!("wexlab: {e}");
                ExitCode::from(1)
            }
        };
    };
    // Initialize, then call the export.
    match host.call(entry, &[]) {
        Ok(Outcome::Returned(_)) | Ok(Outcome::Exit(0)) => {}
        Ok(Outcome::Exit(code)) => return ExitCode::from(code.clamp(0, 255) as u8),
        Ok(Outcome::Trap(t)) => {
            eprintln!("wexlab: {entry} trapped: {t}");
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("wexlab: {e}");
            return ExitCode::from(1);
        }
    }
    let (name, args) = invoke
        .split_first()
        .expect("clap requires at least one value");
    match host.call_text(name, args) {
        Ok(Outcome::Returned(values)) => {
            let go_kinds = kinds.iter().find(|(n, _)| n == name).map(|(_, k)| k);
            match go_kinds.filter(|k| k.len() == values.len()) {
                Some(go_kinds) => values
                    .iter()
                    .zip(go_kinds)
                    .for_each(|(v, k)| println!("{}", v.show(*k))),
                None => values.iter().for_each(|v| println!("{v}")),
            }
            ExitCode::SUCCESS
        }
        Ok(Outcome::Exit(code)) => ExitCode::from(code.clamp(0, 255) as u8),
        Ok(Outcome::Trap(t)) => {
            eprintln!("wexlab: {name} trapped: {t}");
            ExitCode::from(1)
        }
        Err(e) => usage(e),
    }
}

/// A library ran its initialization and nothing else: say so, and what
/// `--invoke` could call.
fn nothing_to_run(host: &Host) -> ExitCode {
    let exports = host.exported_functions();
    if exports.is_empty() {
        eprintln!(
            "wexlab: the module is a library (it has _initialize, not _start) and exports no function: initialization ran, nothing else"
        );
    } else {
        eprintln!(
            "wexlab: the module is a library (it has _initialize, not _start): initialization ran; call an export with --invoke NAME ARGS... (it exports: {})",
            exports.join(", ")
        );
    }
    ExitCode::from(2)
}

fn explain(
    path: &Path,
    (export, func, dot): (Option<&str>, Option<&str>, Option<&Path>),
    bodies: BodiesArg,
    mode: Mode,
    rules: Choice,
) -> ExitCode {
    if func.is_some() && bodies == BodiesArg::Go {
        return usage("--func explains wexlab's lowering of a Go function: drop --bodies go");
    }
    let (mut inputs, _) = match read_sources(&[path.to_path_buf()]) {
        Ok(x) => x,
        Err(e) => return read_failed(e),
    };
    if bodies == BodiesArg::Go {
        // A file that does not parse is explained as it is: the parser
        // says why.
        match bodies_go::signatures::cut(&inputs) {
            Ok(bodies_go::Cut::Sources(cut)) => inputs = cut,
            Ok(bodies_go::Cut::SyntaxErrors) => {}
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        }
    }
    let mut session = Session::default();
    let options = Options {
        mode,
        rules,
        names: true,
        ..Options::default()
    };
    let explained = match func {
        Some(name) => {
            match wexlab::explain::explain_function(&mut session, &inputs, &options, name, dot) {
                Ok(e) => Ok(e),
                Err(FunctionError::Build(e)) => Err(e),
                Err(e @ FunctionError::NoSuchFunction { .. }) => {
                    print_diagnostics(&session, false);
                    return usage(e);
                }
            }
        }
        None => wexlab::explain::explain(&mut session, &inputs, &options, export, dot),
    };
    match explained {
        Ok(explained) => {
            print_diagnostics(&session, false);
            print!("{}", explained.text);
            if explained.failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => report(&session, &e, false),
    }
}

/// What `wexlab test` does besides running the tests.
struct TestRun {
    bless: bool,
    coverage: bool,
}

fn test(paths: &[PathBuf], run: TestRun, mode: Mode, rules: Choice) -> ExitCode {
    use wexlab::test_runner::{self, Verdict};
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let files = match test_runner::test_files(&paths) {
        Ok(f) => f,
        Err(m) => return usage(m),
    };
    let loaded = match wexlab::rewrite::load_choice(&rules) {
        Ok(r) => r,
        Err(e) => {
            let session = Session::default();
            return report(&session, &BuildError::Rules(e), false);
        }
    };
    for w in &loaded.warnings {
        eprintln!("{}:{}:{}: warning: {}", w.file, w.line, w.col, w.message);
    }
    let config = test_runner::Config {
        rules: &loaded,
        options: Options {
            mode,
            rules,
            names: true,
            ..Options::default()
        },
        bless: run.bless,
    };
    let verdicts = test_runner::run(&files, &config);
    let mut failed = 0;
    for (file, verdict) in files.iter().zip(&verdicts) {
        match verdict {
            Verdict::Passed => {}
            Verdict::Blessed => {
                println!("wrote {}", test_runner::golden_path(file).display())
            }
            Verdict::Failed(why) => {
                failed += 1;
                println!("FAIL {}\n{}", file.display(), why.trim_end());
            }
        }
    }
    if run.coverage {
        print!(
            "{}",
            wexlab::coverage::measure(&files, &loaded, mode).report()
        );
    }
    println!("{} passed, {failed} failed", verdicts.len() - failed);
    ExitCode::from(u8::from(failed > 0))
}

fn abi(paths: &[PathBuf], mode: Mode, rules: Choice, bodies: BodiesArg, json: bool) -> ExitCode {
    let (inputs, options) = match sources_and_options(paths, mode, rules) {
        Ok(x) => x,
        Err(exit) => return exit,
    };
    let mut session = Session::default();
    let described = match bodies {
        BodiesArg::Wexlab => wexlab::manifest::manifest(&mut session, &inputs, &options),
        BodiesArg::Go => match wexlab::wrappers::lower_go_bodies(&mut session, &inputs, &options) {
            Ok(wrappers) => wexlab::manifest::of_wrappers(&wrappers),
            Err(BodiesError::Front(e)) => Err(e),
            Err(e) => return report_bodies_go(&session, &e, false),
        },
    };
    match described {
        Ok(manifest) => {
            print_diagnostics(&session, false);
            print!(
                "{}",
                if json {
                    manifest.json()
                } else {
                    manifest.text()
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => report(&session, &e, false),
    }
}

/// `wexlab diff`'s status for an error (a build that fails, a module that
/// cannot run).
const DIFF_ERROR: u8 = 2;

fn diff(
    paths: &[PathBuf],
    rules: &[String],
    (lower, cleanup): (&str, &str),
    (run, bodies): (Option<usize>, &BodiesArgs),
    mode: Mode,
) -> ExitCode {
    let [a, b] = rules else {
        return usage(format!(
            "diff compares two rule sets: give --rules A --rules B ({} given)",
            rules.len()
        ));
    };
    let (inputs, _) = match read_sources(paths) {
        Ok(x) => x,
        Err(ReadError::Usage(m)) => return usage(m),
        Err(ReadError::Source(diagnostics)) => {
            eprint!("{diagnostics}");
            return ExitCode::from(DIFF_ERROR);
        }
    };
    let options = [a, b].map(|rules| Options {
        mode,
        rules: RuleArgs {
            rules: rules.clone(),
            lower: lower.to_string(),
            cleanup: cleanup.to_string(),
        }
        .choice(),
        ..Options::default()
    });
    let mut sides = Vec::new();
    for (label, options) in [a, b].into_iter().zip(&options) {
        let mut session = Session::default();
        let lowered = match bodies.bodies {
            BodiesArg::Wexlab => wexlab::wrappers::lower(&mut session, &inputs, options),
            BodiesArg::Go => {
                match wexlab::wrappers::lower_go_bodies(&mut session, &inputs, options) {
                    Ok(wrappers) => Ok(wrappers),
                    Err(BodiesError::Front(e)) => Err(e),
                    Err(e) => {
                        report_bodies_go(&session, &e, false);
                        return ExitCode::from(DIFF_ERROR);
                    }
                }
            }
        };
        match lowered {
            Ok(wrappers) => sides.push(wrappers),
            Err(e) => return side_failed(&session, &e, label),
        }
    }
    let diffs = compare::listing_diffs(&sides[0], &sides[1], a, b);
    for d in &diffs {
        print!("{d}");
    }
    let Some(n) = run else {
        return ExitCode::from(u8::from(!diffs.is_empty()));
    };
    let exports: Vec<String> = sides[0]
        .iter()
        .filter(|w| sides[1].iter().any(|v| v.kind == w.kind))
        .filter_map(|w| match &w.kind {
            Kind::Export(name) => Some(name.clone()),
            Kind::Import { .. } => None,
        })
        .collect();
    let modules = match bodies.bodies {
        BodiesArg::Wexlab => diff_modules(&inputs, &options, [a, b]),
        BodiesArg::Go => go_diff_modules(paths, &bodies.go, mode, sides),
    };
    let modules = match modules {
        Ok(m) => m,
        Err(exit) => return exit,
    };
    let go_runtime = bodies.bodies == BodiesArg::Go;
    let report = match compare::run((&modules[0], &modules[1]), [a, b], &exports, n, go_runtime) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("wexlab: {e}");
            return ExitCode::from(DIFF_ERROR);
        }
    };
    for (export, why) in &report.skipped {
        println!("not called: export {export}: {why}");
    }
    match report.disagreement {
        Some(d) => {
            let shown: Vec<String> = d.arguments.iter().map(|v| v.to_string()).collect();
            println!("behaviour differs: export {} {}", d.export, d.signature);
            println!("  arguments: {}", shown.join(" "));
            println!("  --rules {a}: {}", compare::describe(&d.a));
            println!("  --rules {b}: {}", compare::describe(&d.b));
            ExitCode::from(1)
        }
        None => {
            println!(
                "no behaviour differs: {} export(s) called with {n} argument tuple(s) each",
                report.called.len()
            );
            ExitCode::SUCCESS
        }
    }
}

/// The two modules `diff --run` calls, built by wexlab under each rule set.
fn diff_modules(
    inputs: &[SourceInput],
    options: &[Options; 2],
    labels: [&str; 2],
) -> Result<Vec<Vec<u8>>, ExitCode> {
    let mut modules = Vec::new();
    for (label, options) in labels.into_iter().zip(options) {
        let mut session = Session::default();
        match driver::build(&mut session, inputs, options) {
            Ok(wasm) => modules.push(wasm),
            Err(e) => return Err(side_failed(&session, &e, label)),
        }
    }
    Ok(modules)
}

/// The two modules `diff --bodies go --run` calls: Go's module, built once,
/// with each side's wrappers spliced in, as `build --bodies go` makes it.
fn go_diff_modules(
    paths: &[PathBuf],
    go: &Path,
    mode: Mode,
    sides: Vec<Vec<wexlab::wrappers::Wrapper>>,
) -> Result<Vec<Vec<u8>>, ExitCode> {
    let wrapper_sets: Vec<Vec<_>> = sides
        .into_iter()
        .map(|side| side.into_iter().map(|w| w.lowered).collect())
        .collect();
    bodies_go::build_with_each(&go_package(paths), go, mode, &wrapper_sets).map_err(|e| {
        match e {
            BodiesError::Go(GoError::Failed { stderr, .. }) => eprint!("{stderr}"),
            other => eprintln!("wexlab: {other}"),
        }
        ExitCode::from(DIFF_ERROR)
    })
}

/// A build of one side failed: its diagnostics, and which rule set it was.
fn side_failed(session: &Session, e: &BuildError, label: &str) -> ExitCode {
    print_diagnostics(session, false);
    match e {
        BuildError::Source => eprintln!("wexlab: the program does not build with --rules {label}"),
        // A rule file's errors name their file and line; a folder's, nothing.
        BuildError::Rules(r @ (RulesError::Read { .. } | RulesError::Empty(_))) => {
            eprintln!("wexlab: {r}")
        }
        BuildError::Rules(r) => eprintln!("{r}"),
        other => eprintln!("wexlab: with --rules {label}: {other}"),
    }
    ExitCode::from(DIFF_ERROR)
}
