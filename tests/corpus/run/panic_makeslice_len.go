// make([]T, n) with a negative length computed at run time panics with
// the runtime's makeslice message.
//
// run: c-shared
// call: build 4
// call: build 0
// call: build -1
package main

var out []float64

//go:wasmexport build
func build(n int32) int32 {
	out = make([]float64, n)
	return int32(len(out) + cap(out))
}

func main() {}
