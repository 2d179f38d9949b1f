// Disallowed wasmimport parameter types are reported at the function name, even if the import is never called.
package main

//go:wasmimport env a
func a(x int, y uint16, z []byte) // ERROR "^go:wasmimport: unsupported parameter type int$" "^go:wasmimport: unsupported parameter type uint16$" "^go:wasmimport: unsupported parameter type \[\]byte$"

//go:wasmimport env b
func b(p *int, q **int32, r any) // ERROR "^go:wasmimport: unsupported parameter type \*int$" "^go:wasmimport: unsupported parameter type \*\*int32$" "^go:wasmimport: unsupported parameter type any$"

//go:wasmimport env c
func c(m map[int32]int32, f func(), k complex64) // ERROR "^go:wasmimport: unsupported parameter type map\[int32\]int32$" "^go:wasmimport: unsupported parameter type func\(\)$" "^go:wasmimport: unsupported parameter type complex64$"

func main() {}
