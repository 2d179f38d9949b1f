// unsafe.Pointer <-> uintptr conversions: round trips, offsets into a package variable's bytes (little-endian), and reinterpreting bits through pointer casts.
//
// run: c-shared
// call: roundtrip 5
// call: halves 81985529216486895
// call: halves -2
// call: bytes 305419896
// call: setbyte 2 255
// call: floatbits 1.5
// call: floatbits -0
// call: f32bits 0x40490fdb
// call: frombits 4611686018427387904
// call: distance
package main

import "unsafe"

var w int64
var v uint32 = 0x11223344
var d float64
var s float32
var a0 int32
var a1 int32

// Converting a pointer to uintptr and back gives the same pointer.
//
//go:wasmexport roundtrip
func roundtrip(n int64) int64 {
	p := unsafe.Pointer(&w)
	u := uintptr(p)
	q := unsafe.Pointer(u)
	*(*int64)(q) = n
	if p != q || uintptr(q) != u {
		return -1
	}
	return w
}

// The low and high 32-bit halves of an int64, read through pointers at offsets 0 and 4.
//
//go:wasmexport halves
func halves(n int64) int64 {
	w = n
	lo := *(*uint32)(unsafe.Pointer(&w))
	hi := *(*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&w)) + 4))
	return int64(hi)*10000000000 + int64(lo%10000)
}

// Sums the four bytes of v weighted by position.
//
//go:wasmexport bytes
func bytes(x uint32) uint64 {
	v = x
	base := uintptr(unsafe.Pointer(&v))
	r := uint64(0)
	for i := uintptr(0); i < 4; i++ {
		r = r*1000 + uint64(*(*uint8)(unsafe.Pointer(base + i)))
	}
	return r
}

//go:wasmexport setbyte
func setbyte(i uint32, b uint32) uint32 {
	v = 0x11223344
	p := (*uint8)(unsafe.Pointer(uintptr(unsafe.Pointer(&v)) + uintptr(i)))
	*p = uint8(b)
	return v
}

//go:wasmexport floatbits
func floatbits(f float64) uint64 {
	d = f
	return *(*uint64)(unsafe.Pointer(&d))
}

//go:wasmexport f32bits
func f32bits(f float32) uint32 {
	s = f
	return *(*uint32)(unsafe.Pointer(&s))
}

//go:wasmexport frombits
func frombits(b uint64) float64 {
	*(*uint64)(unsafe.Pointer(&d)) = b
	return d
}

// Distinct variables have distinct addresses.
//
//go:wasmexport distance
func distance() bool {
	return uintptr(unsafe.Pointer(&a0)) != uintptr(unsafe.Pointer(&a1))
}

func main() {}
