// A 3-index slice whose max exceeds the capacity panics with [::max] and
// the capacity.
//
// run: c-shared
// call: cut 1 2 4
// call: cut 0 2 6
package main

var base = make([]int32, 4, 5)

//go:wasmexport cut
func cut(lo, hi, max int32) int32 {
	s := base[lo:hi:max]
	return int32(len(s))*10 + int32(cap(s))
}

func main() {}
