// A string result is rejected for wasmexport (a string parameter is accepted).
package main

//go:wasmexport name
func name() string { return "x" } // ERROR "^go:wasmexport: unsupported result type string$"

//go:wasmexport echo
func echo(s string) string { return s } // ERROR "^go:wasmexport: unsupported result type string$"

func main() {}
