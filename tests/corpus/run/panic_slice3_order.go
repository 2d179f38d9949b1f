// A 3-index slice whose high bound exceeds its max panics with [:hi:max].
//
// run: c-shared
// call: cut 1 2 3
// call: cut 0 4 3
package main

var base = make([]int32, 5)

//go:wasmexport cut
func cut(lo, hi, max int32) int32 {
	s := base[lo:hi:max]
	return int32(len(s))*10 + int32(cap(s))
}

func main() {}
