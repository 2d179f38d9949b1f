// A negative index of a signed type: Go's message leaves out the length.
//
// run: c-shared
// call: at 1
// call: at -1
package main

var s = "abc"

//go:wasmexport at
func at(i int32) int32 {
	return int32(s[i])
}

func main() {}
