// println of float64 values: Go's shortest formatting with exponents from 1e+06 and below 1e-04, tiny and huge values, -0 computed at run time, NaN and infinities.
//
// run: c-shared
// call: show 0.1
// call: show 1
// call: show -2.5
// call: show 1e21
// call: show 1e-7
// call: show 123456789.0
// call: show 0.000123
// call: show 100000
// call: show 999999
// call: show 1e6
// call: show 1234567
// call: show 0.0001
// call: show 0.00001
// call: show 12345.678
// call: show 2.5e-5
// call: show -1e100
// call: show 9007199254740993
// call: show 2.2250738585072014e-308
// call: show 1.7976931348623157e308
// call: show 5e-324
// call: show 0
// call: show -0
// call: show nan
// call: show inf
// call: show -inf
// call: calc 3
package main

//go:wasmexport show
func show(x float64) {
	println(x)
}

// Values computed at run time: -0, infinities, NaN and a third.
//
//go:wasmexport calc
func calc(x float64) {
	z := x - x
	println(-z, 1/z, -1/z, z/z)
	println(x/9, x*1e300*1e10, float64(int64(x))/7)
	print(x, "\n")
}

func main() {}
