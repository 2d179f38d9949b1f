// Exporting a function as _start is rejected because the module defines that export itself.
package main

//go:wasmexport _start // ERROR "cannot export _start: the module defines it itself"
func start() {}

func main() {}
