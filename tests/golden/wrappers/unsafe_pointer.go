// docs/abi.md: func(p unsafe.Pointer) — (i32)→(), the pointer stored as 8 bytes.
package main

import "unsafe"

//go:wasmexport ptr
func ptr(p unsafe.Pointer) {}

func main() {}
