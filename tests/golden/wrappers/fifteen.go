// docs/abi.md: 15 × int64 → int64 — exactly 128 bytes, accepted.
package main

//go:wasmexport fifteen
func fifteen(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o int64) int64 { return a + o }

func main() {}
