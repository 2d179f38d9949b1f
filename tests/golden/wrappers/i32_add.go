// docs/abi.md: func(a, b int32) int32 — (i32 i32)→i32, params at 0, 4, result at 8, frame 16.
package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

func main() {}
