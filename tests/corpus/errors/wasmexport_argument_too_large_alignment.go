// Alignment padding counts toward the 128-byte wasmexport argument area.
package main

// int32/int64 pairs take 16 bytes each: 128 bytes of params, then an int32 result.
//go:wasmexport mixed
func mixed(a0 int32, a1 int64, a2 int32, a3 int64, a4 int32, a5 int64, a6 int32, a7 int64, a8 int32, a9 int64, a10 int32, a11 int64, a12 int32, a13 int64, a14 int32, a15 int64) int32 { // ERROR "^wasmexport function argument too large$"
	return a0
}

// 124 bytes of params; the result starts at 128.
//go:wasmexport padded
func padded(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 int64, b int32) int32 { // ERROR "^wasmexport function argument too large$"
	return b
}

// 120 bytes of params; the 1-byte bool result ends at 121, rounded up to 128: accepted.
//go:wasmexport fits
func fits(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 int64) bool { return true }

func main() {}
