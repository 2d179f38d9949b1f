// An import may take more than 16 wasm parameters (only exports are limited); each argument arrives at its place, whatever its type.
//
// run: c-shared
// import: env pick0 (i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (i32) echo:0
// import: env pick19 (i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (i32) echo:19
// import: env mixed (i64 f64 f32 i32 i64 f64 f32 i32 i64 f64 f32 i32 i64 f64 f32 i32 i64 f64) (f64) echo:17
// import: env mixedi (i64 f64 f32 i32 i64 f64 f32 i32 i64 f64 f32 i32 i64 f64 f32 i32 i64 f64) (i64) echo:16
// call: first 7
// call: last 7
// call: lastf 0.25
// call: lasti -9
package main

//go:wasmimport env pick0
func pick0(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19 int32) int32

//go:wasmimport env pick19
func pick19(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19 int32) int32

//go:wasmimport env mixed
func mixed(a int64, b float64, c float32, d uint32, e int64, f float64, g float32, h uint32, i int64, j float64, k float32, l uint32, m int64, n float64, o float32, p uint32, q int64, r float64) float64

//go:wasmimport env mixedi
func mixedi(a int64, b float64, c float32, d uint32, e int64, f float64, g float32, h uint32, i int64, j float64, k float32, l uint32, m int64, n float64, o float32, p uint32, q int64, r float64) int64

//go:wasmexport first
func first(x int32) int32 {
	return pick0(x, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
}

//go:wasmexport last
func last(x int32) int32 {
	return pick19(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, x*3)
}

//go:wasmexport lastf
func lastf(x float64) float64 {
	return mixed(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, x+1)
}

//go:wasmexport lasti
func lasti(x int64) int64 {
	return mixedi(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, x*x, 18)
}

func main() {}
