// runtime.Pinner in a program: setup pins a buffer and keeps its address
// only disguised (xor a mask, so that the conservative collector does not
// take the integer for a pointer); collections with garbage of the same
// size in between leave the pinned bytes intact. A Pinner made by new pins
// an object given as an unsafe.Pointer, and a nil pointer pins nothing;
// after Unpin the collector may take them again.
//
// run: exe
package main

import (
	"runtime"
	"unsafe"
)

type node struct {
	next *node
	v    int
}

var pinner runtime.Pinner
var addr uintptr

const mask = 0x5555_0000_0000

var keep [][]byte

func churn() {
	for i := 0; i < 20; i++ {
		runtime.GC()
		var h *node
		for j := 0; j < 100; j++ {
			h = &node{next: h, v: j}
			b := make([]byte, 256)
			for k := range b {
				b[k] = 0xAA
			}
			if j%10 == 0 {
				keep = append(keep, b)
			}
		}
	}
	keep = nil
}

func setup() {
	buf := make([]byte, 256)
	for i := range buf {
		buf[i] = byte(i)
	}
	pinner.Pin(&buf[0])
	addr = uintptr(unsafe.Pointer(&buf[0])) ^ mask
}

func main() {
	setup()
	churn()
	s := 0
	for i := 0; i < 256; i++ {
		s += int(*(*byte)(unsafe.Pointer(addr^mask + uintptr(i))))
	}
	println(s)
	pinner.Unpin()
	churn()
	p := new(runtime.Pinner)
	n := &node{v: 5}
	p.Pin(unsafe.Pointer(n))
	var none *node
	p.Pin(none)
	p.Pin(n)
	println(n.v)
	p.Unpin()
	p.Unpin()
	churn()
}
