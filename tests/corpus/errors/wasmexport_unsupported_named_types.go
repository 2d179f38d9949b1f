// Named types whose underlying type is disallowed are rejected and printed by their name.
package main

type Size int
type Bytes []byte
type IntPtr *int
type Small uint8

//go:wasmexport named
func named(a Size, b Bytes, c IntPtr) {} // ERROR "^go:wasmexport: unsupported parameter type Size$" "^go:wasmexport: unsupported parameter type Bytes$" "^go:wasmexport: unsupported parameter type IntPtr$"

//go:wasmexport ptrnamed
func ptrnamed(p *Size) {} // ERROR "^go:wasmexport: unsupported parameter type \*Size$"

//go:wasmexport rsmall
func rsmall() Small { return 0 } // ERROR "^go:wasmexport: unsupported result type Small$"

func main() {}
