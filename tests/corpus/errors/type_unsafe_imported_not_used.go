// Importing "unsafe" without using it is an error.
package main

import "unsafe" // ERROR "^.unsafe. imported and not used$"

//go:wasmexport f
func f(a int32) int32 { return a }

func main() {}
