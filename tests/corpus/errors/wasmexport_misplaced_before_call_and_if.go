// A //go:wasmexport directive before a call statement or an if statement is misplaced.
package main

func g() {}

func f(a int32) {
	//go:wasmexport call // ERROR "^misplaced go:wasmexport directive$"
	g()
	//go:wasmexport cond // ERROR "^misplaced go:wasmexport directive$"
	if a > 0 {
		g()
	}
	//go:wasmexport loop // ERROR "^misplaced go:wasmexport directive$"
	for i := int32(0); i < a; i++ {
		g()
	}
	//go:wasmexport sw // ERROR "^misplaced go:wasmexport directive$"
	switch a {
	case 1:
		g()
	}
}

func main() { f(1) }
