// With two wasmexport directives on one function, Go silently uses the last name.
package main

//go:wasmexport first // WARNING "only the last one"
//go:wasmexport second
func twice(a int32) int32 { return a }

func main() {}
