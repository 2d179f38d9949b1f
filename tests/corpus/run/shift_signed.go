// Signed shifts by variable counts: narrow types wrap, counts at or beyond the width give 0 or -1, and 64-bit counts are not masked.
//
// run: c-shared
// call: shl8 1 7
// call: shl8 3 6
// call: shl8 1 8
// call: shl8 -1 200
// call: shr8 -128 7
// call: shr8 -128 8
// call: shr8 -1 100
// call: shr8 127 8
// call: shl16 1 15
// call: shl16 5 16
// call: shr16 -32768 15
// call: shr16 -2 16
// call: shl32 1 31
// call: shl32 1 32
// call: shl32 -1 33
// call: shr32 -2147483648 31
// call: shr32 -2147483648 32
// call: shr32 2147483647 32
// call: shl64 1 63
// call: shl64 1 64
// call: shl64 1 4294967297
// call: shr64 -9223372036854775808 63
// call: shr64 -9223372036854775808 64
// call: shr64 -5 4294967296
// call: shr64 9223372036854775807 65
// call: shri -7 1
// call: shri -7 200
// call: shri 7 200
package main

//go:wasmexport shl8
func shl8(a int32, n uint32) int32 { return int32(int8(a) << n) }

//go:wasmexport shr8
func shr8(a int32, n uint32) int32 { return int32(int8(a) >> n) }

//go:wasmexport shl16
func shl16(a int32, n uint32) int32 { return int32(int16(a) << n) }

//go:wasmexport shr16
func shr16(a int32, n uint32) int32 { return int32(int16(a) >> n) }

//go:wasmexport shl32
func shl32(a int32, n uint32) int32 { return a << n }

//go:wasmexport shr32
func shr32(a int32, n uint32) int32 { return a >> n }

//go:wasmexport shl64
func shl64(a int64, n uint64) int64 { return a << n }

//go:wasmexport shr64
func shr64(a int64, n uint64) int64 { return a >> n }

// A signed (int) shift count that is not negative is fine.
//
//go:wasmexport shri
func shri(a int64, n int32) int64 { return int64(int(a) >> int(n)) }

func main() {}
