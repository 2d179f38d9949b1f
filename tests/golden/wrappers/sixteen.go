// docs/abi.md: 16 × int64 → int64 — 136 bytes: "wasmexport function argument too large".
package main

//go:wasmexport sixteen
func sixteen(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p int64) int64 { return a } // ERROR "wasmexport function argument too large"

func main() {}
