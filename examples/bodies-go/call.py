"""Calls one export of a c-shared module under wasmtime with WASI:
python3 call.py MODULE.wasm EXPORT ARGS... (integer arguments).
Prints the result, or the trap."""

import sys

import wasmtime

path, export, *args = sys.argv[1:]
engine = wasmtime.Engine()
store = wasmtime.Store(engine)
wasi = wasmtime.WasiConfig()
wasi.inherit_stdout()
wasi.inherit_stderr()
store.set_wasi(wasi)
linker = wasmtime.Linker(engine)
linker.define_wasi()
instance = linker.instantiate(store, wasmtime.Module.from_file(engine, path))
exports = instance.exports(store)
exports["_initialize"](store)
try:
    print(exports[export](store, *map(int, args)))
except wasmtime.Trap as trap:
    # The backtrace names the function by index; the cause comes last.
    print("trap:", str(trap).strip().splitlines()[-1].strip())
    sys.exit(1)
