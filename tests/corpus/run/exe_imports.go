// In exe mode main calls host imports with const and echo actions and prints what they return; an export calls one after main returned.
//
// run: exe
// import: env seed () (i64) const:1234567
// import: env scale () (f64) const:2.5
// import: env echo (i32) (i32) echo
// import: env echof (f32) (f32) echo
// import: env note (i64) () echo
// call: later 9
package main

//go:wasmimport env seed
func seed() int64

//go:wasmimport env scale
func scale() float64

//go:wasmimport env echo
func echo(x int32) int32

//go:wasmimport env echof
func echof(x float32) float32

//go:wasmimport env note
func note(x int64)

var state int64

//go:wasmexport later
func later(x int32) int64 {
	println("later", x, echo(x*2))
	return state + int64(echo(x))
}

func main() {
	state = seed()
	println("seed", state)
	println("scaled", float64(state)*scale())
	note(state)
	println("echo", echo(-7), echo(2147483647)+1)
	println("echof", echof(0.1), echof(-1)/0)
	state = state % 1000
}
