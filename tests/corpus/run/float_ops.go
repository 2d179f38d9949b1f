// float64 and float32 arithmetic without fused multiply-add, with each operation rounded, non-associative addition, negation of NaN and zero, and a sign test that leaves -0 unchanged.
//
// run: c-shared
// call: fma 0.1 10 -1
// call: fma 1.0000000000000002 1.0000000000000002 -1.0000000000000004
// call: fma32 0.1 10 -1
// call: neg 0
// call: neg nan
// call: neg -inf
// call: absish -0
// call: absish -3
// call: ops 7 2
// call: ops -7 0.5
// call: ops32 7 3
// call: assoc 1e16 1
// call: tiny 5e-324
package main

// a*b+c is rounded twice in Go: the multiplication and the addition.
//
//go:wasmexport fma
func fma(a, b, c float64) float64 { return a*b + c }

//go:wasmexport fma32
func fma32(a, b, c float32) float32 { return a*b + c }

//go:wasmexport neg
func neg(x float64) float64 { return -x }

// x < 0 is false for -0, so -0 comes back unchanged.
//
//go:wasmexport absish
func absish(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

//go:wasmexport ops
func ops(a, b float64) float64 {
	s := a + b
	d := a - b
	m := a * b
	q := a / b
	return s*1000 + d*100 + m*10 + q
}

//go:wasmexport ops32
func ops32(a, b float32) float32 {
	q := a / b
	return q*b - a
}

// Addition is not associative.
//
//go:wasmexport assoc
func assoc(big, one float64) float64 {
	l := (big + one) + one
	r := big + (one + one)
	return r - l
}

//go:wasmexport tiny
func tiny(x float64) float64 { return x / 2 }

func main() {}
