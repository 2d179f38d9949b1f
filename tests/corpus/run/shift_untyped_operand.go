// An untyped constant shifted by a variable count takes the type it would
// have without the shift, also inside arithmetic around the shift
// (`x & (1<<n - 1)` is of x's type, as in a := declaration where nothing
// else gives one), and wraps as that type does.
//
// run: c-shared
// call: masks 5 3
// call: masks 63 64
// call: masks 0 1
package main

//go:wasmexport masks
func masks(n uint32, k uint32) uint64 {
	var x uint64 = 0xFFFF_FFFF_FFFF_FFFF
	low := x & (1<<(n%64+1) - 1)
	var small uint8 = 0xF0
	m := small | (1<<(k%8) + 1)
	neg := int16(-3) * -(1 << (k % 4))
	both := (1<<n - 1) & x
	println(low, m, neg, both)
	return low + uint64(m) + uint64(neg) + both
}

func main() {}
