// Seventeen small parameters of mixed allowed types exceed the 16 wasm parameters although the argument area is small.
package main

import "unsafe"

//go:wasmexport mixed
func mixed(a0, a1, a2, a3, a4, a5, a6, a7 int32, f0, f1, f2, f3 float32, b0, b1, b2 bool, p *int8, u unsafe.Pointer) { // ERROR "go:wasmexport: too many wasm parameters"
}

func main() {}
