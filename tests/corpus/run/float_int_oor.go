// Float to integer conversions out of range: NaN, infinities and too-large values, to signed, unsigned and narrow types (the results are whatever Go produces).
//
// run: c-shared
// call: d2i nan
// call: d2i inf
// call: d2i -inf
// call: d2i 1e20
// call: d2i -1e20
// call: d2u nan
// call: d2u inf
// call: d2u -1
// call: d2u -1e20
// call: d2u 1e20
// call: d2i32 nan
// call: d2i32 1e10
// call: d2i32 -1e10
// call: d2u32 -1.5
// call: d2u32 1e10
// call: d2i8 300
// call: d2i8 -300
// call: d2u8 300
// call: d2u8 -1
// call: f2i nan
// call: f2i -inf
// call: f2u -2
// call: f2i32 3e9
package main

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
func f2u(f float32) uint64 { return uint64(f) }

//go:wasmexport f2i32
func f2i32(f float32) int32 { return int32(f) }

func main() {}
