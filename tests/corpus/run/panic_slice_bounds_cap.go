// Reslicing a slice beyond its capacity panics; the message names the
// high bound and the capacity (not the length).
//
// run: c-shared
// call: extend 2
// call: extend 3
// call: extend 5
package main

var backing = make([]int32, 2, 3)

//go:wasmexport extend
func extend(n int32) int32 {
	s := backing[:n]
	println("len", len(s), "cap", cap(s))
	return int32(len(s))
}

func main() {}
