"""Runs WebAssembly modules under the Python `wasmtime` host with WASI, for
wexlab's differential tests: the same host runs Go's module and wexlab's.

Input (stdin): a JSON list of jobs:
  {"wasm": PATH, "entry": "_start" | "_initialize" | null,
   "calls": [STEP, ...],
   "imports": [{"module": M, "name": N, "params": [T...], "results": [T...],
                "action": "callback:EXPORT" | "echo" | "echo:INDEX" | "const:VALUE"}]}
A STEP is one of, run in order:
  [EXPORT, [ARG, ...]]     a call; its results are reported as values
  {"call": EXPORT, "args": [ARG, ...], "bind": NAME, "read": N | "packed"}
                           a call whose one result is an address in the
                           module's memory ("bind" and "read" optional):
                           "bind" remembers it as $NAME for later steps,
                           "read": N reports the N bytes at it, "packed"
                           takes an i64 result as ptr<<32 | len and reports
                           the len bytes at ptr
  {"write": ADDR, "hex": HEX}   writes the bytes HEX at ADDR
  {"read": ADDR, "len": N}      reports the N bytes at ADDR
ADDR, and an ARG, may be $NAME or $NAME+OFFSET (decimal): an address
bound earlier in the job (addresses differ between Go's module and
wexlab's, so only what they point to is reported, never the number).
Other arguments are strings ("2", "-1", "2.5", "nan", "-inf", "-0"), read
by the export's parameter types; "str:TEXT" is a string argument, two
parameters (pointer, length): the host grows the memory and writes TEXT
("\\s" for a space, "\\\\" for a backslash) into the new pages, which
nothing else uses during the call.
Output (stdout): a JSON list, one result a job:
  {"exports": [[NAME, "func (param i32) (result i32)"] or [NAME, "memory"]],
   "outcomes": [{"kind": "ok", "values": [[TYPE, TEXT]]} | {"kind": "exit", "code": N}
                | {"kind": "trap"} | {"kind": "error", "message": M}],
   "stderr": TEXT}
one outcome a step (a write's is ok with no values). Float results are
given as their bits in hex, so comparisons are bit-exact. An address result
is reported as ["addr", "$NAME"] (bound, not read), ["addr", "nil"] (zero,
not read) or ["mem", HEX] (the bytes read); a read step as ["mem", HEX].
The error messages of these steps are also the embedded host's
(tests/oracle.rs), whose outcomes are compared with this host's.
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


class StepError(Exception):
    """A memory step that cannot be done; its message is the outcome's, the
    same words as the embedded host's in tests/oracle.rs."""


def address(text, bound):
    """The address that $NAME or $NAME+OFFSET stands for."""
    name, _, offset = text[1:].partition("+")
    if name not in bound:
        raise StepError("unbound $" + name)
    return bound[name] + int(offset or "0")


def bind_args(args, bound):
    return [str(address(a, bound)) if a.startswith("$") else a for a in args]


def memory_of(exports, at, n, store):
    try:
        memory = exports["memory"]
    except KeyError:
        # The embedded host cannot tell a missing memory from a short one.
        raise StepError("address out of bounds") from None
    if at < 0 or at + n > memory.data_len(store):
        raise StepError("address out of bounds")
    return memory


def read_bytes(store, exports, at, n):
    return bytes(memory_of(exports, at, n, store).read(store, at, at + n))


def write_bytes(store, exports, at, data):
    memory = memory_of(exports, at, len(data), store)
    if data:
        memory.write(store, data, at)


def call_export(store, exports, name, args):
    """Calls an export: its outcome, and its results as (value, type) pairs."""
    try:
        f = exports[name]
    except KeyError:
        return {"kind": "error", "message": "no export " + name}, []
    ft = f.type(store)
    args = expand_strings(store, exports, args)
    if len(args) != len(ft.params):
        return {"kind": "error", "message": "arity"}, []
    try:
        values = [parse_arg(a, t) for a, t in zip(args, ft.params)]
        r = f(store, *values)
        if r is None:
            r = []
        elif not isinstance(r, (list, tuple)):
            r = [r]
        results = list(zip(r, ft.results))
        return {"kind": "ok", "values": [render_value(v, t) for v, t in results]}, results
    except wasmtime.ExitTrap as e:
        return {"kind": "exit", "code": e.code}, []
    except wasmtime.Trap as e:
        return {"kind": "trap", "message": str(e).splitlines()[0]}, []
    except wasmtime.WasmtimeError as e:
        # A trap inside a host callback surfaces as an error.
        text = str(e)
        if "exit status" in text:
            code = int(text.split("exit status")[1].split()[0].strip(":"))
            return {"kind": "exit", "code": code}, []
        return {"kind": "trap", "message": text.splitlines()[0]}, []


def address_values(store, exports, step, results, bound):
    """What is reported of a call's address result: never the number, only
    whether it is nil, or the bytes it points to."""
    if len(results) != 1 or str(results[0][1]) not in ("i32", "i64"):
        raise StepError("not an address")
    value, ty = results[0]
    value &= (1 << (32 if str(ty) == "i32" else 64)) - 1
    if step.get("read") == "packed":
        if str(ty) != "i64":
            raise StepError("not a packed address")
        at, n = value >> 32, value & 0xFFFFFFFF
    elif value >= 1 << 32:
        raise StepError("not an address")
    else:
        at, n = value, step.get("read")
    if step.get("bind"):
        bound[step["bind"]] = at
    if at == 0 and n != 0:
        return [["addr", "nil"]]
    if n is None:
        return [["addr", "$" + step["bind"]]]
    return [["mem", read_bytes(store, exports, at, n).hex()]]


def run_step(store, exports, step, bound):
    """Runs one step of a job (see the module's doc); its outcome."""
    if isinstance(step, list):
        step = {"call": step[0], "args": step[1]}
    try:
        if "call" in step:
            outcome, results = call_export(store, exports, step["call"], bind_args(step.get("args", []), bound))
            if outcome["kind"] == "ok" and ("bind" in step or "read" in step):
                outcome["values"] = address_values(store, exports, step, results, bound)
            return outcome
        if "write" in step:
            write_bytes(store, exports, address(step["write"], bound), bytes.fromhex(step["hex"]))
            return {"kind": "ok", "values": []}
        data = read_bytes(store, exports, address(step["read"], bound), step["len"])
        return {"kind": "ok", "values": [["mem", data.hex()]]}
    except StepError as e:
        return {"kind": "error", "message": str(e)}


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
        steps = [[job["entry"], []]] if job.get("entry") else []
        steps.extend(job.get("calls", []))
        bound = {}
        for step in steps:
            result["outcomes"].append(run_step(store, exports, step, bound))
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
