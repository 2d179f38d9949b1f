// A //go:wasmexport directive before a grouped var, const, type or import declaration is misplaced.
package main

//go:wasmexport imp // ERROR "^misplaced go:wasmexport directive$"
import (
	"unsafe"
)

//go:wasmexport v // ERROR "^misplaced go:wasmexport directive$"
var (
	v int32
)

//go:wasmexport c // ERROR "^misplaced go:wasmexport directive$"
const (
	c = 1
)

//go:wasmexport t // ERROR "^misplaced go:wasmexport directive$"
type (
	t int32
)

var _ unsafe.Pointer

func main() {}
