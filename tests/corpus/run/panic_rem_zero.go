// Integer remainder by zero of a narrow unsigned type panics like division does.
//
// run: c-shared
// call: rem8 300 7
// call: rem8 7 256
package main

//go:wasmexport rem8
func rem8(a, b uint32) uint32 {
	x := uint8(a)
	y := uint8(b)
	println("rem8", x, y)
	return uint32(x % y)
}

func main() {}
