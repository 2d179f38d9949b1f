"""Calls examples/abi/buffers.go, built with --rules buffers, from Python
with wasmtime: bytes go in through the module's malloc and free, and a
string result comes back as (pointer, length).

    wexlab build examples/abi/buffers.go --rules buffers --buildmode c-shared -o buffers.wasm
    python3 examples/abi/buffers.py buffers.wasm
"""
import sys

import wasmtime

engine = wasmtime.Engine()
store = wasmtime.Store(engine)
linker = wasmtime.Linker(engine)
linker.define_wasi()
store.set_wasi(wasmtime.WasiConfig())
module = wasmtime.Module.from_file(engine, sys.argv[1] if len(sys.argv) > 1 else "buffers.wasm")
exports = linker.instantiate(store, module).exports(store)
memory = exports["memory"]
exports["_initialize"](store)


def put(data):
    """A buffer from the module's malloc holding data: (pointer, length)."""
    ptr = exports["malloc"](store, len(data))
    memory.write(store, data, ptr)
    return ptr, len(data)


def get(ptr, length):
    return memory.read(store, ptr, ptr + length)


ptr, length = put(b"hello, buffers")
result_ptr, result_len = exports["shout"](store, ptr, length)
print(get(result_ptr, result_len).decode())  # HELLO, BUFFERS!
print(exports["words"](store, ptr, length))  # 2
exports["reverse"](store, ptr, length)
print(get(ptr, length).decode())  # sreffub ,olleh
exports["free"](store, ptr)
