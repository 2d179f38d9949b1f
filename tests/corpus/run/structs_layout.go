// Struct layout on wasm: padding after an int8 before an int64, field
// offsets, sizes and alignments (unsafe.Sizeof/Alignof/Offsetof), zero-size
// fields in the middle and at the end (a trailing zero-size field gets a
// padding word), struct{} values and arrays of them, and field addresses
// measured from the struct's own address at run time.
//
// run: c-shared
// call: run
// call: offsets
// call: distance 0
// call: distance 1
// call: distance 2
// call: distance 3
// call: empties 4
package main

import "unsafe"

type mixed struct {
	a int8
	b int64
	c int8
	d int16
	e int32
}

type zmid struct {
	a int32
	z struct{}
	b int32
}

type ztail struct {
	a int64
	z [0]int64
}

type zonly struct {
	e struct{}
	f [0]string
}

type withString struct {
	flag bool
	s    string
	f    float32
}

var m mixed
var events [5]struct{}

//go:wasmexport run
func run() int32 {
	println(unsafe.Sizeof(m), unsafe.Alignof(m), unsafe.Alignof(m.c))
	println(unsafe.Sizeof(zmid{}), unsafe.Sizeof(ztail{}), unsafe.Sizeof(zonly{}))
	println(unsafe.Sizeof(withString{}), unsafe.Alignof(withString{}.s))
	println(unsafe.Sizeof(events), unsafe.Sizeof([3]mixed{}))
	println(unsafe.Sizeof(struct {
		a bool
		b [3]int16
	}{}))
	return int32(unsafe.Sizeof(m) + unsafe.Sizeof(ztail{}))
}

//go:wasmexport offsets
func offsets() int64 {
	var w withString
	var z zmid
	println(unsafe.Offsetof(m.b), unsafe.Offsetof(m.c), unsafe.Offsetof(m.d), unsafe.Offsetof(m.e))
	println(unsafe.Offsetof(w.s), unsafe.Offsetof(w.f), unsafe.Offsetof(z.z), unsafe.Offsetof(z.b))
	return int64(unsafe.Offsetof(m.e)*100 + unsafe.Offsetof(w.f))
}

//go:wasmexport distance
func distance(which int32) int32 {
	var x mixed
	base := uintptr(unsafe.Pointer(&x))
	var f uintptr
	switch which {
	case 0:
		f = uintptr(unsafe.Pointer(&x.b))
	case 1:
		f = uintptr(unsafe.Pointer(&x.c))
	case 2:
		f = uintptr(unsafe.Pointer(&x.d))
	default:
		f = uintptr(unsafe.Pointer(&x.e))
	}
	x.d = 3
	return int32(f-base) + int32(x.d)*100
}

//go:wasmexport empties
func empties(n int32) int32 {
	count := int32(0)
	for i := int32(0); i < n; i++ {
		events[i] = struct{}{}
		count++
	}
	var z zmid
	z.a, z.b = n, -n
	e := z.z
	_ = e
	for range events {
		count++
	}
	return count*10 + z.a + z.b
}

func main() {}
