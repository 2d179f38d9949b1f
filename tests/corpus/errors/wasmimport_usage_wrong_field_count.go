// A //go:wasmimport directive with one, three or four fields after the verb is a usage error.
package main

//go:wasmimport env // ERROR "^usage: //go:wasmimport importmodule importname$"
func hostlog(x int32)

//go:wasmimport env host extra // ERROR "^usage: //go:wasmimport importmodule importname$"
func three(x int32) int32

//go:wasmimport a b c d // ERROR "^usage: //go:wasmimport importmodule importname$"
func four()

func main() {}
