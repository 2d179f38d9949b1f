// Pointers to package variables through & and unsafe.Pointer: loads, stores, aliasing, and writes that later reads observe.
//
// run: c-shared
// call: store 42
// call: load
// call: via 7
// call: load
// call: alias 5
// call: narrowptr 300
// call: fptr 2.5
// call: choose 1 11
// call: choose 0 22
// call: sums
// call: isnil 0
package main

import "unsafe"

var x int64
var y int64 = 100
var b uint8
var f float64 = 1
var pick *int64

//go:wasmexport store
func store(v int64) {
	p := &x
	*p = v
}

//go:wasmexport load
func load() int64 { return x }

// A store through an unsafe.Pointer converted back to *int64.
//
//go:wasmexport via
func via(v int64) {
	u := unsafe.Pointer(&x)
	q := (*int64)(u)
	*q += v
}

// Two pointers to the same variable see each other's writes.
//
//go:wasmexport alias
func alias(v int64) int64 {
	p := &y
	q := (*int64)(unsafe.Pointer(&y))
	*p = v
	*q = *q * 3
	return *p + y
}

//go:wasmexport narrowptr
func narrowptr(v int32) int32 {
	p := &b
	*p = uint8(v)
	*p += 250
	return int32(b)
}

//go:wasmexport fptr
func fptr(v float64) float64 {
	p := (*float64)(unsafe.Pointer(&f))
	*p *= v
	return f
}

// A package-level pointer variable is set to one of two variables.
//
//go:wasmexport choose
func choose(which int32, v int64) int64 {
	if which == 1 {
		pick = &x
	} else {
		pick = &y
	}
	*pick = v
	return x*100 + y
}

//go:wasmexport sums
func sums() int64 { return x + y + int64(b) + int64(f) }

//go:wasmexport isnil
func isnil(z int32) bool {
	var p *int32
	if z != 0 {
		return false
	}
	return p == nil && pick != nil
}

func main() {}
