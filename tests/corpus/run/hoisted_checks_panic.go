// A bounds check made once in front of its loop (src/ir/proven/hoist.rs)
// panics with Go's message when the loop runs and the index is out of
// range; the loop's first statements, which only set locals, run or not
// unseen.
//
// run: c-shared
// call: dot 3 2 7
// call: dot 3 2 170
package main

var a, b [16][16]int32

//go:wasmexport dot
func dot(n, i, j int32) int32 {
	s := int32(0)
	for k := int32(0); k < n; k++ {
		row := i + 1
		s += a[row][k] * b[k][j]
	}
	return s
}

func main() {}
