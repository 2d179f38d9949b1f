// In exe mode exports still work after main returned, and they see the package state main left behind.
//
// run: exe
// call: get
// call: inc 5
// call: get
// call: fact 10
// call: fact 20
package main

var state int64
var ran bool

//go:wasmexport get
func get() int64 {
	if !ran {
		return -1
	}
	return state
}

//go:wasmexport inc
func inc(n int64) {
	state += n
	println("inc", n, "->", state)
}

//go:wasmexport fact
func fact(n int32) uint64 {
	r := uint64(1)
	for i := uint64(2); i <= uint64(n); i++ {
		r *= i
	}
	return r
}

func main() {
	state = int64(fact(5))
	ran = true
	println("main set state to", state)
}
