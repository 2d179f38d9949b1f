// A Pinner that becomes unreachable with a pin left is a leak: Go's
// finalizer for it panics once runtime.GC() has found it ("forgot to call
// Unpin()?"), and wexlab's runtime.GC() panics with the same message; the
// deferred calls of main do not run (Go's panic is in the finalizer's
// goroutine). A Pinner whose pins were undone leaks nothing.
//
// run: exe
package main

import "runtime"

type holder struct {
	pins runtime.Pinner
	name string
}

func tidy() {
	h := &holder{name: "tidy"}
	h.pins.Pin(new(int))
	h.pins.Pin(&h.name)
	h.pins.Unpin()
}

func leak() {
	h := &holder{name: "leaky"}
	v := new([4]int)
	v[2] = 7
	h.pins.Pin(v)
	println(h.name, v[2])
}

func main() {
	defer println("main's defer, not run")
	tidy()
	runtime.GC()
	println("tidy collected")
	leak()
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = make([]byte, 1000)
	}
	println("not reached")
}
