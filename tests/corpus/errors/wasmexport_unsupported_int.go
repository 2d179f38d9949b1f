// The platform-sized int and uint types are rejected as wasmexport parameters and results, next to other errors of the same function.
package main

//go:wasmexport takeint
func takeint(a int, b uint) {} // ERROR "^go:wasmexport: unsupported parameter type int$" "^go:wasmexport: unsupported parameter type uint$"

//go:wasmexport giveint
func giveint() int { return 0 } // ERROR "^go:wasmexport: unsupported result type int$"

//go:wasmexport giveuint
func giveuint(x int32) uint { return uint(x) } // ERROR "^go:wasmexport: unsupported result type uint$"

//go:wasmexport conv
func conv(a int64, b int, c float32) string { return "" } // ERROR "^go:wasmexport: unsupported parameter type int$" "^go:wasmexport: unsupported result type string$"

func main() {}
