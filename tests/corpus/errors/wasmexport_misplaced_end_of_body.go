// A //go:wasmexport directive at the end of a function body or of a nested block is misplaced.
package main

func f(a int32) int32 {
	if a > 0 {
		a--
		//go:wasmexport inner // ERROR "^misplaced go:wasmexport directive$"
	}
	return a
	//go:wasmexport outer // ERROR "^misplaced go:wasmexport directive$"
}

func main() { f(1) }
