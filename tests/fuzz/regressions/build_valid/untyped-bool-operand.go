// wexlab rejects this valid program (Go builds it): a comparison is an
// untyped bool, which `&&`, `||`, `==` and `!=` must convert to the named
// bool type of the other operand; wexlab types it `bool`.
//
//   untyped-bool-operand.go:21:6: invalid operation: (g != 0) && b
//     (mismatched types bool and mybool)
//   untyped-bool-operand.go:22:11: invalid operation: b == (g != 0)
//     (mismatched types mybool and bool)
//
// Assigning a comparison to a mybool, passing it as a mybool argument or
// using it as a case of a mybool switch is accepted. Found by build_valid
// (seed 32 of wexlab-gen with named types); reduced by hand.
package main

type mybool bool

var g int
var b mybool

func main() {
	b = (g != 0) && b
	b = b == (g != 0)
}
