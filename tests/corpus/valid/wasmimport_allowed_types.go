// wasmimport declarations with allowed parameter and result types compile and can be called.
package main

import "unsafe"

//go:wasmimport env i32
func i32(a int32, b uint32) int32

//go:wasmimport env i64
func i64(a int64, b uint64) uint64

//go:wasmimport env floats
func floats(a float32, b float64) float64

//go:wasmimport env flag
func flag(b bool) bool

//go:wasmimport env ptrs
func ptrs(p unsafe.Pointer, u uintptr, q *int32, f *float64) unsafe.Pointer

//go:wasmimport env notify
func notify()

//go:wasmexport run
func run(x int32, p unsafe.Pointer, q *int32, d *float64) float64 {
	notify()
	if flag(i32(x, 1) > 0) {
		ptrs(p, uintptr(x), q, d)
		return floats(1, 2) + float64(i64(3, 4))
	}
	return *d
}

func main() {}
