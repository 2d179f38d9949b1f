// Small integers and int/uint across the boundary under --rules smallint:
// each width as a parameter (narrowed as a Go conversion would) and as a
// result (sign- or zero-extended by its type), alone and mixed with
// other types. tests/abi_sets.rs calls every export with edge values and
// compares with the same functions run by Go.
package main

//go:wasmexport id_int8
func idInt8(x int8) int8 { return x }

//go:wasmexport id_uint8
func idUint8(x uint8) uint8 { return x }

//go:wasmexport id_int16
func idInt16(x int16) int16 { return x }

//go:wasmexport id_uint16
func idUint16(x uint16) uint16 { return x }

//go:wasmexport id_int
func idInt(x int) int { return x }

//go:wasmexport id_uint
func idUint(x uint) uint { return x }

// The parameter narrowed, then widened in Go: the host sees what Go kept.
//go:wasmexport uint8_as_int32
func uint8AsInt32(x uint8) int32 { return int32(x) }

//go:wasmexport int16_as_int64
func int16AsInt64(x int16) int64 { return int64(x) }

// A result computed past its width wraps in Go before it is extended.
//go:wasmexport add_int8
func addInt8(a, b int8) int8 { return a + b }

//go:wasmexport mul_uint16
func mulUint16(a, b uint16) uint16 { return a * b }

//go:wasmexport neg_uint8
func negUint8(x uint8) uint8 { return -x }

// An int32 narrowed to a small result.
//go:wasmexport low_byte
func lowByte(x int32) int8 { return int8(x) }

//go:wasmexport low_half
func lowHalf(x uint32) uint16 { return uint16(x) }

// Mixed offsets on the Go stack: 1, 2, 8 and 4-byte slots side by side.
//go:wasmexport mixed
func mixed(a uint8, b int16, c int, d int8, e uint32, f uint16) int {
	return int(a) + int(b)*3 + c*5 + int(d)*7 + int(e)*11 + int(f)*13
}

//go:wasmexport mixed_uint
func mixedUint(a uint, b int8) uint { return a ^ uint(b) }

//go:wasmexport shift_int
func shiftInt(x int, n uint8) int { return x >> (n & 63) }

func main() {}
