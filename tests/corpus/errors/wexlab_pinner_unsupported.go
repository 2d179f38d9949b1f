// runtime.Pinner's Pin takes Go's any, which wexlab has not: a pointer or
// an unsafe.Pointer is passed as such, and Pin(nil) panics at run time as
// in Go, but a value of another type (for which Go panics at run time,
// "argument is not a pointer") is not supported, nor is Pin as a function
// value. Unpin's method value is an ordinary one.
package main

import (
	"runtime"
	"unsafe"
)

type word int

func main() {
	var p runtime.Pinner
	x := 1
	s := []int{1}
	p.Pin(x) // ERROR "^Pin of a value of type int is not supported by wexlab: Go panics at run time \(runtime.Pinner: argument is not a pointer: int\)$"
	p.Pin(word(3)) // ERROR "argument is not a pointer: main.word\)$"
	p.Pin(s) // ERROR "^Pin of a value of type \[\]int is not supported by wexlab"
	p.Pin("str") // ERROR "^Pin of a value of type string is not supported by wexlab"
	p.Pin(unsafe.Pointer(&x))
	p.Pin(nil)
	f := p.Pin // ERROR "^runtime.Pinner's Pin as a function value is not supported by wexlab$"
	f(&x)
	g := (*runtime.Pinner).Pin // ERROR "^runtime.Pinner's Pin as a function value is not supported by wexlab$"
	g(&p, &x)
	u := p.Unpin
	u()
}
