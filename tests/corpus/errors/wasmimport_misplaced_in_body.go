// A //go:wasmimport directive before statements in a function body is misplaced.
package main

func g() {}

func f() int32 {
	//go:wasmimport env a // ERROR "^misplaced go:wasmimport directive$"
	x := int32(1)
	//go:wasmimport env b // ERROR "^misplaced go:wasmimport directive$"
	g()
	//go:wasmimport env c // ERROR "^misplaced go:wasmimport directive$"
	if x > 0 {
		x++
	}
	//go:wasmimport env d // ERROR "^misplaced go:wasmimport directive$"
	return x
	//go:wasmimport env e // ERROR "^misplaced go:wasmimport directive$"
}

func main() { f() }
