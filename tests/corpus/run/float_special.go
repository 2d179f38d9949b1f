// Floating-point special values computed at run time: NaN, +Inf, -Inf and -0 from division, negation, overflow and multiplication.
//
// run: c-shared
// call: recip 0
// call: recip -0
// call: recip inf
// call: recip -inf
// call: negzero 0
// call: negzero 5
// call: zdiv 0 0
// call: zdiv -1 0
// call: mul 0 -1
// call: mul inf 0
// call: sub inf inf
// call: add inf -inf
// call: add -0 -0
// call: add -0 0
// call: overflow 1e308
// call: overflow32 3e38
// call: recip32 -0
// call: nan32 0
// call: sqrtish 2
package main

//go:wasmexport recip
func recip(x float64) float64 { return 1 / x }

// -x of a zero at run time is -0.
//
//go:wasmexport negzero
func negzero(x float64) float64 {
	y := x - x
	return -y
}

//go:wasmexport zdiv
func zdiv(a, b float64) float64 { return a / b }

//go:wasmexport mul
func mul(a, b float64) float64 { return a * b }

//go:wasmexport sub
func sub(a, b float64) float64 { return a - b }

//go:wasmexport add
func add(a, b float64) float64 { return a + b }

//go:wasmexport overflow
func overflow(x float64) float64 { return x * 10 }

//go:wasmexport overflow32
func overflow32(x float32) float32 { return x * 2 }

//go:wasmexport recip32
func recip32(x float32) float32 { return 1 / x }

//go:wasmexport nan32
func nan32(x float32) float32 { return x / x }

// Newton's method for the square root.
//
//go:wasmexport sqrtish
func sqrtish(x float64) float64 {
	g := x
	for i := 0; i < 20; i++ {
		g = (g + x/g) / 2
	}
	return g
}

func main() {}
