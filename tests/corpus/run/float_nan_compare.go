// Comparisons involving NaN are all false except !=, and -0 equals +0; results are returned as bool and int32.
//
// run: c-shared
// call: cmp nan 1
// call: cmp 1 nan
// call: cmp nan nan
// call: cmp 1 2
// call: cmp 2 1
// call: cmp 0 -0
// call: cmp inf inf
// call: cmp -inf inf
// call: isnan nan
// call: isnan inf
// call: notless nan 1
// call: fmax 1 nan
// call: fmax nan 1
// call: cmp32 nan 0
// call: cmp32 -0 0
// call: eqself 0x7ff8000000000001
package main

// Returns one bit per comparison: ==, !=, <, <=, >, >=.
//
//go:wasmexport cmp
func cmp(a, b float64) int32 {
	var r int32
	if a == b {
		r |= 1
	}
	if a != b {
		r |= 2
	}
	if a < b {
		r |= 4
	}
	if a <= b {
		r |= 8
	}
	if a > b {
		r |= 16
	}
	if a >= b {
		r |= 32
	}
	return r
}

//go:wasmexport cmp32
func cmp32(a, b float32) int32 {
	r := int32(0)
	if a == b {
		r += 1
	}
	if a < b || a > b {
		r += 10
	}
	if !(a >= b) {
		r += 100
	}
	return r
}

//go:wasmexport isnan
func isnan(x float64) bool { return x != x }

// !(a < b) differs from a >= b when NaN is involved.
//
//go:wasmexport notless
func notless(a, b float64) bool { return !(a < b) && !(a >= b) }

// A naive max: the result depends on the operand order when one is NaN.
//
//go:wasmexport fmax
func fmax(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

//go:wasmexport eqself
func eqself(x float64) bool { return x == x }

func main() {}
