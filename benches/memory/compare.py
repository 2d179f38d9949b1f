"""Time and memory of allocation-heavy programs under wasmtime, in wexlab's
module and in Go 1.27.3's build of the same source: the time of the run,
and the linear memory's size at its end (memory never shrinks, so that is
its high-water mark).

  churn   churn.go (c-shared): an export that makes about 1 MB of garbage
          per call, called CALLS times (10,000; 500 with --quick)
  trees   trees.go (exe): binary trees, about 400 MB allocated in total
  maps    maps.go (exe): maps filled, probed, emptied and rebuilt, and a
          word count, about 2.5 million inserts

Run it with the oracle's Python (it has the `wasmtime` package), or through
`cargo bench --bench memory`:

  .oracle/bin/python benches/memory/compare.py --wexlab target/debug/wexlab

The two modules' outputs (churn's last checksum, trees' and maps' stderr) must be
equal, or the script fails.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

import wasmtime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "benches", "memory")
GO = os.path.join(ROOT, ".oracle", "bin", "go")


def build(wexlab, src, mode, out):
    """Both modules of src, or exits with the failing tool's output."""
    mods = {}
    w = os.path.join(out, "wexlab.wasm")
    r = subprocess.run([wexlab, "build", "--buildmode", mode, "-o", w, src], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"memory: wexlab cannot build {src}:\n{r.stderr}")
    mods["wexlab"] = w
    g = os.path.join(out, "go.wasm")
    env = dict(os.environ, GOOS="wasip1", GOARCH="wasm")
    with open(os.path.join(out, "go.mod"), "w") as f:
        f.write("module bench\n\ngo 1.24\n")
    r = subprocess.run([GO, "build", "-buildmode=" + mode, "-o", g, src], capture_output=True, text=True, env=env, cwd=out)
    if r.returncode != 0:
        sys.exit(f"memory: Go cannot build {src}:\n{r.stderr}")
    mods["go"] = g
    return mods


def instance(path, stderr_file):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.stderr_file = stderr_file
    store.set_wasi(wasi)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    module = wasmtime.Module.from_file(engine, path)
    return store, linker.instantiate(store, module)


def run_churn(path, calls, tmp):
    store, inst = instance(path, os.path.join(tmp, "churn.err"))
    exports = inst.exports(store)
    exports["_initialize"](store)
    churn = exports["churn"]
    start = time.process_time()
    last = None
    for i in range(calls):
        last = churn(store, i)
    took = time.process_time() - start
    return took, exports["memory"].data_len(store), str(last)


def run_exe(path, tmp):
    err = os.path.join(tmp, "exe.err")
    store, inst = instance(path, err)
    start = time.process_time()
    try:
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        if "status 0" not in str(e):
            raise
    took = time.process_time() - start
    with open(err) as f:
        out = f.read()
    return took, inst.exports(store)["memory"].data_len(store), out


def report(name, results):
    (wt, wm, wout), (gt, gm, gout) = results["wexlab"], results["go"]
    if wout != gout:
        sys.exit(f"memory: {name}: the modules disagree\n  wexlab: {wout!r}\n  go:     {gout!r}")
    mb = 1 << 20
    print(
        f"{name:6} time wexlab {wt:7.3f} s  go {gt:7.3f} s  wexlab/go {wt / gt:5.2f}   "
        f"memory wexlab {wm / mb:6.1f} MB  go {gm / mb:6.1f} MB  wexlab/go {wm / gm:5.2f}"
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wexlab", default=os.path.join(ROOT, "target", "debug", "wexlab"))
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(GO):
        print(f"memory: skipped: {GO} is missing (cargo test --test oracle installs it)")
        return
    calls = 500 if args.quick else 10000
    with tempfile.TemporaryDirectory() as tmp:
        churn = build(args.wexlab, os.path.join(HERE, "churn.go"), "c-shared", tmp)
        report("churn", {k: run_churn(p, calls, tmp) for k, p in churn.items()})
        trees = build(args.wexlab, os.path.join(HERE, "trees.go"), "exe", tmp)
        report("trees", {k: run_exe(p, tmp) for k, p in trees.items()})
        maps = build(args.wexlab, os.path.join(HERE, "maps.go"), "exe", tmp)
        report("maps", {k: run_exe(p, tmp) for k, p in maps.items()})


if __name__ == "__main__":
    main()
