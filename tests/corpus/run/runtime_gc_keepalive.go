// import "runtime": runtime.GC() collects, five times with garbage made in
// between, while a linked list, a slice, a string and an unsafe.Pointer
// into the slice are held only by the function's variables, which must
// stay intact (a list freed and reused would sum differently);
// runtime.KeepAlive keeps each of them in use up to its call.
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

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, v: i}
	}
	return head
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

func main() {
	h := build(1000)
	buf := make([]byte, 64)
	s := string(buf[:3])
	p := unsafe.Pointer(&buf[0])
	for i := 0; i < 5; i++ {
		_ = build(2000)
		runtime.GC()
	}
	buf[0] = 7
	println(sum(h), len(buf), len(s), *(*byte)(p))
	runtime.KeepAlive(h)
	runtime.KeepAlive(buf)
	runtime.KeepAlive(s)
	runtime.KeepAlive(p)
}
