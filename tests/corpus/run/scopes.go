// Block scoping and shadowing, := redeclaring with one new variable, zero values of uninitialized locals of every type, and package variables shadowed by locals.
//
// run: c-shared
// call: shadow 1
// call: zeros 0
// call: redecl 5
// call: pkg 3
// call: pkg 4
package main

import "unsafe"

var n int32 = 100

//go:wasmexport shadow
func shadow(x int32) int32 {
	r := x
	{
		x := x * 10
		r += x
		{
			x := x + 5
			r += x
		}
		r += x
	}
	if x := r; x > 0 {
		r += x
	}
	for x := int32(0); x < 2; x++ {
		r += x
	}
	return r + x
}

//go:wasmexport zeros
func zeros(z int32) int32 {
	var a int8
	var b uint16
	var c int64
	var d float64
	var e float32
	var f bool
	var g *int32
	var h unsafe.Pointer
	var i uintptr
	var j uint
	r := int32(0)
	if a == 0 && b == 0 && c == 0 && j == 0 && i == 0 {
		r += 1
	}
	if d == 0 && e == 0 && 1/d > 0 {
		r += 10
	}
	if !f && g == nil && h == nil {
		r += 100
	}
	return r + z
}

func pair(x int32) (int32, int32) { return x + 1, x + 2 }

//go:wasmexport redecl
func redecl(x int32) int32 {
	a, b := pair(x)
	a, c := pair(b)
	b, d := pair(a + c)
	return a*1000 + b*100 + c*10 + d
}

// The local n shadows the package n only inside the block.
//
//go:wasmexport pkg
func pkg(x int32) int32 {
	n++
	if x > 3 {
		n := x
		n *= 2
		return n
	}
	return n
}

func main() {}
