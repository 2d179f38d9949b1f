// //go:linkname lets a function go without a body, but only in a file that imports "unsafe": elsewhere both the directive and the missing body are errors.
package main

//go:linkname nanotime runtime.nanotime // ERROR "^//go:linkname only allowed in Go files that import .unsafe.$"
func nanotime() int64 // ERROR "^missing function body$"

func main() {
	println(nanotime())
}
