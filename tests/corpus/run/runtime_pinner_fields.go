// runtime.Pinner as a struct field and through copies: a copy shares the
// pins of the Pinner it was copied from (Unpin through either undoes
// them); pinned objects held by nothing else survive collections, read
// back through addresses kept only by the host between calls; pinning the
// same object twice, a nil pointer or a package variable is allowed.
//
// run: c-shared
// call: setup 12 => $p
// call: churn 20
// call: total $p
// call: copyunpin
// call: churn 3
// call: twice
package main

import (
	"runtime"
	"unsafe"
)

type arena struct {
	pinner runtime.Pinner
	count  int32
}

var global arena
var counter int64

//go:wasmexport setup
func setup(n int32) unsafe.Pointer {
	xs := make([]int64, n)
	for i := range xs {
		xs[i] = int64(i * i)
	}
	global.pinner.Pin(&xs[0])
	global.pinner.Pin(&counter)
	var none *int64
	global.pinner.Pin(none)
	global.count = n
	return unsafe.Pointer(&xs[0])
}

//go:wasmexport churn
func churn(rounds int32) int32 {
	var t int32
	for r := int32(0); r < rounds; r++ {
		for i := 0; i < 40; i++ {
			junk := make([]int64, 12)
			for k := range junk {
				junk[k] = -1
			}
			t += int32(len(junk))
		}
		runtime.GC()
	}
	return t
}

//go:wasmexport total
func total(p unsafe.Pointer) int64 {
	var s int64
	for _, x := range unsafe.Slice((*int64)(p), global.count) {
		s += x
	}
	return s
}

//go:wasmexport copyunpin
func copyunpin() {
	c := global.pinner
	c.Unpin()
}

//go:wasmexport twice
func twice() int32 {
	var p runtime.Pinner
	b := &arena{count: 3}
	p.Pin(b)
	p.Pin(b)
	p.Pin(unsafe.Pointer(b))
	runtime.GC()
	p.Unpin()
	return b.count
}

func main() {}
