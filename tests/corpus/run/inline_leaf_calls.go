// Calls of small leaf functions, which wexlab builds in place
// (src/ir/inline.rs), beside look-alikes that stay calls: arguments with
// side effects in Go's order, a helper's result used twice, helpers of
// helpers' results, constant shifts and divisions, conversions between
// integers and floats, bool results, a method of a named integer type, and
// a division by a parameter, whose panic must stay.
//
// run: c-shared
// call: lcg 5 7
// call: order 3
// call: twiceUsed 9
// call: nested 4
// call: arith -17 5
// call: arith 17 -5
// call: floats 7
// call: floats -3
// call: compare 3 4
// call: compare 4 3
// call: method 21
// call: narrow 300
// call: divides 10 3
// call: divides 10 0
package main

func next(x uint32) uint32 { return x*1664525 + 1013904223 }

// lcg steps the generator n times.
//
//go:wasmexport lcg
func lcg(seed, n int32) uint32 {
	x := uint32(seed)
	for i := int32(0); i < n; i++ {
		x = next(x)
	}
	return x
}

var log int64

func note(v int64) int64 {
	log = log*10 + v
	return v
}

func mix(a, b, c int64) int64 { return a*100 + b*10 + c }

// order: the arguments' side effects happen in Go's order, once each.
//
//go:wasmexport order
func order(k int32) int64 {
	log = 0
	v := int64(k)
	r := mix(note(v), note(v+1), note(v+2))
	return r*1000000 + log
}

func square(x int64) int64 { return x * x }

//go:wasmexport twiceUsed
func twiceUsed(k int32) int64 {
	v := int64(k)
	return square(v) + square(square(v)-1) + square(note(v))
}

func half(x int32) int32    { return x / 2 }
func quarter(x int32) int32 { return half(x) / 2 }

//go:wasmexport nested
func nested(k int32) int32 {
	return quarter(k*10) + half(half(k+1))
}

func shifted(x int64) int64 { return x<<3 ^ x>>2 }
func modded(x int64) int64  { return x%7 - x/-3 }

//go:wasmexport arith
func arith(a, b int32) int64 {
	x := int64(a) * int64(b)
	return shifted(x)*1000 + modded(x)
}

func scale(x int32) float64 { return float64(x)*1.5 - 0.25 }
func round(f float64) int64 { return int64(f + 0.5) }

//go:wasmexport floats
func floats(k int32) int64 {
	return round(scale(k)) + round(-scale(k*2))
}

func less(a, b int32) bool { return a < b }
func both(a, b bool) bool  { return a && !b }

//go:wasmexport compare
func compare(a, b int32) int32 {
	if both(less(a, b), less(b, a)) {
		return 1
	}
	if less(a, b) || both(true, less(a, a)) {
		return 2
	}
	return 3
}

type celsius int32

func (c celsius) fahrenheit() int32 { return int32(c)*9/5 + 32 }

//go:wasmexport method
func method(k int32) int32 {
	return celsius(k).fahrenheit()
}

func low(x int32) uint8 { return uint8(x) }

//go:wasmexport narrow
func narrow(k int32) int32 {
	return int32(low(k)) + int32(int8(low(k+100)))
}

func ratio(a, b int32) int32 { return a / b }

// ratio divides by its parameter: still a call, and it panics at zero
// after note's side effect. Last: the panic is not recovered.
//
//go:wasmexport divides
func divides(a, b int32) int64 {
	log = 0
	return int64(ratio(int32(note(int64(a))), b))*100 + log
}

func main() {}
