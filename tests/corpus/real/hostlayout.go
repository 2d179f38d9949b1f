// Pointer parameters to structs.HostLayout structs, arrays and scalars;
// unsafe.Pointer and uintptr; bool results.
// run: c-shared
// call: point => $p
// call: area $p
// call: valid $p
// call: bump $p+8
// call: area $p
package main

import (
	"structs"
	"unsafe"
)

type Point struct {
	_    structs.HostLayout
	X, Y int32
	Tags [2]uint8
	W    float64
}

var p = &Point{X: 3, Y: 4, W: 1.5}

//go:wasmexport point
func point() unsafe.Pointer { return unsafe.Pointer(p) }

//go:wasmexport area
func area(q *Point) float64 { return float64(q.X*q.Y) * q.W }

//go:wasmexport valid
func valid(q *Point) bool { return q != nil && q.X > 0 }

//go:wasmexport bump
func bump(w *float64) uintptr {
	*w *= 2
	return uintptr(unsafe.Pointer(w))
}

func main() {}
