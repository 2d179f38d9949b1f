// Type errors of declarations, constants, named types, selectors and nil at Go's positions with Go's wording.
package main

const big = 1 << 100

var v1 int64 = big // ERROR "^cannot use big \(untyped int constant 1267650600228229401496703205376\) as int64 value in variable declaration \(overflows\)$"
var v2 = big // ERROR "^cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)$"
var v3 float32 = 1e40 // ERROR "^cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)$"
var v4 int8 = -129 // ERROR "^cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)$"
var v5 = 'a' + "b" // ERROR "^invalid operation: 'a' \+ .b. \(mismatched types untyped rune and untyped string\)$"
var v6 int32 = 10 / 0 // ERROR "^invalid operation: division by zero$"
var v7 = 1.5 % 2 // ERROR "^invalid operation: operator % not defined on 1\.5 \(untyped float constant\)$"
var v8 int32 = 7.0
var v9 int32 = 7.5 // ERROR "^cannot use 7\.5 \(untyped float constant\) as int32 value in variable declaration \(truncated\)$"

type T int32
type U int64

func f(t T, u U) T {
	return t + u // ERROR "^invalid operation: t \+ u \(mismatched types T and U\)$"
}

func g(a int32) {
	a := 2 // ERROR "^no new variables on left side of :=$"
	var a int32 // ERROR "^a redeclared in this block"
	_ = a
}

func h() int32 {
	for {
	}
}

func k(x int32) int32 {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func m(x int32) int32 {
	switch x {
	case 1:
		return 1
	}
} // ERROR "^missing return$"

func main() {
	f(1, 2)
	g(1)
	_ = h() + k(1) + m(1)
	undefinedFn(1, 2) // ERROR "^undefined: undefinedFn$"
	var n int32
	n.x = 1 // ERROR "^n\.x undefined \(type int32 has no field or method x\)$"
	n = nil // ERROR "^cannot use nil as int32 value in assignment$"
	_ = n == nil // ERROR "^invalid operation: n == nil \(mismatched types int32 and untyped nil\)$"
	var pp *int32 = 0 // ERROR "^cannot use 0 \(untyped int constant\) as \*int32 value in variable declaration$"
	_ = pp
	print()
	println(1, 2)
	_ = println(1) // ERROR "^println\(1\) \(no value\) used as value$"
	len := 3
	_ = len
	iota := 1
	_ = iota
	true := false
	_ = true
}
