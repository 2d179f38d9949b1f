// A pointer to a named struct without structs.HostLayout is rejected for wasmexport.
package main

type bad struct{ x int32 }

//go:wasmexport usebad
func usebad(p *bad) {} // ERROR "^go:wasmexport: unsupported parameter type \*bad$"

//go:wasmexport getbad
func getbad() *bad { return nil } // ERROR "^go:wasmexport: unsupported result type \*bad$"

func main() {}
