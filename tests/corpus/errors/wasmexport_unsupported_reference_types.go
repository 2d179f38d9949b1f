// Maps, function values and channels are rejected as wasmexport parameters and results.
package main

//go:wasmexport lookup
func lookup(m map[string]int) {} // ERROR "^go:wasmexport: unsupported parameter type map\[string\]int$"

//go:wasmexport table
func table() map[int32]bool { return nil } // ERROR "^go:wasmexport: unsupported result type map\[int32\]bool$"

//go:wasmexport callback
func callback(f func()) {} // ERROR "^go:wasmexport: unsupported parameter type func\(\)$"

//go:wasmexport maker
func maker(x int32) func(int32) int32 { return nil } // ERROR "^go:wasmexport: unsupported result type func\(int32\) int32$"

//go:wasmexport send
func send(c chan int) {} // ERROR "^go:wasmexport: unsupported parameter type chan int$"

//go:wasmexport recv
func recv() <-chan int32 { return nil } // ERROR "^go:wasmexport: unsupported result type <-chan int32$"

func main() {}
