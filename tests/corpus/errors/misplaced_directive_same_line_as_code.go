// A directive that shares its line with code is a misplaced compiler directive.
package main

func f() {} //go:wasmexport f // ERROR "^misplaced compiler directive$"

var x int32 //go:wasmexport x // ERROR "^misplaced compiler directive$"

func g() int32 { //go:wasmimport env g // ERROR "^misplaced compiler directive$"
	y := int32(1) //go:noinline // ERROR "^misplaced compiler directive$"
	y++           //go:wasmexport h // ERROR "^misplaced compiler directive$"
	return x + y
}

func main() {}
