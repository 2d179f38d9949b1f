// Integer to float and float to integer conversions in range: rounding of large integers, truncation toward zero, unsigned sources above MaxInt64.
//
// run: c-shared
// call: i2d 9007199254740993
// call: i2d -9223372036854775808
// call: u2d 18446744073709551615
// call: u2d 9223372036854777856
// call: u2d 9223372036854776833
// call: u2d 9223372036854776832
// call: u2d 9223372036854779904
// call: i2f 16777217
// call: i2f -2147483648
// call: u2f 4294967295
// call: d2i 2.9
// call: d2i -2.9
// call: d2i -0
// call: d2i 9.2233720368547748e18
// call: d2u 1.8446744073709550e19
// call: d2u 9.3e18
// call: d2i32 -2147483648.9
// call: d2u32 4294967295.5
// call: d2i8 -128.7
// call: d2u8 255.9
// call: f2i 16777216.0
// call: f2u 3.99
// call: small 3
package main

//go:wasmexport i2d
func i2d(a int64) float64 { return float64(a) }

//go:wasmexport u2d
func u2d(a uint64) float64 { return float64(a) }

//go:wasmexport i2f
func i2f(a int32) float32 { return float32(a) }

//go:wasmexport u2f
func u2f(a uint32) float32 { return float32(a) }

//go:wasmexport d2i
func d2i(f float64) int64 { return int64(f) }

//go:wasmexport d2u
func d2u(f float64) uint64 { return uint64(f) }

//go:wasmexport d2i32
func d2i32(f float64) int32 { return int32(f) }

//go:wasmexport d2u32
func d2u32(f float64) uint32 { return uint32(f) }

//go:wasmexport d2i8
func d2i8(f float64) int32 { return int32(int8(f)) }

//go:wasmexport d2u8
func d2u8(f float64) uint32 { return uint32(uint8(f)) }

//go:wasmexport f2i
func f2i(f float32) int64 { return int64(f) }

//go:wasmexport f2u
func f2u(f float32) uint32 { return uint32(f) }

// Narrow integer types convert to float through their own value.
//
//go:wasmexport small
func small(a int32) float64 {
	b := int8(a * 50)
	c := uint16(a * 30000)
	d := uint8(-a)
	return float64(b) + float64(c)/4 + float64(d)*0.5 + float64(int(a))
}

func main() {}
