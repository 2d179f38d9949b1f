// A //go:wasmexport directive at the end of the file, followed by no declaration, is misplaced.
package main

//go:wasmexport fine
func fine() {}

func main() {}

//go:wasmexport dangling // ERROR "^misplaced go:wasmexport directive$"
