// docs/abi.md: func(a int64, f float64, g float32, p uint32) float64 — params at 0, 8, 16, 20, result at 24.
package main

//go:wasmexport mix
func mix(a int64, f float64, g float32, p uint32) float64 { return f }

func main() {}
