// unsafe.Offsetof takes a selector of a struct field (through a pointer to
// the struct, and through embedded fields that are not pointers); Go's
// errors for everything else. Correct uses are constants.
package main

import "unsafe"

type Inner struct{ a, b int32 }

type Far struct{ z int64 }

type S struct {
	x int8
	Inner
	*Far
	s string
}

func (S) m() {}

var s S
var ps *S
var n int

const ok = unsafe.Offsetof(s.b) + unsafe.Offsetof(ps.b) + unsafe.Offsetof((s.x)) + unsafe.Offsetof(s.Inner.a) + unsafe.Offsetof(ps.Far.z)

func main() {
	println(ok, unsafe.Offsetof(s.Far), unsafe.Offsetof(s.s))
	println(unsafe.Offsetof(s.z))         // ERROR "^invalid argument: field z is embedded via a pointer in S$"
	println(unsafe.Offsetof(s.m))         // ERROR "^invalid argument: s.m is a method value$"
	println(unsafe.Offsetof(s.q))         // ERROR "^invalid argument: S has no single field q$"
	println(unsafe.Offsetof(n))           // ERROR "^invalid argument: n is not a selector expression$"
	println(unsafe.Offsetof(S.x))         // ERROR "^S \(type\) is not an expression$"
	println(unsafe.Offsetof(n.x))         // ERROR "^invalid argument: int has no single field x$"
	println(unsafe.Offsetof())            // ERROR "^invalid operation: not enough arguments for unsafe.Offsetof\(\) \(expected 1, found 0\)$"
	println(unsafe.Offsetof(s.x, s.x))    // ERROR "^invalid operation: too many arguments for unsafe.Offsetof\(s.x, s.x\) \(expected 1, found 2\)$"
	println(unsafe.Offsetof(&s.x))        // ERROR "^invalid argument: &s.x is not a selector expression$"
	println(unsafe.Offsetof(undefined.x)) // ERROR "^undefined: undefined$"
	println(unsafe.Offsetof(1 + 2))       // ERROR "^invalid argument: 1 \+ 2 is not a selector expression$"
	println(unsafe.Offsetof(s._))         // ERROR "^invalid argument: S has no single field _$"
	var o int32 = unsafe.Offsetof(s.b)    // ERROR "^cannot use unsafe.Offsetof\(s.b\) \(constant 8 of type uintptr\) as int32 value in variable declaration$"
	println(o)
}
