// A bounds check of a value the loop never changes is made once in front
// of the loop (src/ir/proven/hoist.rs) only where no other check of the
// first iteration could fail before it: here k, checked first, is out of
// range on the first iteration as j is, and Go's message names k.
//
// run: c-shared
// call: rows 3 2
// call: rows 300 200
package main

var a [16][16]int32

//go:wasmexport rows
func rows(start, j int32) int32 {
	s := int32(0)
	for k := start; k < start+3; k++ {
		s += a[k][j]
	}
	return s
}

func main() {}
