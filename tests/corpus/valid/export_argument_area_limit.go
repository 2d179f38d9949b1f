// wasmexport functions whose argument area is exactly 128 bytes are accepted.
package main

// 15 int64 parameters (120 bytes) and an int64 result (8 bytes).
//go:wasmexport sum15
func sum15(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 int64) int64 {
	return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14
}

// 16 float64 parameters, no result.
//go:wasmexport sink16
func sink16(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 float64) {}

// 15 int64 and one int32 parameter: 124 bytes, rounded up to 128.
//go:wasmexport odd
func odd(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 int64, b int32) {}

// 16 int32 parameters (64 bytes) and an int32 result: the most wasm parameters allowed.
//go:wasmexport wide
func wide(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 int32) int32 {
	return a0 + a15
}

func main() {}
