// Slicing an array past its end with a variable bound: for an array the
// message names its length.
//
// run: c-shared
// call: part 1 3
// call: part 0 4
// call: part 2 5
package main

var arr [4]uint8

//go:wasmexport part
func part(lo, hi int32) int32 {
	s := arr[lo:hi]
	return int32(len(s))*10 + int32(cap(s))
}

func main() {}
