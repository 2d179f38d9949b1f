// int32 arithmetic: wraparound, truncating division, remainder signs, MinInt32 / -1 and % -1.
//
// run: c-shared
// call: add32 2147483647 1
// call: sub32 -2147483648 1
// call: mul32 65536 65536
// call: mul32 -2147483648 -1
// call: mul32 123456789 987654321
// call: div32 -7 2
// call: div32 7 -2
// call: div32 -2147483648 -1
// call: div32 -2147483648 2
// call: rem32 -7 2
// call: rem32 7 -2
// call: rem32 -7 -2
// call: rem32 -2147483648 -1
// call: rem32 -2147483648 3
// call: neg32 -2147483648
// call: avg32 2147483647 1
// call: mix32 -5 3
package main

//go:wasmexport add32
func add32(a, b int32) int32 { return a + b }

//go:wasmexport sub32
func sub32(a, b int32) int32 { return a - b }

//go:wasmexport mul32
func mul32(a, b int32) int32 { return a * b }

//go:wasmexport div32
func div32(a, b int32) int32 { return a / b }

//go:wasmexport rem32
func rem32(a, b int32) int32 { return a % b }

//go:wasmexport neg32
func neg32(a int32) int32 { return -a }

//go:wasmexport avg32
func avg32(a, b int32) int32 { return (a + b) / 2 }

// Quotient and remainder satisfy q*b + r == a.
//
//go:wasmexport mix32
func mix32(a, b int32) int32 {
	q := a / b
	r := a % b
	if q*b+r != a {
		return -1
	}
	return q*100 + r
}

func main() {}
