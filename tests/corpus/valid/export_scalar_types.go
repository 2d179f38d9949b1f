// wasmexport accepts every allowed scalar parameter and result type.
package main

import "unsafe"

//go:wasmexport scalars
func scalars(a int32, b uint32, c int64, d uint64, e float32, f float64, g bool, h unsafe.Pointer, i uintptr) {
}

//go:wasmexport ri32
func ri32(a int32) int32 { return a }

//go:wasmexport ru32
func ru32(a uint32) uint32 { return a + 1 }

//go:wasmexport ri64
func ri64(a int64) int64 { return -a }

//go:wasmexport ru64
func ru64(a uint64) uint64 { return a * 2 }

//go:wasmexport rf32
func rf32(a float32) float32 { return a / 2 }

//go:wasmexport rf64
func rf64(a float64) float64 { return a * a }

//go:wasmexport rbool
func rbool(a int32) bool { return a != 0 }

//go:wasmexport rptr
func rptr(p unsafe.Pointer) unsafe.Pointer { return p }

//go:wasmexport ruintptr
func ruintptr(p uintptr) uintptr { return p + 8 }

func main() {}
