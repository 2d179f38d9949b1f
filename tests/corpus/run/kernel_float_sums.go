// Kernel: sums of squares and harmonic sums in float64 and float32, where rounding order matters bit for bit.
//
// run: c-shared
// call: squares 1000
// call: invsquares 100000
// call: harmonic 100000
// call: harmonic32 100000
// call: backward 100000
// call: leibniz 100000
package main

//go:wasmexport squares
func squares(n int32) float64 {
	s := 0.0
	for i := int32(1); i <= n; i++ {
		x := float64(i) * 0.5
		s += x * x
	}
	return s
}

//go:wasmexport invsquares
func invsquares(n int32) float64 {
	s := 0.0
	for i := int32(1); i <= n; i++ {
		f := float64(i)
		s += 1 / (f * f)
	}
	return s
}

//go:wasmexport harmonic
func harmonic(n int32) float64 {
	var s float64
	for i := int32(1); i <= n; i++ {
		s += 1 / float64(i)
	}
	return s
}

//go:wasmexport harmonic32
func harmonic32(n int32) float32 {
	var s float32
	for i := int32(1); i <= n; i++ {
		s += 1 / float32(i)
	}
	return s
}

// Summing the smallest terms first gives a different last bit.
//
//go:wasmexport backward
func backward(n int32) float64 {
	var s float64
	for i := n; i >= 1; i-- {
		s += 1 / float64(i)
	}
	return s
}

//go:wasmexport leibniz
func leibniz(n int32) float64 {
	s, sign := 0.0, 1.0
	for i := int32(0); i < n; i++ {
		s += sign / float64(2*i+1)
		sign = -sign
	}
	return 4 * s
}

func main() {}
