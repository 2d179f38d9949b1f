// A deferred closure runs after the return statement set the results: it
// reads them and may change named results, which the caller then gets;
// unnamed results are set before the deferred calls run too.
//
// run: c-shared
// call: double 21
// call: clamp 5
// call: clamp 500
// call: pair 3
package main

//go:wasmexport double
func double(x int32) (r int32) {
	defer func() { r *= 2 }()
	return x
}

//go:wasmexport clamp
func clamp(x int32) (r int32) {
	defer func() {
		println("clamp saw", r)
		if r > 100 {
			r = 100
		}
	}()
	r = x + 1
	return
}

func split(x int32) (a, b int32) {
	defer func() { a, b = b, a }()
	return x, x * 10
}

func unnamed(x int32) int32 {
	y := x
	defer func() { y = 0; println("y changed after the return", y) }()
	return y + 1
}

//go:wasmexport pair
func pair(x int32) int32 {
	a, b := split(x)
	return a*1000 + b + unnamed(x)
}

func main() {}
