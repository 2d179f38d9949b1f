// A float times two is computed as the float plus itself
// (rules/cleanup/strength.rules, double-float): the same value for every
// input, zeros of both signs, infinities, NaN, the largest finite values
// (which overflow) and subnormals. Each export returns the bits.
//
// run: c-shared
// call: twice64 0
// call: twice64 1
// call: twice64 2
// call: twice64 3
// call: twice64 4
// call: twice64 5
// call: twice64 6
// call: twice64 7
// call: twice32 0
// call: twice32 1
// call: twice32 2
// call: twice32 3
// call: twice32 4
// call: twice32 5
// call: twice32 6
// call: twice32 7
package main

import "unsafe"

func pick64(k int32) float64 {
	zero := 0.0
	switch k {
	case 0:
		return zero
	case 1:
		return -zero
	case 2:
		return 1 / zero
	case 3:
		return zero / zero
	case 4:
		return 1.7976931348623157e308
	case 5:
		return 4.9406564584124654e-324
	case 6:
		return -1.5e-308
	}
	return 0.1
}

//go:wasmexport twice64
func twice64(k int32) uint64 {
	x := pick64(k)
	y := 2 * x
	z := x * 2
	return bits64(y) ^ bits64(z)<<1
}

func pick32(k int32) float32 {
	zero := float32(0)
	switch k {
	case 0:
		return zero
	case 1:
		return -zero
	case 2:
		return 1 / zero
	case 3:
		return zero / zero
	case 4:
		return 3.4028234663852886e38
	case 5:
		return 1.401298464324817e-45
	case 6:
		return -1.5e-38
	}
	return 0.1
}

//go:wasmexport twice32
func twice32(k int32) uint32 {
	x := pick32(k)
	y := 2 * x
	z := x * 2
	return bits32(y) ^ bits32(z)<<1
}

func bits64(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func bits32(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

func main() {}
