// Func values in exported functions: a dispatch table in a package
// variable, filled at initialization, chosen by an export's argument; a
// nil entry panics.
//
// run: c-shared
// call: dispatch 0 6 3
// call: dispatch 1 6 3
// call: dispatch 2 6 3
// call: count
// call: dispatch 3 6 3
package main

var ops = []func(int32, int32) int32{add, sub, mul, nil}

var calls int32

func add(a, b int32) int32 { calls++; return a + b }
func sub(a, b int32) int32 { calls++; return a - b }
func mul(a, b int32) int32 { calls++; return a * b }

//go:wasmexport dispatch
func dispatch(i, a, b int32) int32 {
	return ops[i](a, b)
}

//go:wasmexport count
func count() int32 { return calls }

func main() {}
