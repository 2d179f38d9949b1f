// A malformed //go:wasmexport inside a function body is reported as a usage error, not as misplaced.
package main

func f() int32 {
	//go:wasmexport a b // ERROR "^usage: //go:wasmexport exportname$"
	x := int32(1)
	//go:wasmimport onlymodule // ERROR "^usage: //go:wasmimport importmodule importname$"
	x++
	return x
}

func main() { f() }
