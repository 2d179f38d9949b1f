// Every allowed scalar export type as parameter and result (int32, uint32, int64, uint64, float32, float64, bool, uintptr), mixed in one signature.
//
// run: c-shared
// call: all -1 4294967295 -9223372036854775808 18446744073709551615 1.5 2.25 1 7
// call: all 3 3 3 3 0.5 0.25 0 4294967295
// call: ri32 -5
// call: ru32 -5
// call: ri64 -5
// call: ru64 -5
// call: rf32 -5
// call: rf64 -5
// call: rbool -5
// call: ruptr -5
// call: noargs
// call: noresult 5
// call: check
package main

var last int64

//go:wasmexport all
func all(a int32, b uint32, c int64, d uint64, e float32, f float64, g bool, h uintptr) float64 {
	s := float64(a) + float64(b) + float64(c) + float64(d) + float64(e) + f + float64(h)
	if g {
		s = -s
	}
	return s
}

//go:wasmexport ri32
func ri32(x int64) int32 { return int32(x) }

//go:wasmexport ru32
func ru32(x int64) uint32 { return uint32(x) }

//go:wasmexport ri64
func ri64(x int64) int64 { return x }

//go:wasmexport ru64
func ru64(x int64) uint64 { return uint64(x) }

//go:wasmexport rf32
func rf32(x int64) float32 { return float32(x) / 3 }

//go:wasmexport rf64
func rf64(x int64) float64 { return float64(x) / 3 }

//go:wasmexport rbool
func rbool(x int64) bool { return x < 0 }

//go:wasmexport ruptr
func ruptr(x int64) uintptr { return uintptr(x) }

//go:wasmexport noargs
func noargs() int64 { return 123456789012345 }

//go:wasmexport noresult
func noresult(x int64) { last = x * 2 }

//go:wasmexport check
func check() int64 { return last }

func main() {}
