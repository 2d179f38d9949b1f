// docs/abi.md: func(p uintptr, q *int8, r *uint16) uintptr — pointer-like params as 8-byte slots.
package main

//go:wasmexport pointers
func pointers(p uintptr, q *int8, r *uint16) uintptr { return p }

func main() {}
