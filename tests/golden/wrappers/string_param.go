// docs/abi.md: func(s string, n int32) int64 — a string parameter is two i32s stored at 0 and 8.
package main

//go:wasmexport str
func str(s string, n int32) int64 { return int64(n) }

func main() {}
