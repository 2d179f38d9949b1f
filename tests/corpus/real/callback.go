// An exe whose main calls the host, which calls an export back while main
// waits on the wasm stack; the export prints with fmt.
// run: exe
// import: env callback (i32) (i32) callback:double
package main

import "fmt"

//go:wasmimport env callback
func callback(x int32) int32

//go:wasmexport double
func double(x int32) int32 {
	fmt.Println("double", x)
	return 2 * x
}

func main() {
	fmt.Println("callback gave", callback(21))
}
