// Signature errors of wasmimport and wasmexport functions are reported with their own directive name.
package main

//go:wasmimport env get
func get() uint8 // ERROR "^go:wasmimport: unsupported result type uint8$"

//go:wasmexport put
func put(v uint8) { _ = v } // ERROR "^go:wasmexport: unsupported parameter type uint8$"

func main() {}
