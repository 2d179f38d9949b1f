"""Runs WebAssembly modules under the Python `wasmtime` host with WASI, for
wexlab's differential tests: the same host runs Go's module and wexlab's.

Input (stdin): a JSON list of jobs:
  {"wasm": PATH, "entry": "_start" | "_initialize" | null,
   "calls": [[EXPORT, [ARG, ...]], ...],
   "imports": [{"module": M, "name": N, "params": [T...], "results": [T...],
                "action": "callback:EXPORT" | "echo" | "echo:INDEX" | "const:VALUE"}]}
Arguments are strings ("2", "-1", "2.5", "nan", "-inf", "-0"), read by the
export's parameter types; "str:TEXT" is a string argument, two parameters
(pointer, length): the host grows the memory and writes TEXT ("\\s" for a
space, "\\\\" for a backslash) into the new pages, which nothing else uses
during the call. Output (stdout): a JSON list, one result a job:
  {"exports": [[NAME, "func (param i32) (result i32)"] or [NAME, "memory"]],
   "outcomes": [{"kind": "ok", "values": [[TYPE, TEXT]]} | {"kind": "exit", "code": N}
                | {"kind": "trap"} | {"kind": "error", "message": M}],
   "stderr": TEXT}
Float results are given as their bits in hex, so comparisons are bit-exact.
"""

import json
import os
import struct
import sys
import tempfile

import wasmtime


def type_name(t):
    return str(t)


def parse_arg(text, ty):
    t = str(ty)
    if t in ("i32", "i64"):
        v = int(text, 0)
        bits = 32 if t == "i32" else 64
        v &= (1 << bits) - 1
        if v >= 1 << (bits - 1):
            v -= 1 << bits
        return v
    low = text.lower()
    if low in ("nan", "+nan"):
        v = float("nan")
    elif low in ("inf", "+inf"):
        v = float("inf")
    elif low == "-inf":
        v = float("-inf")
    elif low.startswith("0x") and t in ("f32", "f64"):
        # Bits written in hex.
        bits = int(low, 16)
        if t == "f32":
            return struct.unpack("<f", struct.pack("<I", bits))[0]
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    else:
        v = float(text)
    return v


def render_value(v, ty):
    t = str(ty)
    if t == "f32":
        return [t, "0x%08x" % struct.unpack("<I", struct.pack("<f", v))[0]]
    if t == "f64":
        return [t, "0x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]]
    return [t, str(v)]


def expand_strings(store, exports, args):
    """Writes each "str:TEXT" argument into fresh pages of the module's
    memory and passes its address and length instead."""
    out = []
    for a in args:
        if not a.startswith("str:"):
            out.append(a)
            continue
        data = a[len("str:"):].replace("\\\\", "\x00").replace("\\s", " ").replace("\x00", "\\").encode()
        memory = exports["memory"]
        pages = len(data) // 65536 + 1
        base = memory.grow(store, pages) * 65536
        memory.write(store, data, base)
        out.extend([str(base), str(len(data))])
    return out


def func_sig(ft):
    params = " ".join(str(p) for p in ft.params)
    results = " ".join(str(r) for r in ft.results)
    s = "func"
    if params:
        s += " (param %s)" % params
    if results:
        s += " (result %s)" % results
    return s


def run_job(engine, job):
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    err = tempfile.NamedTemporaryFile(delete=False)
    err.close()
    cfg = wasmtime.WasiConfig()
    cfg.stderr_file = err.name
    store.set_wasi(cfg)
    result = {"exports": [], "outcomes": [], "stderr": ""}
    try:
        module = wasmtime.Module.from_file(engine, job["wasm"])
        for exp in module.exports:
            if isinstance(exp.type, wasmtime.FuncType):
                result["exports"].append([exp.name, func_sig(exp.type)])
            else:
                result["exports"].append([exp.name, "memory"])
        box = []

        def make_host(imp):
            action = imp["action"]
            results = [wasmtime.ValType.i32() if t == "i32" else
                       wasmtime.ValType.i64() if t == "i64" else
                       wasmtime.ValType.f32() if t == "f32" else
                       wasmtime.ValType.f64() for t in imp["results"]]
            params = [wasmtime.ValType.i32() if t == "i32" else
                      wasmtime.ValType.i64() if t == "i64" else
                      wasmtime.ValType.f32() if t == "f32" else
                      wasmtime.ValType.f64() for t in imp["params"]]

            def host(*args):
                if action.startswith("callback:"):
                    target = box[0].exports(store)[action[len("callback:"):]]
                    r = target(store, *args)
                    return r
                if action == "echo":
                    return args[0] if args and results else None
                if action.startswith("echo:"):
                    return args[int(action[len("echo:"):])]
                if action.startswith("const:"):
                    return parse_arg(action[len("const:"):], imp["results"][0])
                return None

            return wasmtime.FuncType(params, results), host

        for imp in job.get("imports", []):
            ft, fn = make_host(imp)
            linker.define_func(imp["module"], imp["name"], ft, fn)
        instance = linker.instantiate(store, module)
        box.append(instance)
        exports = instance.exports(store)
        calls = []
        if job.get("entry"):
            calls.append([job["entry"], []])
        calls.extend(job.get("calls", []))
        for name, args in calls:
            try:
                f = exports[name]
            except KeyError:
                result["outcomes"].append({"kind": "error", "message": "no export " + name})
                continue
            ft = f.type(store)
            args = expand_strings(store, exports, args)
            if len(args) != len(ft.params):
                result["outcomes"].append({"kind": "error", "message": "arity"})
                continue
            try:
                values = [parse_arg(a, t) for a, t in zip(args, ft.params)]
                r = f(store, *values)
                if r is None:
                    out = []
                elif isinstance(r, (list, tuple)):
                    out = [render_value(v, t) for v, t in zip(r, ft.results)]
                else:
                    out = [render_value(r, ft.results[0])]
                result["outcomes"].append({"kind": "ok", "values": out})
            except wasmtime.ExitTrap as e:
                result["outcomes"].append({"kind": "exit", "code": e.code})
            except wasmtime.Trap as e:
                result["outcomes"].append({"kind": "trap", "message": str(e).splitlines()[0]})
            except wasmtime.WasmtimeError as e:
                # A trap inside a host callback surfaces as an error.
                text = str(e)
                if "exit status" in text:
                    code = int(text.split("exit status")[1].split()[0].strip(":"))
                    result["outcomes"].append({"kind": "exit", "code": code})
                else:
                    result["outcomes"].append({"kind": "trap", "message": text.splitlines()[0]})
    except Exception as e:  # noqa: BLE001 - reported to the harness
        result["outcomes"].append({"kind": "error", "message": "%s: %s" % (type(e).__name__, e)})
    with open(err.name, "rb") as f:
        result["stderr"] = f.read().decode("utf-8", "replace")
    os.unlink(err.name)
    return result


def main():
    jobs = json.load(sys.stdin)
    engine = wasmtime.Engine()
    out = [run_job(engine, job) for job in jobs]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
