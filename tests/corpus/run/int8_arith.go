// int8 arithmetic wraps at every step: add, sub, mul, negation, truncating division and remainder, MinInt8 / -1 and % -1.
//
// run: c-shared
// call: add8 127 1
// call: add8 -128 -1
// call: add8 300 0
// call: sub8 -128 1
// call: mul8 16 8
// call: mul8 -128 -1
// call: mul8 100 3
// call: div8 -7 2
// call: div8 7 -2
// call: div8 -128 -1
// call: div8 127 1
// call: rem8 -7 2
// call: rem8 7 -2
// call: rem8 -7 -2
// call: rem8 -128 -1
// call: neg8 -128
// call: neg8 5
// call: avg8 127 1
// call: avg8 -100 -100
// call: chain8 77
// call: lt8 127 1
package main

//go:wasmexport add8
func add8(a, b int32) int32 { return int32(int8(a) + int8(b)) }

//go:wasmexport sub8
func sub8(a, b int32) int32 { return int32(int8(a) - int8(b)) }

//go:wasmexport mul8
func mul8(a, b int32) int32 { return int32(int8(a) * int8(b)) }

//go:wasmexport div8
func div8(a, b int32) int32 { return int32(int8(a) / int8(b)) }

//go:wasmexport rem8
func rem8(a, b int32) int32 { return int32(int8(a) % int8(b)) }

//go:wasmexport neg8
func neg8(a int32) int32 { return int32(-int8(a)) }

// The sum wraps before it is halved.
//
//go:wasmexport avg8
func avg8(a, b int32) int32 { return int32((int8(a) + int8(b)) / 2) }

//go:wasmexport chain8
func chain8(a int32) int32 {
	x := int8(a)
	x = x*3 + 1
	x *= 5
	x -= 100
	x++
	return int32(x)
}

// The wrapped sum is compared, not the mathematical one.
//
//go:wasmexport lt8
func lt8(a, b int32) int32 {
	if int8(a)+int8(b) < 0 {
		return 1
	}
	return 0
}

func main() {}
