// A //go:wasmexport directive followed by a space but no export name is a usage error.
package main

//go:wasmexport // ERROR "^usage: //go:wasmexport exportname$"
func noname(a int32) int32 { return a }

func main() {}
