// Exporting a function as memory is rejected because the module exports its memory under that name.
package main

//go:wasmexport memory // ERROR "cannot export memory: the module defines it itself"
func memory() int32 { return 0 }

func main() {}
