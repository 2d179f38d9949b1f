// Comparisons of every integer width, signed versus unsigned: the same bits compare differently, and narrow values compare after wrapping.
//
// run: c-shared
// call: cmp8 -1 1
// call: cmp8 127 -128
// call: cmp16 -1 1
// call: cmp32 -1 1
// call: cmp64 -1 1
// call: cmp64 -9223372036854775808 9223372036854775807
// call: eqwrap 256 0
// call: eqwrap 255 -1
// call: sorted 3 1 2
// call: sorted -3 -1 -2
package main

// Bit 0: signed a < b; bit 1: unsigned a < b; bit 2: a == b; bit 3: signed a >= b; bit 4: unsigned a > b.
func bits(sl, ul, eq, sge, ug bool) int32 {
	r := int32(0)
	if sl {
		r |= 1
	}
	if ul {
		r |= 2
	}
	if eq {
		r |= 4
	}
	if sge {
		r |= 8
	}
	if ug {
		r |= 16
	}
	return r
}

//go:wasmexport cmp8
func cmp8(a, b int32) int32 {
	x, y := int8(a), int8(b)
	u, v := uint8(a), uint8(b)
	return bits(x < y, u < v, x == y, x >= y, u > v)
}

//go:wasmexport cmp16
func cmp16(a, b int32) int32 {
	x, y := int16(a), int16(b)
	u, v := uint16(a), uint16(b)
	return bits(x < y, u < v, x == y, x >= y, u > v)
}

//go:wasmexport cmp32
func cmp32(a, b int32) int32 {
	u, v := uint32(a), uint32(b)
	return bits(a < b, u < v, a == b, a >= b, u > v)
}

//go:wasmexport cmp64
func cmp64(a, b int64) int32 {
	u, v := uint64(a), uint64(b)
	return bits(a < b, u < v, a == b, a >= b, u > v) + bits(int(a) < int(b), uint(a) < uint(b), false, false, uintptr(a) > uintptr(b))*100
}

// Equality of narrow values is decided after truncation.
//
//go:wasmexport eqwrap
func eqwrap(a, b int32) int32 {
	r := int32(0)
	if uint8(a) == uint8(b) {
		r += 1
	}
	if int8(a) == int8(b) {
		r += 10
	}
	if uint16(a) != uint16(b) {
		r += 100
	}
	if int8(a)+1 == int8(b)+1 {
		r += 1000
	}
	return r
}

// Sorts three values with comparisons and swaps, returning them packed.
//
//go:wasmexport sorted
func sorted(a, b, c int32) int32 {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b, c = c, b
	}
	if a > b {
		a, b = b, a
	}
	return a*100 + b*10 + c
}

func main() {}
