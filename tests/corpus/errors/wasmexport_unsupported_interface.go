// Interface types (any, interface{}, error) are rejected and printed as written.
package main

//go:wasmexport anyp
func anyp(a any, b interface{}) {} // ERROR "^go:wasmexport: unsupported parameter type any$" "^go:wasmexport: unsupported parameter type interface \{\}$"

//go:wasmexport anyr
func anyr() any { return nil } // ERROR "^go:wasmexport: unsupported result type any$"

//go:wasmexport errr
func errr() error { return nil } // ERROR "^go:wasmexport: unsupported result type error$"

func main() {}
