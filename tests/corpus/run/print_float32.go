// println of float32 values, printed with float32's own shortest digits (unlike the same value widened to float64), including huge, tiny, -0 and NaN values.
//
// run: c-shared
// call: show 0.1
// call: show 16777216
// call: show 1e6
// call: show 123456
// call: show 1e-5
// call: show 3.4028235e38
// call: show 1e-45
// call: show -0
// call: show nan
// call: calc 1
package main

//go:wasmexport show
func show(x float32) {
	println(x)
	println(float64(x))
}

//go:wasmexport calc
func calc(x float32) {
	t := x / 3
	println(t, float32(0.1), x*0.1)
	z := x - x
	println(-z, z/z, 1/z)
	var s float32 = 0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	println(s)
}

func main() {}
