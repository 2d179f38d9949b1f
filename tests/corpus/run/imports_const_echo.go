// Host imports with const and echo actions, of all four wasm value types, called from exports in c-shared mode.
//
// run: c-shared
// import: env answer () (i32) const:42
// import: env big () (i64) const:-9223372036854775808
// import: env half () (f64) const:0.5
// import: env third () (f32) const:0.333
// import: env echo32 (i32) (i32) echo
// import: env echo64 (i64) (i64) echo
// import: env echof (f64) (f64) echo
// import: env echof32 (f32) (f32) echo
// import: env sink (i32 i64) () echo
// call: ints 7
// call: floats 3
// call: wrap 4294967295
// call: narrowf 0.1
// call: nanback nan
// call: negzero -0
package main

//go:wasmimport env answer
func answer() int32

//go:wasmimport env big
func big() int64

//go:wasmimport env half
func half() float64

//go:wasmimport env third
func third() float32

//go:wasmimport env echo32
func echo32(x int32) int32

//go:wasmimport env echo64
func echo64(x int64) int64

//go:wasmimport env echof
func echof(x float64) float64

//go:wasmimport env echof32
func echof32(x float32) float32

//go:wasmimport env sink
func sink(a int32, b int64)

//go:wasmexport ints
func ints(x int32) int64 {
	sink(x, int64(x))
	return int64(answer()+echo32(x)) + big()/1000000000 + echo64(int64(x)<<40)
}

//go:wasmexport floats
func floats(x float64) float64 { return echof(x)*half() + float64(third()) }

// A uint32 passes through an i32 import and comes back unchanged.
//
//go:wasmexport wrap
func wrap(x uint32) uint64 { return uint64(uint32(echo32(int32(x)))) }

//go:wasmexport narrowf
func narrowf(x float32) float32 { return echof32(x) * 3 }

//go:wasmexport nanback
func nanback(x float64) bool { y := echof(x); return y != y }

//go:wasmexport negzero
func negzero(x float64) float64 { return 1 / echof(x) }

func main() {}
