// Type errors of expressions and statements (shifts, conversions, calls, address-of, switch cases) at Go's positions with Go's wording.
package main

import "unsafe"

var g int32

func two() (int32, int64) { return 1, 2 }

func main() {
	break // ERROR "^break is not in a loop, switch, or select$"
	continue // ERROR "^continue is not in a loop$"
	var x int32 = 1 << 40 // ERROR "^cannot use 1 << 40 \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)$"
	var y uint8 = 256 // ERROR "^cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)$"
	var s int64 = -1
	_ = uint32(s) >> s
	_ = x << 1.5 // ERROR "^1\.5 \(untyped float constant\) truncated to uint$"
	z := two() // ERROR "^assignment mismatch: 1 variable but two returns 2 values$"
	var a, b int32 = two() // ERROR "^declared and not used: a$" "^cannot use 2nd function result \(value of type int64\) as int32 value in multiple assignment$"
	a, b = b // ERROR "^assignment mismatch: 2 variables but 1 value$"
	p := &3 // ERROR "^invalid operation: cannot take address of 3 \(untyped int constant\)$"
	q := *x // ERROR "^invalid operation: cannot indirect x \(variable of type int32\)$"
	var f float64 = 1
	_ = f % 2 // ERROR "^invalid operation: operator % not defined on f \(variable of type float64\)$"
	_ = f & 1 // ERROR "^invalid operation: operator & not defined on f \(variable of type float64\)$"
	_ = !x // ERROR "^invalid operation: operator ! not defined on x \(variable of type int32\)$"
	_ = -true // ERROR "^invalid operation: operator - not defined on true \(untyped bool constant\)$"
	_ = ^1.5 // ERROR "^invalid operation: operator \^ not defined on 1\.5 \(untyped float constant\)$"
	x() // ERROR "^invalid operation: cannot call x \(variable of type int32\): int32 is not a function$"
	_ = unsafe.Pointer(x) // ERROR "^cannot convert x \(variable of type int32\) to type unsafe\.Pointer$"
	_ = int32("a") // ERROR "^cannot convert .a. \(untyped string constant\) to type int32$"
	_ = bool(1) // ERROR "^cannot convert 1 \(untyped int constant\) to type bool$"
	var u uintptr = unsafe.Pointer(&g) // ERROR "^cannot use unsafe\.Pointer\(&g\) \(value of type unsafe\.Pointer\) as uintptr value in variable declaration$"
	if x { // ERROR "^non-boolean condition in if statement$"
	}
	for x { // ERROR "^non-boolean condition in for statement$"
	}
	switch x {
	case 1, 1: // ERROR "^duplicate case 1 \(constant of type int32\) in expression switch"
	case "a": // ERROR "^cannot convert .a. \(untyped string constant\) to type int32$"
	}
	_, _, _, _, _ = y, z, p, q, u
	return 1 // ERROR "^too many return values"
}
