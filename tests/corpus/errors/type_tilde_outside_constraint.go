// ~ is read in any expression, as Go's parser reads it, and rejected by the type checker outside a type constraint.
package main

func main() {
	x := ~1 // ERROR "^cannot use ~ outside of interface or type constraint \(use \^ for bitwise complement\)$"
	_ = x
}
