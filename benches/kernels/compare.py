"""Times the compute kernels of examples/kernels.go in three modules under
wasmtime, and prints the times, the ratios and the module sizes:

  wexlab   examples/kernels.go built by wexlab (c-shared)
  go       the same source built by Go 1.27.3 (GOOS=wasip1 GOARCH=wasm, c-shared)
  clang    benches/kernels/kernels.c, the same kernels in C, clang-16 -O2

Run it with the oracle's Python (it has the `wasmtime` package):

  cargo build --release
  .oracle/bin/python benches/kernels/compare.py [--wexlab target/release/wexlab]

or through `cargo bench --bench kernels`. A module whose toolchain is
missing (no Go oracle, no clang-16) is skipped with a message; the script
fails only when wexlab's module is missing or the modules disagree.

Each kernel is called REPEAT times in each module (one instance per module,
compiled before timing), the modules taking turns, and the fastest call
counts: on a shared machine the minimum is the least disturbed run.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, "examples", "kernels.go")
C_SOURCE = os.path.join(ROOT, "benches", "kernels", "kernels.c")

# (export, argument): each call takes roughly 0.2 to 1 s in Go's module.
KERNELS = [
    ("primes", 1_500_000),
    ("collatz", 600_000),
    ("fibonacci", 36),
]
QUICK = [
    ("primes", 100_000),
    ("collatz", 50_000),
    ("fibonacci", 24),
]


def note(text):
    print(text, flush=True)


def build_wexlab(wexlab, out_dir):
    if not wexlab or not os.path.exists(wexlab):
        raise SystemExit(
            "compare.py: wexlab's binary is missing (%s); run `cargo build --release` "
            "or pass --wexlab PATH" % wexlab
        )
    paths = {}
    for mode in ("c-shared", "exe"):
        out = os.path.join(out_dir, "wexlab-%s.wasm" % mode)
        subprocess.run(
            [wexlab, "build", SOURCE, "--buildmode", mode, "-o", out], check=True
        )
        paths[mode] = out
    return paths


def build_go(out_dir):
    go = os.path.join(ROOT, ".oracle", "bin", "go")
    if not os.path.exists(go):
        note(
            "go: skipped: the Go oracle is not installed in .oracle/ "
            "(`cargo test --test oracle` installs it, see docs/oracle.md)"
        )
        return None
    src = os.path.join(out_dir, "go-src")
    os.makedirs(src, exist_ok=True)
    shutil.copy(SOURCE, os.path.join(src, "main.go"))
    with open(os.path.join(src, "go.mod"), "w") as f:
        f.write("module kernels\n\ngo 1.24\n")
    out = os.path.join(out_dir, "go.wasm")
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


def build_clang(out_dir):
    clang = shutil.which("clang-16")
    if clang is None or shutil.which("wasm-ld-16") is None:
        note("clang: skipped: clang-16 and lld-16 are needed (apt-get install clang-16 lld-16)")
        return None
    out = os.path.join(out_dir, "clang.wasm")
    r = subprocess.run(
        [
            clang,
            "--target=wasm32",
            "-O2",
            "-nostdlib",
            "-fuse-ld=lld",
            "--ld-path=" + shutil.which("wasm-ld-16"),
            "-Wl,--no-entry",
            "-o",
            out,
            C_SOURCE,
        ],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        note("clang: skipped: clang-16 failed:\n" + r.stderr)
        return None
    return out


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


def time_kernels(wasmtime, engine, modules, kernels, repeat):
    """{module: {kernel: (result, best time)}}. The calls are interleaved
    (each round calls every kernel in every module) so that a busy machine
    slows all modules alike; the fastest call counts."""
    instances = {}
    for name, path in modules:
        module = wasmtime.Module.from_file(engine, path)
        instances[name] = instance(wasmtime, engine, module)
    rows = {name: {} for name, _ in modules}
    for _ in range(repeat):
        for kname, arg in kernels:
            for name, _ in modules:
                store, exports = instances[name]
                t0 = time.perf_counter()
                result = exports[kname](store, arg)
                dt = time.perf_counter() - t0
                old = rows[name].get(kname)
                rows[name][kname] = (result, dt if old is None else min(old[1], dt))
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--wexlab", default=os.path.join(ROOT, "target", "release", "wexlab"))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="small inputs (a smoke test)")
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
    wex = build_wexlab(args.wexlab, out_dir)
    modules = [("wexlab", wex["c-shared"]), ("go", build_go(out_dir)), ("clang", build_clang(out_dir))]
    modules = [(n, m) for n, m in modules if m]

    note("module sizes (bytes):")
    note("  %-16s %9d" % ("wexlab c-shared", os.path.getsize(wex["c-shared"])))
    note("  %-16s %9d" % ("wexlab exe", os.path.getsize(wex["exe"])))
    for name, path in modules[1:]:
        note("  %-16s %9d" % (name, os.path.getsize(path)))

    kernels = QUICK if args.quick else KERNELS
    engine = wasmtime.Engine()
    times = time_kernels(wasmtime, engine, modules, kernels, args.repeat)

    note("")
    header = "%-10s %12s" % ("kernel", "result") + "".join("%11s" % n for n, _ in modules)
    if "go" in times:
        header += "%13s" % "wexlab/go"
    if "clang" in times:
        header += "%13s" % "wexlab/clang"
    note(header + "   (best of %d, seconds)" % args.repeat)
    disagree = False
    for kname, arg in kernels:
        results = {n: times[n][kname][0] for n, _ in modules}
        if len(set(results.values())) != 1:
            disagree = True
            note("%s(%d): modules disagree: %r" % (kname, arg, results))
        line = "%-10s %12s" % (kname, results["wexlab"])
        for n, _ in modules:
            line += "%11.4f" % times[n][kname][1]
        w = times["wexlab"][kname][1]
        if "go" in times:
            line += "%13.3f" % (w / times["go"][kname][1])
        if "clang" in times:
            line += "%13.3f" % (w / times["clang"][kname][1])
        note(line)
    note("")
    note("inputs: " + ", ".join("%s(%d)" % k for k in kernels))
    note("a ratio below 1 means wexlab's module is faster")
    if not args.keep:
        shutil.rmtree(out_dir, ignore_errors=True)
    if disagree:
        sys.exit(1)


if __name__ == "__main__":
    main()
