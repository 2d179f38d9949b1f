// In exe mode main calls a host import that calls back into an export of the module while main is still running, then prints the result.
//
// run: exe
// import: env hostcb (i32) (i32) callback:bump
// import: env hostcb64 (i64 i64) (i64) callback:mul
// call: bump 1
// call: count
package main

//go:wasmimport env hostcb
func hostcb(x int32) int32

//go:wasmimport env hostcb64
func hostcb64(a, b int64) int64

var counter int32

//go:wasmexport bump
func bump(x int32) int32 {
	counter += x
	println("bump", x, "counter", counter)
	return counter * 10
}

//go:wasmexport mul
func mul(a, b int64) int64 { return a * b }

//go:wasmexport count
func count() int32 { return counter }

func main() {
	println("before", counter)
	r := hostcb(5)
	println("hostcb(5) =", r, "counter", counter)
	r = hostcb(2) + hostcb(3)
	println("sum =", r, "counter", counter)
	println("hostcb64 =", hostcb64(-3, 1<<40))
}
