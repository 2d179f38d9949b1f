// Bitwise operators on every width: and, or, xor, and-not (&^), unary ^ on narrow unsigned and signed values.
//
// run: c-shared
// call: andnot8 255 15
// call: andnot8 170 255
// call: andnot16 65535 255
// call: andnot32 4294967295 65535
// call: andnot64 18446744073709551615 1
// call: not8 15
// call: not16 1
// call: nots8 0
// call: nots8 -128
// call: mix 305419896 2596069104
// call: popcount 18446744073709551615
// call: popcount 12297829382473034410
// call: lowbit 96
// call: notcmp 0
package main

//go:wasmexport andnot8
func andnot8(a, b uint32) uint32 { return uint32(uint8(a) &^ uint8(b)) }

//go:wasmexport andnot16
func andnot16(a, b uint32) uint32 { return uint32(uint16(a) &^ uint16(b)) }

//go:wasmexport andnot32
func andnot32(a, b uint32) uint32 { return a &^ b }

//go:wasmexport andnot64
func andnot64(a, b uint64) uint64 { return a &^ b }

//go:wasmexport not8
func not8(a uint32) uint32 { return uint32(^uint8(a)) }

//go:wasmexport not16
func not16(a uint32) uint32 { return uint32(^uint16(a)) }

//go:wasmexport nots8
func nots8(a int32) int32 { return int32(^int8(a)) }

//go:wasmexport mix
func mix(a, b uint32) uint32 {
	x := a & b
	y := a | b
	z := a ^ b
	x &^= 0xF0F0
	y |= 1
	z ^= 0xFFFF0000
	return x + y + z
}

//go:wasmexport popcount
func popcount(a uint64) uint32 {
	var n uint32
	for a != 0 {
		a &= a - 1
		n++
	}
	return n
}

//go:wasmexport lowbit
func lowbit(a int64) int64 { return a & -a }

// ^uint8(0) is 255, not a wider all-ones value, when compared after conversion.
//
//go:wasmexport notcmp
func notcmp(a uint32) bool {
	b := ^uint8(a)
	return uint32(b) == 255 && uint64(^uint16(a)) == 65535
}

func main() {}
