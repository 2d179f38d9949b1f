//! The wexlab command line.

// Compilation allocates many small terms; mimalloc is markedly faster at
// that than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use wexlab::driver::{self, BuildError, Options, Session, SourceInput};
use wexlab::host::{Host, Outcome, Stdio};
use wexlab::ir::build::Mode;
use wexlab::rewrite::{Choice, Source};

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
    /// A program: `_start` runs main.main, then exits (default).
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
    /// The module as text (WAT), printed to standard output.
    Wat,
}

/// Which rules to use.
#[derive(clap::Args, Clone)]
struct RuleArgs {
    /// The wasmexport/wasmimport rule set: `go` (Go 1.27.3's wrapper), `seed`
    /// (the wrapper of the CL that introduced the directive), or a folder of
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

#[derive(Subcommand)]
enum Command {
    /// Compile a package (a directory, or .go files) to a .wasm module.
    Build {
        /// Go files of package main, or one directory holding them (default: .).
        paths: Vec<PathBuf>,
        /// Where to write the module (default: NAME.wasm in the current directory,
        /// NAME being the directory's or the first file's name).
        #[arg(short = 'o', long = "output", value_name = "OUT.wasm")]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "exe")]
        buildmode: BuildMode,
        /// `wat` prints the module as text instead of writing it.
        #[arg(long, value_enum, default_value = "wasm")]
        emit: Emit,
        /// Keep function names in the module (its name section), for
        /// debuggers and stack traces; `--emit wat` always shows them.
        #[arg(long)]
        names: bool,
        #[command(flatten)]
        rules: RuleArgs,
        /// Show a source snippet under each diagnostic.
        #[arg(long)]
        pretty: bool,
        /// Print how long each phase took (parse and check, load rules,
        /// rewrite, emit) on stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Report diagnostics only (no module is written).
    Check {
        /// Go files of package main, or one directory.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "exe")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
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
        /// Export to call, followed by its arguments.
        #[arg(long, num_args = 1.., value_name = "NAME ARGS", allow_hyphen_values = true)]
        invoke: Option<Vec<String>>,
        /// Build mode for Go source (default: exe without --invoke, c-shared with it).
        #[arg(long, value_enum)]
        buildmode: Option<BuildMode>,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Show, for each wasmexport wrapper, every rule that fired, in order,
    /// with the term before and after.
    Explain {
        /// A .go file or a directory.
        path: PathBuf,
        /// Only this export (or the wasmimport function of this Go name, e.g. main.hostcb).
        #[arg(long)]
        export: Option<String>,
        /// Also write the e-graph of each wrapper for Graphviz to this file.
        #[arg(long, value_name = "FILE.dot")]
        dot: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "c-shared")]
        buildmode: BuildMode,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            paths,
            output,
            buildmode,
            emit,
            names,
            rules,
            pretty,
            timings,
        } => build(
            &paths,
            Product {
                output,
                emit,
                names,
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
            pretty,
        } => check(&paths, buildmode.into(), rules.choice(), pretty),
        Command::Run {
            path,
            invoke,
            buildmode,
            rules,
        } => run(&path, invoke, buildmode, rules.choice()),
        Command::Explain {
            path,
            export,
            dot,
            buildmode,
            rules,
        } => explain(
            &path,
            export.as_deref(),
            dot.as_deref(),
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

/// Reads the Go files of a package: the .go files of one directory, or the
/// files given, sorted by name as go build does.
fn read_sources(paths: &[PathBuf]) -> Result<(Vec<SourceInput>, String), String> {
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let mut files = Vec::new();
    let name = if paths.len() == 1 && paths[0].is_dir() {
        let dir = &paths[0];
        let entries = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            let is_go = p.extension().is_some_and(|x| x == "go");
            let is_test = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("_test.go"));
            if is_go && !is_test {
                files.push(p);
            }
        }
        if files.is_empty() {
            return Err(format!("no Go files in {}", dir.display()));
        }
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        abs.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "main".to_string())
    } else {
        for p in &paths {
            if p.is_dir() {
                return Err(format!(
                    "{} is a directory: give one directory, or .go files",
                    p.display()
                ));
            }
            if p.extension().is_none_or(|x| x != "go") {
                return Err(format!("{} is not a .go file", p.display()));
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
    for f in files {
        let text =
            std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        let path = f.strip_prefix("./").unwrap_or(&f).display().to_string();
        inputs.push(SourceInput { path, text });
    }
    Ok((inputs, name))
}

fn print_diagnostics(session: &Session, pretty: bool) {
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
        BuildError::Rules(r) => eprintln!("{r}"),
        other => eprintln!("wexlab: {other}"),
    }
    ExitCode::from(1)
}

/// What `wexlab build` produces and where.
struct Product {
    output: Option<PathBuf>,
    emit: Emit,
    names: bool,
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
    } = product;
    let (inputs, name) = match read_sources(paths) {
        Ok(x) => x,
        Err(e) => return usage(e),
    };
    let mut session = Session::default();
    let options = Options {
        mode,
        rules,
        names: names || emit == Emit::Wat,
        ..Options::default()
    };
    let result = driver::build(&mut session, &inputs, &options);
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
    if emit == Emit::Wat {
        match wasmprinter::print_bytes(&wasm) {
            Ok(text) => {
                print!("{text}");
                return ExitCode::SUCCESS;
            }
            Err(e) => {
                eprintln!("wexlab: cannot print the module: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let out = output.unwrap_or_else(|| PathBuf::from(format!("{name}.wasm")));
    match write_atomically(&out, &wasm) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wexlab: cannot write {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

/// Writes through a temporary file so that no partial module is left behind.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

fn check(paths: &[PathBuf], mode: Mode, rules: Choice, pretty: bool) -> ExitCode {
    let (inputs, _) = match read_sources(paths) {
        Ok(x) => x,
        Err(e) => return usage(e),
    };
    let mut session = Session::default();
    let options = Options {
        mode,
        rules,
        ..Options::default()
    };
    match driver::build(&mut session, &inputs, &options) {
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
) -> ExitCode {
    let mode: Mode = buildmode
        .unwrap_or(if invoke.is_some() {
            BuildMode::CShared
        } else {
            BuildMode::Exe
        })
        .into();
    let wasm = if path.extension().is_some_and(|x| x == "wasm") {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return usage(format!("cannot read {}: {e}", path.display())),
        }
    } else {
        let (inputs, _) = match read_sources(&[path.to_path_buf()]) {
            Ok(x) => x,
            Err(e) => return usage(e),
        };
        let mut session = Session::default();
        match driver::build(
            &mut session,
            &inputs,
            &Options {
                mode,
                rules,
                names: true,
                ..Options::default()
            },
        ) {
            Ok(w) => {
                print_diagnostics(&session, false);
                w
            }
            Err(e) => return report(&session, &e, false),
        }
    };
    let mut host = match Host::new(&wasm, Stdio::Inherit, |_| Ok(())) {
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
            for v in values {
                println!("{v}");
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

fn explain(
    path: &Path,
    export: Option<&str>,
    dot: Option<&Path>,
    mode: Mode,
    rules: Choice,
) -> ExitCode {
    let (inputs, _) = match read_sources(&[path.to_path_buf()]) {
        Ok(x) => x,
        Err(e) => return usage(e),
    };
    let mut session = Session::default();
    match wexlab::rewrite::explain::explain(
        &mut session,
        &inputs,
        &Options {
            mode,
            rules,
            names: true,
            ..Options::default()
        },
        export,
        dot,
    ) {
        Ok(text) => {
            print_diagnostics(&session, false);
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => report(&session, &e, false),
    }
}
