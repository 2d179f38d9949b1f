// A wasmexport and a wasmimport directive before the same statement are each reported as misplaced.
package main

func f() int64 {
	//go:wasmexport e // ERROR "^misplaced go:wasmexport directive$"
	//go:wasmimport m n // ERROR "^misplaced go:wasmimport directive$"
	x := int64(2)
	return x
}

func main() { f() }
