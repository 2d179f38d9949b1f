// A //go:wasmimport directive before a grouped var declaration or at the end of the file is misplaced.
package main

//go:wasmimport env v // ERROR "^misplaced go:wasmimport directive$"
var (
	v int32
)

//go:wasmimport env ok
func ok(x int32) int32

func main() {}

//go:wasmimport env dangling // ERROR "^misplaced go:wasmimport directive$"
