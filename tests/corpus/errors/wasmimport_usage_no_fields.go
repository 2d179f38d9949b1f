// A //go:wasmimport directive followed by a space but no fields is a usage error.
package main

//go:wasmimport // ERROR "^usage: //go:wasmimport importmodule importname$"
func none()

func main() {}
