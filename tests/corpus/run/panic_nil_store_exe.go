// In exe mode, storing through a nil pointer in main prints Go's nil-dereference panic and exits with code 2.
//
// run: exe
package main

import "unsafe"

var target int32
var ptr *int32

func store(p *int32, v int32) {
	*p = v
}

func main() {
	store(&target, 5)
	println("stored", target)
	u := unsafe.Pointer(ptr)
	store((*int32)(u), 6)
	println("not reached")
}
