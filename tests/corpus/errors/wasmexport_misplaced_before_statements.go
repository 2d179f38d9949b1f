// A //go:wasmexport directive in a function body before :=, ++, assignment and return statements is misplaced.
package main

func f() int32 {
	//go:wasmexport a // ERROR "^misplaced go:wasmexport directive$"
	x := int32(1)
	//go:wasmexport b // ERROR "^misplaced go:wasmexport directive$"
	x++
	//go:wasmexport c // ERROR "^misplaced go:wasmexport directive$"
	x = x * 2
	if x > 0 {
		//go:wasmexport pos // ERROR "^misplaced go:wasmexport directive$"
		return 1
	}
	//go:wasmexport other // ERROR "^misplaced go:wasmexport directive$"
	return x
}

func main() { f() }
