// float32 <-> float64 conversions and float32 arithmetic rounding: each float32 operation rounds to single precision.
//
// run: c-shared
// call: narrow 0.1
// call: narrow 1e39
// call: narrow -1e39
// call: narrow 1e-46
// call: narrow -1e-46
// call: narrow nan
// call: narrow 16777217
// call: widen 0.1
// call: widen -0
// call: widen inf
// call: round 0.1
// call: sum32 10
// call: sum64 10
// call: accum 1
// call: third 1
// call: bits 0x3f800001
package main

//go:wasmexport narrow
func narrow(f float64) float32 { return float32(f) }

//go:wasmexport widen
func widen(f float32) float64 { return float64(f) }

// Round-tripping through float32 loses precision.
//
//go:wasmexport round
func round(f float64) float64 { return float64(float32(f)) }

//go:wasmexport sum32
func sum32(n int32) float32 {
	var s float32
	for i := int32(0); i < n; i++ {
		s += 0.1
	}
	return s
}

//go:wasmexport sum64
func sum64(n int32) float64 {
	var s float64
	for i := int32(0); i < n; i++ {
		s += 0.1
	}
	return s
}

// 16777216 + 1 is not representable in float32: the sum stays put.
//
//go:wasmexport accum
func accum(step float32) float32 {
	var s float32 = 16777216
	for i := 0; i < 100; i++ {
		s += step
	}
	return s
}

//go:wasmexport third
func third(x float32) float64 {
	y := x / 3
	z := float64(x) / 3
	return float64(y) - z
}

//go:wasmexport bits
func bits(x float32) float32 { return x*x - 1 }

func main() {}
