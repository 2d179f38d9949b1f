// Unsigned shifts by variable counts: narrow types wrap, counts at or beyond the width give 0, and shifts by constant amounts.
//
// run: c-shared
// call: shl8 255 1
// call: shl8 1 8
// call: shr8 255 7
// call: shr8 255 8
// call: shl16 65535 4
// call: shr16 65535 16
// call: shl32 4294967295 31
// call: shl32 1 32
// call: shr32 4294967295 31
// call: shr32 4294967295 32
// call: shr32 4294967295 4294967295
// call: shl64 1 63
// call: shl64 1 64
// call: shr64 18446744073709551615 63
// call: shr64 18446744073709551615 64
// call: shr64 18446744073709551615 18446744073709551615
// call: consts 2863311530
// call: rotl 2147483649 1
// call: rotl 305419896 36
package main

//go:wasmexport shl8
func shl8(a, n uint32) uint32 { return uint32(uint8(a) << n) }

//go:wasmexport shr8
func shr8(a, n uint32) uint32 { return uint32(uint8(a) >> n) }

//go:wasmexport shl16
func shl16(a, n uint32) uint32 { return uint32(uint16(a) << n) }

//go:wasmexport shr16
func shr16(a, n uint32) uint32 { return uint32(uint16(a) >> n) }

//go:wasmexport shl32
func shl32(a, n uint32) uint32 { return a << n }

//go:wasmexport shr32
func shr32(a, n uint32) uint32 { return a >> n }

//go:wasmexport shl64
func shl64(a, n uint64) uint64 { return a << n }

//go:wasmexport shr64
func shr64(a, n uint64) uint64 { return a >> n }

// Constant shift amounts on narrow and wide unsigned values.
//
//go:wasmexport consts
func consts(a uint32) uint32 {
	b := uint8(a) << 3
	h := uint16(a) >> 5
	w := a<<7 | a>>25
	return uint32(b) ^ uint32(h)<<8 ^ w
}

// A 32-bit rotate with the count taken modulo 32 by hand.
//
//go:wasmexport rotl
func rotl(a, n uint32) uint32 {
	n &= 31
	return a<<n | a>>(32-n)
}

func main() {}
