// Calls as arguments and in conditions: f(g(x), h(y)) evaluates left to right, side effects on package state are observed in order.
//
// run: c-shared
// call: nest 3 4
// call: order 0
// call: cond 5
// call: cond 50
// call: deep 2
// call: mixed 10
package main

var trace int64

func note(tag int64) int64 {
	trace = trace*10 + tag
	return tag
}

func g(x int32) int32 { return x * 2 }
func h(y int32) int32 { return y + 100 }
func f(a, b int32) int32 { return a*1000 + b }

//go:wasmexport nest
func nest(x, y int32) int32 { return f(g(x), h(y)) }

// Arguments are evaluated left to right.
//
//go:wasmexport order
func order(z int64) int64 {
	trace = z
	s := add3(note(1), note(2), note(3)) + note(4)*note(5)
	return trace*1000 + s
}

func add3(a, b, c int64) int64 { return a + b + c }

func small(x int32) bool { return x < 10 }

//go:wasmexport cond
func cond(x int32) int32 {
	if small(x) && small(g(x)) {
		return 1
	}
	for small(x) {
		x++
	}
	return x
}

//go:wasmexport deep
func deep(x int32) int32 { return f(g(g(h(x))), f(h(g(x)), g(1))) }

// Operands of binary operators that call functions are evaluated left to right too.
//
//go:wasmexport mixed
func mixed(x int64) int64 {
	trace = 0
	a := note(x%7) - note(1)
	b := note(a) * 2
	return trace + b
}

func main() {}
