// The malloc idiom on what wexlab compiles today: alloc returns the address of an 8-byte package buffer (slices come later), the host writes bytes there, and exports read and write them through uintptr arithmetic on an unsafe.Pointer parameter.
//
// run: c-shared
// call: alloc 5 => $buf
// write: $buf hex:0102030405
// call: sum $buf 5
// write: $buf+3 hex:ff
// call: sum $buf 5
// read: $buf 8
// write: $buf str:héllo hex:21
// call: sum $buf 7
// call: at $buf 1
// call: at $buf+1 1
// call: fill $buf+2 6 7
// read: $buf 8
// read: $buf+6 2
// call: alloc 9 => $big
// call: alloc 8 => mem:8
package main

import "unsafe"

var scratch int64

//go:wasmexport alloc
func alloc(n int32) unsafe.Pointer {
	if n > 8 {
		return nil
	}
	return unsafe.Pointer(&scratch)
}

func byteAt(p unsafe.Pointer, i int32) *uint8 {
	return (*uint8)(unsafe.Pointer(uintptr(p) + uintptr(i)))
}

//go:wasmexport sum
func sum(p unsafe.Pointer, n int32) int32 {
	t := int32(0)
	for i := int32(0); i < n; i++ {
		t += int32(*byteAt(p, i))
	}
	return t
}

//go:wasmexport at
func at(p unsafe.Pointer, i int32) int32 { return int32(*byteAt(p, i)) }

//go:wasmexport fill
func fill(p unsafe.Pointer, n int32, v int32) {
	for i := int32(0); i < n; i++ {
		*byteAt(p, i) = uint8(v + i)
	}
}

func main() {}
