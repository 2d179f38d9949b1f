// The & operator on operands that are not addressable: constants, literals
// of basic type, call results, string bytes, fields and elements of call
// results, and conversions; &T{} and &x.f of a variable are fine.
package main

type point struct {
	x, y int32
}

const limit = 10

func make2() [2]int32 { return [2]int32{} }

func pt() point { return point{} }

func main() {
	s := "abc"
	var p point
	_ = &limit      // ERROR "^invalid operation: cannot take address of limit \(untyped int constant 10\)$"
	_ = &5          // ERROR "^invalid operation: cannot take address of 5 \(untyped int constant\)$"
	_ = &pt()       // ERROR "^invalid operation: cannot take address of pt\(\) \(value of struct type point\)$"
	_ = &s[0]       // ERROR "^invalid operation: cannot take address of s\[0\] \(value of type byte\)$"
	_ = &pt().x     // ERROR "^invalid operation: cannot take address of pt\(\)\.x \(value of type int32\)$"
	_ = &make2()[1] // ERROR "^invalid operation: cannot take address of make2\(\)\[1\] \(value of type int32\)$"
	_ = &int64(p.x) // ERROR "^invalid operation: cannot take address of int64\(p\.x\) \(value of type int64\)$"
	_ = &point{1, 2}
	_ = &p.y
	_ = &[2]int{}
}
