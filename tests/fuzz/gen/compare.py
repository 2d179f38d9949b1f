"""Runs two builds of one program, Go's and wexlab's (both c-shared), in
wasmtime and compares what a host sees: each export's results for a few
arguments, each in a fresh instance, traps, and what was written to
stderr. Given the two exe builds too, it also runs each one's `_start`
(main.main, which a c-shared module never runs) and compares its exit
status and stderr. Prints the differences;
exit status 1 if there are any.

Exports with pointer parameters are left out: the same number is a
different place in each module's memory. A bool parameter gets 0 or 1, the
only values Go's ABI gives a bool.

usage: compare.py GO.wasm WEXLAB.wasm MAIN.go [GO_EXE.wasm WEXLAB_EXE.wasm]
(with the oracle's Python, .oracle/bin/python)
"""
import re
import struct
import sys
import tempfile

import wasmtime

ARGUMENTS = [0, 1, -1, 7, 123456789, -98765]


def go_params(source):
    """Each export's Go parameter types, in order."""
    signatures = {}
    for name, params in re.findall(r"//go:wasmexport (\S+)\nfunc \w+\(([^)]*)\)", source):
        types, pending = [], 0
        for part in (p.strip() for p in params.split(",") if p.strip()):
            words = part.split()
            if len(words) == 1:  # a name whose type comes later: `a, b int32`
                pending += 1
            else:
                types += [words[-1]] * (pending + 1)
                pending = 0
        signatures[name] = types
    return signatures


def bool_types(source):
    return {"bool"} | set(re.findall(r"type (\w+) bool\b", source))


def transcript(path, source):
    """Each call in a fresh instance: after a panic a module is dead, and
    what a dead Go runtime does next is not worth comparing."""
    engine = wasmtime.Engine()
    module = wasmtime.Module.from_file(engine, path)
    signatures, bools = go_params(source), bool_types(source)
    exports = [(e.name, [str(t) for t in e.type.params]) for e in module.exports
               if isinstance(e.type, wasmtime.FuncType) and not e.name.startswith("_")
               and not any("*" in t for t in signatures.get(e.name, []))]
    calls, stderr = [], ""
    for name, params in sorted(exports):
        for seed in range(len(ARGUMENTS)):
            go_types = signatures.get(name, [])
            args = [argument(t, ARGUMENTS[(seed + i) % len(ARGUMENTS)],
                             i < len(go_types) and go_types[i] in bools)
                    for i, t in enumerate(params)]
            outcome, err = call_fresh(engine, module, name, args)
            calls.append((name, args, outcome))
            stderr += err
    return calls, stderr


def call_fresh(engine, module, name, args):
    store = wasmtime.Store(engine)
    with tempfile.NamedTemporaryFile() as err:
        wasi = wasmtime.WasiConfig()
        wasi.stderr_file = err.name
        store.set_wasi(wasi)
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        instance = linker.instantiate(store, module)
        exports = instance.exports(store)
        outcome = call(store, exports["_initialize"], [])
        if outcome == ("returned", None):
            outcome = call(store, exports[name], args)
        with open(err.name, "rb") as f:
            return outcome, f.read().decode("utf-8", "replace")


def run_main(path):
    """`_start` of an exe module: how it ended and its stderr up to a
    goroutine trace (wexlab prints none)."""
    engine = wasmtime.Engine()
    module = wasmtime.Module.from_file(engine, path)
    store = wasmtime.Store(engine)
    with tempfile.NamedTemporaryFile() as err:
        wasi = wasmtime.WasiConfig()
        wasi.stderr_file = err.name
        store.set_wasi(wasi)
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        instance = linker.instantiate(store, module)
        outcome = call(store, instance.exports(store)["_start"], [])
        with open(err.name, "rb") as f:
            text = f.read().decode("utf-8", "replace")
    return outcome, text.split("\n\ngoroutine ")[0]


def comparable(value):
    """A result as it compares: a float by its bits, so that a NaN equals
    a NaN with the same bits (and Python's nan != nan does not count)."""
    if isinstance(value, float):
        return ("float bits", struct.pack("<d", value).hex())
    return value


def argument(ty, n, boolean):
    if boolean:
        return n & 1
    if ty in ("f32", "f64"):
        return n * 1.5
    if ty == "i32":
        return ((n + 2**31) % 2**32) - 2**31
    return n


def call(store, func, args):
    try:
        return ("returned", comparable(func(store, *args)))
    except wasmtime.ExitTrap as e:
        return ("exit", e.code)
    except wasmtime.Trap:
        # Go's and wexlab's traps are both `unreachable` after a panic's
        # message; the message is compared in stderr.
        return ("trap",)


def main():
    with open(sys.argv[3]) as f:
        source = f.read()
    go, wexlab = (transcript(p, source) for p in sys.argv[1:3])
    differences = [(a, b) for a, b in zip(go[0], wexlab[0]) if a != b]
    if len(go[0]) != len(wexlab[0]):
        differences.append(("exports", [c[0] for c in go[0]], [c[0] for c in wexlab[0]]))
    # Go's stderr up to a goroutine trace, which wexlab does not print.
    go_err = go[1].split("\n\ngoroutine ")[0]
    wexlab_err = wexlab[1].split("\n\ngoroutine ")[0]
    if go_err != wexlab_err:
        differences.append(("stderr", go_err[:300], wexlab_err[:300]))
    if len(sys.argv) > 5:
        go_main, wexlab_main = run_main(sys.argv[4]), run_main(sys.argv[5])
        if go_main[0] != wexlab_main[0]:
            differences.append(("main's end", go_main[0], wexlab_main[0]))
        if go_main[1] != wexlab_main[1]:
            differences.append(("main's stderr", go_main[1][-300:], wexlab_main[1][-300:]))
    for d in differences:
        print("differs:", d)
    print(f"{len(go[0])} calls, {len(differences)} difference(s)")
    sys.exit(1 if differences else 0)


main()
