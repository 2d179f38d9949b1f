//! `cargo bench --bench distinct_bodies [-- FILTER]`: compile time on
//! generated files whose functions do not repeat one shape, against Go
//! 1.27.3 building the same file.
//!
//! The generator has two knobs: how many exports, and how many distinct
//! body *structures* they share. Every export's constants differ from every
//! other's; with `distinct` equal to the count, no two bodies have the same
//! structure either (random expressions over int32 and int64 parameters,
//! shifts, ifs and loops), so nothing a cache keyed on shape can share.
//! The memo's help shows against `distinct` 1 (one structure, every
//! constant its own).
//!
//! Each file is built as a command, as a user does, alternately by
//! `wexlab build` and by `go build -buildmode=c-shared` (`GOOS=wasip1
//! GOARCH=wasm`, the standard library cached by a first build; a comment
//! that changes on every run keeps Go from reusing its build of the
//! package). The figure is the CPU time of each, user and system, read
//! from the kernel's account of waited-for children; the report gives the
//! median of the runs and the ratio wexlab/Go (the goal of issue #16: at
//! most 1/3 for 10,000 distinct bodies). Without Go it says so and times
//! wexlab alone. 100,000 exports run only when the filter names them
//! (`-- 100000`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds per figure and tool.
const RUNS: usize = 3;

fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let go = find_go();
    if go.is_none() {
        println!("distinct_bodies: no Go 1.27.3 (.oracle/ or PATH): timing wexlab alone");
    }
    let dir = std::env::temp_dir().join(format!("wexlab-distinct-{}", std::process::id()));
    let cases = [
        (1_000, 1_000),
        (10_000, 10_000),
        (10_000, 100),
        (10_000, 1),
        (100_000, 100_000),
    ];
    for (count, distinct) in cases {
        let name = format!("exports/{count}/distinct/{distinct}");
        let wanted = match &filter {
            Some(f) => name.contains(f.as_str()),
            None => count < 100_000,
        };
        if wanted {
            compare(&dir, &name, &generate(count, distinct), go.as_deref());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Times both tools on one file and prints a line.
fn compare(dir: &Path, name: &str, source: &str, go: Option<&Path>) {
    let package = dir.join(name.replace('/', "-"));
    std::fs::create_dir_all(&package).expect("a temporary folder");
    std::fs::write(package.join("go.mod"), "module bench\n\ngo 1.24\n").expect("go.mod");
    let mut wexlab_times = Vec::new();
    let mut go_times = Vec::new();
    // The first round warms Go's cache of the standard library and the
    // page cache; it is not counted.
    for run in 0..=RUNS {
        let text = format!("{source}\n// run {run} {}\n", std::process::id());
        std::fs::write(package.join("main.go"), text).expect("main.go");
        let wexlab = cpu_of(
            Command::new(env!("CARGO_BIN_EXE_wexlab"))
                .current_dir(&package)
                // Go's cache is defeated too (go_build): both compile.
                .env("WEXLAB_CACHE", "off")
                .args(["build", "main.go", "-o", "wexlab.wasm"]),
        );
        let go = go.map(|go| cpu_of(&mut go_build(go, &package)));
        if run > 0 {
            wexlab_times.push(wexlab);
            go_times.extend(go);
        }
    }
    let wexlab = median(&mut wexlab_times);
    let mut line = format!("{name:<36} wexlab {wexlab:>8.3} s CPU");
    if !go_times.is_empty() {
        let go = median(&mut go_times);
        write!(line, "   go {go:>8.3} s CPU   wexlab/go {:.2}", wexlab / go).unwrap();
    }
    println!("{line}   (median of {RUNS})");
}

fn go_build(go: &Path, package: &Path) -> Command {
    let mut cmd = Command::new(go);
    cmd.current_dir(package)
        .args(["build", "-buildmode=c-shared", "-o", "go.wasm", "."])
        .env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "");
    cmd
}

/// Runs the command to its end; the CPU seconds it and its children used.
fn cpu_of(cmd: &mut Command) -> f64 {
    let before = children_cpu();
    let out = cmd.output().expect("the command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    children_cpu() - before
}

/// The user and system CPU seconds of this process's waited-for children
/// (fields 16 and 17 of /proc/self/stat, in clock ticks of 1/100 s).
fn children_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("Linux's /proc");
    // The command name, in parentheses, may hold spaces: count after it.
    let after = &stat[stat.rfind(')').expect("a stat line") + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    let ticks = |i: usize| fields[i - 3].parse::<f64>().expect("a number of ticks");
    (ticks(16) + ticks(17)) / 100.0
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The `go` command: the oracle's, else the one on PATH, if it is 1.27.3.
fn find_go() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let oracle = std::fs::read_dir(root.join(".oracle/lib"))
        .ok()?
        .flatten()
        .map(|e| e.path().join("site-packages/go/bin/go"))
        .find(|p| p.exists());
    let go = oracle.unwrap_or_else(|| PathBuf::from("go"));
    let version = Command::new(&go).arg("version").output().ok()?;
    String::from_utf8_lossy(&version.stdout)
        .contains("go1.27.3")
        .then_some(go)
}

/// A package of `count` exports whose bodies have `distinct` structures.
fn generate(count: usize, distinct: usize) -> String {
    let mut src = String::from("package main\n\n");
    for i in 0..count {
        let mut shape = Random::new(1 + (i % distinct.max(1)) as u64);
        let mut constants = Random::new(1_000_003 + i as u64);
        src.push_str(&export(i, &mut shape, &mut constants));
    }
    src.push_str("func main() {}\n");
    src
}

/// One export: its structure from `shape`, its constants from `constants`.
fn export(i: usize, shape: &mut Random, constants: &mut Random) -> String {
    let ints = 1 + shape.below(3);
    let longs = shape.below(2);
    let mut params: Vec<String> = (0..ints).map(|v| format!("a{v} int32")).collect();
    params.extend((0..longs).map(|v| format!("b{v} int64")));
    let mut body = String::new();
    for _ in 0..1 + shape.below(4) {
        match shape.below(4) {
            0 if longs > 0 => {
                let e = expr(shape, constants, 3, "b", longs);
                writeln!(body, "\tb0 = {e}").unwrap();
            }
            1 => {
                let (bound, step) = (constants.below(50) + 2, constants.below(7) + 1);
                let e = expr(shape, constants, 2, "a", ints);
                writeln!(
                    body,
                    "\tfor k := int32(0); k < {bound}; k += {step} {{\n\t\ta0 += {e} ^ k\n\t}}"
                )
                .unwrap();
            }
            2 => {
                let limit = constants.below(1000);
                let e = expr(shape, constants, 2, "a", ints);
                writeln!(body, "\tif a0 > {limit} {{\n\t\ta0 = {e}\n\t}}").unwrap();
            }
            _ => {
                let e = expr(shape, constants, 3, "a", ints);
                writeln!(body, "\ta{} = {e}", shape.below(ints)).unwrap();
            }
        }
    }
    let result = match longs {
        0 => "a0".to_string(),
        _ => "a0 + int32(b0)".to_string(),
    };
    format!(
        "//go:wasmexport e{i}\nfunc e{i}({}) int32 {{\n{body}\treturn {result}\n}}\n\n",
        params.join(", ")
    )
}

/// A random expression over variables `prefix`0..`vars`.
fn expr(
    shape: &mut Random,
    constants: &mut Random,
    depth: usize,
    prefix: &str,
    vars: usize,
) -> String {
    if depth == 0 || shape.below(4) == 0 {
        return match shape.below(3) {
            // Never a constant alone: Go rejects constant expressions
            // that overflow.
            0 => format!(
                "({prefix}{} ^ {})",
                shape.below(vars),
                1 + constants.below(100_000)
            ),
            _ => format!("{prefix}{}", shape.below(vars)),
        };
    }
    let mut operand = |shape: &mut Random| expr(shape, constants, depth - 1, prefix, vars);
    match shape.below(8) {
        0..=5 => {
            let op = ["+", "-", "*", "^", "&", "|"][shape.below(6)];
            let (a, b) = (operand(shape), operand(shape));
            format!("({a} {op} {b})")
        }
        6 => format!("({} << {})", operand(shape), 1 + shape.below(7)),
        _ => format!("({} >> {})", operand(shape), 1 + shape.below(7)),
    }
}

/// A small deterministic generator (xorshift64*), so that the files are
/// the same on every machine.
struct Random(u64);

impl Random {
    fn new(seed: u64) -> Random {
        Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}
