// Tag switches: several values per case, default placed in the middle, first matching case wins, init statements and no fallthrough.
//
// run: c-shared
// call: classify 0
// call: classify 1
// call: classify 2
// call: classify 3
// call: classify 7
// call: classify 9
// call: classify -1
// call: classify 100
// call: narrow 258
// call: narrow 3
// call: withinit 10
// call: withinit 11
// call: calls 4
// call: calls 6
// call: calls 8
// call: boolsw 5
// call: empty 1
package main

//go:wasmexport classify
func classify(x int32) int32 {
	switch x {
	case 0:
		return 10
	case 1, 2, 3:
		return 20
	default:
		return 99
	case 5, 7, 9:
		return 30
	case -1:
		return 40
	}
}

// The tag is a narrow value: 258 as a uint8 is 2.
//
//go:wasmexport narrow
func narrow(x uint32) uint32 {
	r := uint32(0)
	switch uint8(x) {
	case 2:
		r = 1
	case 3:
		r = 2
	}
	return r
}

//go:wasmexport withinit
func withinit(x int32) int32 {
	switch y := x * 3; y % 2 {
	case 0:
		return y
	case 1:
		return -y
	}
	return 0
}

var hits int32

func val(v int32) int32 {
	hits++
	return v
}

// Case expressions are evaluated in order, only until one matches.
//
//go:wasmexport calls
func calls(x int32) int32 {
	hits = 0
	r := int32(0)
	switch x {
	case val(2), val(4):
		r = 1
	case val(6):
		r = 2
	default:
		r = 3
	}
	return r*100 + hits
}

// A switch on a bool with duplicate-free constant cases.
//
//go:wasmexport boolsw
func boolsw(x int32) int32 {
	switch x > 3 {
	case true:
		return 1
	case false:
		return 2
	}
	return 3
}

//go:wasmexport empty
func empty(x int32) int32 {
	switch x {
	}
	switch {
	default:
		x++
	}
	return x
}

func main() {}
