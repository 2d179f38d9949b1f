// Dereferencing a nil pointer variable panics with Go's nil-dereference message and traps in c-shared mode.
//
// run: c-shared
// call: load 1
// call: load 0
package main

var g int64 = 77
var p *int64

//go:wasmexport load
func load(set int32) int64 {
	if set != 0 {
		p = &g
	} else {
		p = nil
	}
	println("loading", set)
	return *p + 1
}

func main() {}
