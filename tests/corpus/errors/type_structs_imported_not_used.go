// Importing "structs" without using it is an error, as for any package.
package main

import "structs" // ERROR "^.structs. imported and not used$"

//go:wasmexport f
func f(a int32) int32 { return a }

func main() {}
