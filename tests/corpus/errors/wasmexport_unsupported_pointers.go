// Pointers to pointers, to int, to string, to uintptr and to unsafe.Pointer are rejected for wasmexport.
package main

import "unsafe"

//go:wasmexport pp
func pp(a **int32, b *int, c *string) {} // ERROR "^go:wasmexport: unsupported parameter type \*\*int32$" "^go:wasmexport: unsupported parameter type \*int$" "^go:wasmexport: unsupported parameter type \*string$"

//go:wasmexport pu
func pu(a *uintptr, b *unsafe.Pointer) {} // ERROR "^go:wasmexport: unsupported parameter type \*uintptr$" "^go:wasmexport: unsupported parameter type \*unsafe.Pointer$"

//go:wasmexport rp
func rp() *int { return nil } // ERROR "^go:wasmexport: unsupported result type \*int$"

//go:wasmexport rpp
func rpp() **int32 { return nil } // ERROR "^go:wasmexport: unsupported result type \*\*int32$"

func main() {}
