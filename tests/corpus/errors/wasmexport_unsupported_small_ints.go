// 8- and 16-bit integers are rejected as wasmexport parameters and results.
package main

//go:wasmexport small
func small(a int8, b int16, c uint8, d uint16) {} // ERROR "^go:wasmexport: unsupported parameter type int8$" "^go:wasmexport: unsupported parameter type int16$" "^go:wasmexport: unsupported parameter type uint8$" "^go:wasmexport: unsupported parameter type uint16$"

//go:wasmexport r8
func r8() int8 { return 0 } // ERROR "^go:wasmexport: unsupported result type int8$"

//go:wasmexport ru16
func ru16(a int32) uint16 { return uint16(a) } // ERROR "^go:wasmexport: unsupported result type uint16$"

func main() {}
