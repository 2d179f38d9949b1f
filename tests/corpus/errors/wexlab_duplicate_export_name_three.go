// Every repeated export name after the first is rejected at its directive.
package main

//go:wasmexport get
func get1() int64 { return 1 }

//go:wasmexport other
func other() {}

//go:wasmexport get // ERROR "duplicate wasmexport name get"
func get2() int64 { return 2 }

//go:wasmexport get // ERROR "duplicate wasmexport name get"
func get3() int64 { return 3 }

func main() {}
