// Exporting a function as _initialize is rejected because the module defines that export itself.
package main

//go:wasmexport _initialize // ERROR "cannot export _initialize: the module defines it itself"
func initialize() {}

func main() {}
