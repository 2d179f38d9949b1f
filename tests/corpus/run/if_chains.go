// if / else if / else chains with init statements, shadowing in the init, and && / || short-circuit evaluation.
//
// run: c-shared
// call: bucket 5
// call: bucket 50
// call: bucket 500
// call: bucket 5000
// call: bucket -1
// call: initvar 7
// call: initvar 12
// call: short 0
// call: short 5
// call: short 10
// call: nested 3 4
// call: nested -3 4
// call: nested 3 -4
// call: nested -3 -4
package main

//go:wasmexport bucket
func bucket(x int32) int32 {
	if x < 0 {
		return -1
	} else if x < 10 {
		return 1
	} else if x < 100 {
		return 2
	} else if x < 1000 {
		return 3
	} else {
		return 4
	}
}

// Each if has an init statement; x is shadowed inside the chain.
//
//go:wasmexport initvar
func initvar(x int32) int32 {
	r := int32(0)
	if y := x * 2; y > 20 {
		r = y
	} else if x := y + 1; x > 10 {
		r = x * 100
	} else {
		r = x + y
	}
	return r + x
}

var calls int32

func touch(v bool) bool {
	calls++
	return v
}

// The right operand of && and || is evaluated only when needed.
//
//go:wasmexport short
func short(x int32) int32 {
	calls = 0
	r := int32(0)
	if x > 0 && touch(x > 3) {
		r += 1
	}
	if x == 0 || touch(x > 7) {
		r += 10
	}
	if touch(false) && touch(true) {
		r += 100
	}
	b := x > 1 || touch(true)
	if b {
		r += 1000
	}
	return r*100 + calls
}

//go:wasmexport nested
func nested(a, b int32) int32 {
	if a > 0 {
		if b > 0 {
			return 1
		} else {
			return 4
		}
	} else if b > 0 {
		return 2
	}
	return 3
}

func main() {}
