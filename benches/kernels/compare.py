"""Times compute kernels in three modules under wasmtime, and prints the
times, the ratios and the module sizes. Three suites, each a Go source and
its C version:

  kernels  examples/kernels.go, benches/kernels/kernels.c: prime counting,
           Collatz, recursive Fibonacci (scalar code and calls)
  arrays   benches/kernels/arrays.go, benches/kernels/arrays.c: a sieve, a
           matrix multiply, insertion sorts on three input shapes (of an
           array, and of a slice of it in functions of their own) and of
           array values, a table-driven CRC-32, sliding-window sums through
           a slice (package arrays)
  mixed    benches/kernels/mixed.go, benches/kernels/mixed.c: N-queens and
           lattice paths (recursions that are not tail calls), Mandelbrot
           (float64) and a damped spring (float32), naive string search
           with ==, and a range loop decoding UTF-8

and for each, three modules:

  wexlab   the Go source built by wexlab (c-shared)
  go       the same source built by Go 1.27.3 (GOOS=wasip1 GOARCH=wasm, c-shared)
  clang    the C version, clang-16 -O2

Run it with the oracle's Python (it has the `wasmtime` package):

  cargo build --release
  .oracle/bin/python benches/kernels/compare.py [--wexlab target/release/wexlab]

or through `cargo bench --bench kernels`. A module whose toolchain is
missing (no Go oracle, no clang-16) is skipped with a message; the script
fails only when wexlab's module is missing or the modules disagree.

Every kernel is first called once in each module and the results compared:
if any differ, the script stops there with an error, before timing. Then
each kernel is called REPEAT times in each module (one instance per module,
compiled before timing), the modules taking turns, and the fastest call
counts, in CPU time of the calling thread: on a shared machine the minimum
is the least disturbed run. A
kernel's setup call (crcfill before crc32) runs before each of its calls
and is not timed.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "benches", "kernels")


class Suite:
    """A Go source, its C version, and the kernels to time: rows of
    (label, export, arguments, setup), setup being None or (export,
    arguments), a call made untimed before each call of the kernel."""

    def __init__(self, name, source, c_source, kernels, quick, repeat):
        self.name = name
        self.source = source
        self.c_source = c_source
        self.kernels = kernels
        self.quick = quick
        self.repeat = repeat


SUITES = [
    # Each call takes roughly 0.2 to 1 s in Go's module.
    Suite(
        "kernels",
        os.path.join(ROOT, "examples", "kernels.go"),
        os.path.join(HERE, "kernels.c"),
        [
            ("primes", "primes", (1_500_000,), None),
            ("collatz", "collatz", (600_000,), None),
            ("fibonacci", "fibonacci", (36,), None),
        ],
        [
            ("primes", "primes", (100_000,), None),
            ("collatz", "collatz", (50_000,), None),
            ("fibonacci", "fibonacci", (24,), None),
        ],
        5,
    ),
    # Each call takes a few milliseconds, so more calls count. Sizes are
    # not powers of two or multiples of the arrays' lengths, and the sorts
    # see random, sorted and reversed input (sorted is linear, hence the
    # larger n); the seeds are arbitrary.
    Suite(
        "arrays",
        os.path.join(HERE, "arrays.go"),
        os.path.join(HERE, "arrays.c"),
        [
            ("sieve", "sieve", (3_000_017,), None),
            ("matmul", "matmul", (150, 7), None),
            ("sort random", "sortkeys", (3_001, 0, 11), None),
            ("sort sorted", "sortkeys", (1_000_003, 1, 12), None),
            ("sort reversed", "sortkeys", (2_003, 2, 13), None),
            ("slice random", "sortslice", (3_001, 0, 11), None),
            ("slice sorted", "sortslice", (1_000_003, 1, 12), None),
            ("slice reversed", "sortslice", (2_003, 2, 13), None),
            ("sort records", "sortrecords", (2_503, 14), None),
            ("crc32", "crc32", (3_000_001,), ("crcfill", (3_000_001, 15))),
            ("window", "window", (200_003, 37), ("crcfill", (200_003, 16))),
        ],
        [
            ("sieve", "sieve", (10_007,), None),
            ("matmul", "matmul", (17, 7), None),
            ("sort random", "sortkeys", (101, 0, 11), None),
            ("sort sorted", "sortkeys", (1_003, 1, 12), None),
            ("sort reversed", "sortkeys", (103, 2, 13), None),
            ("slice random", "sortslice", (101, 0, 11), None),
            ("slice sorted", "sortslice", (1_003, 1, 12), None),
            ("slice reversed", "sortslice", (103, 2, 13), None),
            ("sort records", "sortrecords", (103, 14), None),
            ("crc32", "crc32", (10_001,), ("crcfill", (10_001, 15))),
            ("window", "window", (1_003, 7), ("crcfill", (1_003, 16))),
        ],
        15,
    ),
    # Kinds the suites above lack: recursions that are not tail calls,
    # floats without memory, strings. Each call takes 4 to 50 ms in Go's
    # module, so fifteen count; the text is filled before each string
    # kernel, untimed.
    Suite(
        "mixed",
        os.path.join(HERE, "mixed.go"),
        os.path.join(HERE, "mixed.c"),
        [
            ("queens", "queens", (12,), None),
            ("paths", "paths", (13, 12), None),
            ("mandel", "mandel", (401, 255), None),
            ("spring", "spring", (3_000_001,), None),
            ("search", "search", (400_003, 1_001, 29), ("filltext", (400_003, 17))),
            ("runes", "runes", (1_000_003,), ("filltext", (1_000_003, 18))),
        ],
        [
            ("queens", "queens", (7,), None),
            ("paths", "paths", (6, 7), None),
            ("mandel", "mandel", (31, 50), None),
            ("spring", "spring", (10_001,), None),
            ("search", "search", (1_003, 11, 5), ("filltext", (1_003, 17))),
            ("runes", "runes", (1_003,), ("filltext", (1_003, 18))),
        ],
        15,
    ),
]


def note(text):
    print(text, flush=True)


def call_text(export, args):
    return "%s(%s)" % (export, ", ".join(str(a) for a in args))


def build_wexlab(wexlab, suite, out_dir):
    if not wexlab or not os.path.exists(wexlab):
        raise SystemExit(
            "compare.py: wexlab's binary is missing (%s); run `cargo build --release` "
            "or pass --wexlab PATH" % wexlab
        )
    paths = {}
    for mode in ("c-shared", "exe"):
        out = os.path.join(out_dir, "%s-wexlab-%s.wasm" % (suite.name, mode))
        subprocess.run(
            [wexlab, "build", suite.source, "--buildmode", mode, "-o", out], check=True
        )
        paths[mode] = out
    return paths


def build_go(suite, out_dir):
    go = os.path.join(ROOT, ".oracle", "bin", "go")
    if not os.path.exists(go):
        note(
            "go: skipped: the Go oracle is not installed in .oracle/ "
            "(`cargo test --test oracle` installs it, see docs/oracle.md)"
        )
        return None
    src = os.path.join(out_dir, "%s-go-src" % suite.name)
    os.makedirs(src, exist_ok=True)
    shutil.copy(suite.source, os.path.join(src, "main.go"))
    with open(os.path.join(src, "go.mod"), "w") as f:
        f.write("module %s\n\ngo 1.24\n" % suite.name)
    out = os.path.join(out_dir, "%s-go.wasm" % suite.name)
    env = dict(os.environ, GOOS="wasip1", GOARCH="wasm", GOTOOLCHAIN="local", GOFLAGS="")
    env.setdefault("GOCACHE", os.path.join(ROOT, "target", "oracle-cache", "gocache"))
    r = subprocess.run(
        [go, "build", "-buildmode=c-shared", "-o", out, "."],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        note("go: skipped: go build failed:\n" + r.stderr)
        return None
    return out


def build_clang(suite, out_dir):
    clang = shutil.which("clang-16")
    if clang is None or shutil.which("wasm-ld-16") is None:
        note("clang: skipped: clang-16 and lld-16 are needed (apt-get install clang-16 lld-16)")
        return None
    out = os.path.join(out_dir, "%s-clang.wasm" % suite.name)
    r = subprocess.run(
        [
            clang,
            "--target=wasm32",
            "-O2",
            # Clearing loops become memset: memory.fill, as there is no libc.
            "-mbulk-memory",
            "-nostdlib",
            "-fuse-ld=lld",
            "--ld-path=" + shutil.which("wasm-ld-16"),
            "-Wl,--no-entry",
            "-o",
            out,
            suite.c_source,
        ],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        note("clang: skipped: clang-16 failed:\n" + r.stderr)
        return None
    return out


def engine_config(wasmtime):
    """Every function of every module starts on a 64-byte boundary. By
    default a function starts wherever the one before it ends, and a tight
    loop's time then depends on the size of unrelated code: one module, an
    unused function of a few dozen bytes put in front of the others, timed
    the sieve between 5.5 and 6.8 ms and the slice sort between 1.6 and 2.1
    (2026-12-07), so a change elsewhere in a module moved a kernel's ratio
    by a third. Aligned, the same variants stayed within 4%. All three
    modules get the same setting."""
    config = wasmtime.Config()
    config.cranelift_flag_set("log2_min_function_alignment", "6")
    return config


def instance(wasmtime, engine, module):
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    config = wasmtime.WasiConfig()
    config.inherit_stderr()
    store.set_wasi(config)
    linker.define_wasi()
    inst = linker.instantiate(store, module)
    exports = inst.exports(store)
    if "_initialize" in exports:
        exports["_initialize"](store)
    return store, exports


def call(instances, name, kernel):
    """One call of a kernel in module `name` (its setup first): (result, seconds)."""
    _, export, args, setup = kernel
    store, exports = instances[name]
    if setup is not None:
        exports[setup[0]](store, *setup[1])
    # The calling thread's CPU time: on a shared machine, time spent
    # waiting for a core is not the module's.
    t0 = time.thread_time()
    result = exports[export](store, *args)
    return result, time.thread_time() - t0


def check_results(instances, names, kernels):
    """Calls each kernel once in each module and stops the script, loudly,
    when the modules' results differ: a faster wrong answer is no result."""
    expected = {}
    wrong = []
    for kernel in kernels:
        results = {n: call(instances, n, kernel)[0] for n in names}
        expected[kernel[0]] = results[names[0]]
        if len(set(results.values())) != 1:
            wrong.append("  %s: %s" % (call_text(kernel[1], kernel[2]), results))
    if wrong:
        note("compare.py: FAILED: the modules disagree, so nothing was timed:")
        for w in wrong:
            note(w)
        sys.exit(1)
    return expected


