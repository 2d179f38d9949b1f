// structs.HostLayout structs shared with the host: exports that return a
// *H to a package variable (get, not called: its result is an address) or
// nil (find with an index out of range), exports that take *H and read it
// (nil, or the host's own bytes passed through a str: argument), the
// alignment of the variable and its fields, and setters whose effects the
// next call observes.
//
// run: c-shared
// call: run
// call: aligned
// call: seta 7
// call: setb 2.5
// call: total
// call: setc 1 -4
// call: total
// call: find 5
// call: find -1
// call: sum 0
// call: decode str:ABCDefgh12345678
// call: decode str:short
// call: decode 0 0
package main

import (
	"structs"
	"unsafe"
)

type H struct {
	_ structs.HostLayout
	a int32
	b float64
	c [3]int16
	d bool
}

type wire struct {
	_    structs.HostLayout
	tag  [4]uint8
	n    uint32
	rest [8]uint8
}

var shared H
var pool [3]H

//go:wasmexport get
func get() *H { return &shared }

//go:wasmexport find
func find(i int32) *H {
	if i < 0 || i >= int32(len(pool)) {
		return nil
	}
	return &pool[i]
}

//go:wasmexport sum
func sum(p *H) float64 {
	if p == nil {
		return -1
	}
	t := float64(p.a) + p.b
	for _, v := range p.c {
		t += float64(v)
	}
	if p.d {
		t *= 2
	}
	return t
}

//go:wasmexport aligned
func aligned() int32 {
	r := int32(uintptr(unsafe.Pointer(&shared)) % 8)
	r = r*10 + int32(uintptr(unsafe.Pointer(&shared.b))%8)
	r = r*10 + int32(uintptr(unsafe.Pointer(&pool[1]))%8)
	return r*100 + int32(unsafe.Sizeof(shared))
}

//go:wasmexport seta
func seta(v int32) { shared.a = v }

//go:wasmexport setb
func setb(v float64) { get().b = v }

//go:wasmexport setc
func setc(i int32, v int32) {
	p := &shared
	p.c[i] = int16(v)
	p.d = true
}

//go:wasmexport total
func total() float64 {
	pool[0] = shared
	pool[0].a++
	return sum(get()) + sum(&pool[0])
}

//go:wasmexport decode
func decode(w *wire, n int32) int64 {
	if w == nil || n < int32(unsafe.Sizeof(*w)) {
		return -1
	}
	println(w.tag[0], w.tag[3], w.n, w.rest[7])
	return int64(w.n)<<8 | int64(w.tag[1])
}

//go:wasmexport run
func run() int32 {
	println(unsafe.Sizeof(H{}), unsafe.Offsetof(shared.b), unsafe.Offsetof(shared.c), unsafe.Offsetof(shared.d))
	println(unsafe.Sizeof(wire{}), unsafe.Alignof(wire{}))
	return int32(unsafe.Sizeof(pool))
}

func main() {}
