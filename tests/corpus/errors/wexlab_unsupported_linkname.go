// A function without a body that //go:linkname names (in a file importing "unsafe") builds with Go, its body coming from elsewhere at link time; wexlab has no such body.
package main

import "unsafe"

//go:linkname nanotime runtime.nanotime
func nanotime() int64 // ERROR "^functions without a body \(named by //go:linkname\) are not supported by wexlab$"

func main() {
	println(nanotime() > 0, unsafe.Sizeof(int64(0)))
}
