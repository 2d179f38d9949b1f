// make([]T, len, cap) with the capacity below the length panics with the
// runtime's makeslice cap message.
//
// run: c-shared
// call: build 3 5
// call: build 3 3
// call: build 3 2
package main

var out []int16

//go:wasmexport build
func build(n, c int32) int32 {
	out = make([]int16, n, c)
	return int32(len(out))*10 + int32(cap(out))
}

func main() {}
