// p.Pin(nil) panics as Go's does ("runtime error: runtime.Pinner: argument
// is nil") after evaluating its receiver; the panic can be recovered, and
// a second one in the deferred call that recovered is the same error
// value in Go (a constant), so it prints as "[recovered, repanicked]".
//
// run: exe
package main

import "runtime"

var calls int
var pins runtime.Pinner

func get() *runtime.Pinner {
	calls++
	println("get", calls)
	return &pins
}

func main() {
	defer func() {
		println("recovered:", recover() != nil, calls)
		get().Pin(nil)
	}()
	get().Pin(nil)
}