def time_kernels(instances, names, kernels, expected, repeat):
    """{module: {label: best time}}. The calls are interleaved (each round
    calls every kernel in every module) so that a busy machine slows all
    modules alike; the fastest call counts. Every result is checked again."""
    best = {name: {} for name in names}
    for _ in range(repeat):
        for kernel in kernels:
            label = kernel[0]
            for name in names:
                result, dt = call(instances, name, kernel)
                if result != expected[label]:
                    note(
                        "compare.py: FAILED: %s in %s gave %r, before %r"
                        % (call_text(kernel[1], kernel[2]), name, result, expected[label])
                    )
                    sys.exit(1)
                old = best[name].get(label)
                best[name][label] = dt if old is None else min(old, dt)
    return best


def run_suite(wasmtime, engine, wexlab, suite, out_dir, quick, repeat):
    wex = build_wexlab(wexlab, suite, out_dir)
    modules = [
        ("wexlab", wex["c-shared"]),
        ("go", build_go(suite, out_dir)),
        ("clang", build_clang(suite, out_dir)),
    ]
    modules = [(n, m) for n, m in modules if m]
    names = [n for n, _ in modules]

    note("%s: module sizes (bytes):" % suite.name)
    note("  %-16s %9d" % ("wexlab c-shared", os.path.getsize(wex["c-shared"])))
    note("  %-16s %9d" % ("wexlab exe", os.path.getsize(wex["exe"])))
    for name, path in modules[1:]:
        note("  %-16s %9d" % (name, os.path.getsize(path)))

    kernels = suite.quick if quick else suite.kernels
    repeat = repeat or suite.repeat
    instances = {}
    for name, path in modules:
        instances[name] = instance(wasmtime, engine, wasmtime.Module.from_file(engine, path))
    expected = check_results(instances, names, kernels)
    times = time_kernels(instances, names, kernels, expected, repeat)

    note("")
    header = "%-14s %20s" % ("kernel", "result") + "".join("%11s" % n for n in names)
    if "go" in times:
        header += "%13s" % "wexlab/go"
    if "clang" in times:
        header += "%13s" % "wexlab/clang"
    note(header + "   (best of %d, seconds)" % repeat)
    for label, _, _, _ in kernels:
        line = "%-14s %20s" % (label, expected[label])
        for n in names:
            line += "%11.4f" % times[n][label]
        w = times["wexlab"][label]
        if "go" in times:
            line += "%13.3f" % (w / times["go"][label])
        if "clang" in times:
            line += "%13.3f" % (w / times["clang"][label])
        note(line)
    note("")
    note("inputs: " + ", ".join("%s %s" % (k[0], call_text(k[1], k[2])) for k in kernels))
    note("")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--wexlab", default=os.path.join(ROOT, "target", "release", "wexlab"))
    p.add_argument("--repeat", type=int, help="calls of each kernel (default: 5 for kernels, 15 for arrays and mixed)")
    p.add_argument("--quick", action="store_true", help="small inputs (a smoke test)")
    p.add_argument("--suite", choices=[s.name for s in SUITES], help="run only this suite")
    p.add_argument("--keep", help="write the modules to this folder")
    args = p.parse_args()
    try:
        import wasmtime
    except ImportError:
        raise SystemExit(
            "compare.py: the Python package `wasmtime` is missing; run this script with "
            ".oracle/bin/python (see docs/oracle.md)"
        )

    out_dir = args.keep or tempfile.mkdtemp(prefix="wexlab-kernels-")
    os.makedirs(out_dir, exist_ok=True)
    engine = wasmtime.Engine(engine_config(wasmtime))
    try:
        for suite in SUITES:
            if args.suite in (None, suite.name):
                run_suite(wasmtime, engine, args.wexlab, suite, out_dir, args.quick, args.repeat)
        note("a ratio below 1 means wexlab's module is faster")
    finally:
        if not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
