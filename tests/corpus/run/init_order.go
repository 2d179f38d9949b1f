// Package variable initialization: constants, function calls, and Go's dependency order when a variable uses one declared later.
//
// run: c-shared
// call: get 0
// call: get 1
// call: get 2
// call: get 3
// call: get 4
// call: get 5
// call: seq 0
package main

var a = b + 1
var b = double(c)
var c = int32(7)
var d int64 = int64(a) * int64(b)
var e = count()
var f = count()
var zero int32
var trace int64

func double(x int32) int32 {
	trace = trace*10 + 1
	return x * 2
}

func count() int64 {
	trace = trace*10 + 2
	return trace
}

// Initialized after e and f, whose initializers run in declaration order.
var g = h * 3
var h = count() + 1

//go:wasmexport get
func get(i int32) int64 {
	switch i {
	case 0:
		return int64(a)
	case 1:
		return int64(b)
	case 2:
		return d
	case 3:
		return e*1000 + f
	case 4:
		return g*10000 + h
	}
	return int64(zero)
}

//go:wasmexport seq
func seq(z int32) int64 { return trace + int64(z) }

func main() {}
