// Multiple results, recursive types, nil, shift counts, constant conversions and switch cases, with Go's wording.
package main

func two() (int32, int64) { return 1, 2 }

var g1, g2 int32 = two() // ERROR "^cannot use 2nd function result \(value of type int64\) as int32 value in multiple assignment$"

type A B // ERROR "^invalid recursive type A"
type B A

type S *S

func main() {
	var a, b int32 = two() // ERROR "^cannot use 2nd function result \(value of type int64\) as int32 value in multiple assignment$"
	var c, d int32
	c, d = two() // ERROR "^cannot use 2nd function result \(value of type int64\) as int32 value in multiple assignment$"
	e, f := int32(0), int32(0)
	e, f = two() // ERROR "^cannot use 2nd function result \(value of type int64\) as int32 value in multiple assignment$"
	_, _, _, _, _, _ = a, b, c, d, e, f
	var n int32
	_ = nil == n // ERROR "^invalid operation: nil == n \(mismatched types untyped nil and int32\)$"
	var p = nil // ERROR "^use of untyped nil in variable declaration$"
	x := nil // ERROR "^use of untyped nil in assignment$"
	_, _ = p, x
	var y int32 = 1
	_ = y << 1.5 // ERROR "^1\.5 \(untyped float constant\) truncated to uint$"
	var fl float64
	_ = y << fl // ERROR "^invalid operation: shift count fl \(variable of type float64\) must be integer$"
	_ = int32("a") // ERROR "^cannot convert .a. \(untyped string constant\) to type int32$"
	_ = int32(1.5) // ERROR "^cannot convert 1\.5 \(untyped float constant\) to type int32$"
	_ = float32(1e40) // ERROR "^cannot convert 1e40 \(untyped float constant 1e\+40\) to type float32$"
	_ = int8(300) // ERROR "^constant 300 overflows int8$"
	const k = 1 << 40
	var z int32 = k // ERROR "^cannot use k \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)$"
	_ = z
	switch y {
	case "a": // ERROR "^cannot convert .a. \(untyped string constant\) to type int32$"
	case 300000000000: // ERROR "^300000000000 \(untyped int constant\) overflows int32$"
	}
}
