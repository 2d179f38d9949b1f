// A program: main prints, exports stay callable after main returns.
//
//	wexlab run examples/hello.go
package main

var calls int32

//go:wasmexport count
func count() int32 {
	calls++
	return calls
}

func main() {
	println("hello from wexlab", 42, 1.5, true)
}
