// Disallowed wasmimport result types, including string, are reported at the function name.
package main

type Handle int

//go:wasmimport env name
func name() string // ERROR "^go:wasmimport: unsupported result type string$"

//go:wasmimport env count
func count() int // ERROR "^go:wasmimport: unsupported result type int$"

//go:wasmimport env handle
func handle(x int32) Handle // ERROR "^go:wasmimport: unsupported result type Handle$"

//go:wasmimport env small
func small() int8 // ERROR "^go:wasmimport: unsupported result type int8$"

//go:wasmimport env ptr
func ptr() *string // ERROR "^go:wasmimport: unsupported result type \*string$"

func main() {}
