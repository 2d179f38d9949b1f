// The malloc idiom with real slices: alloc makes a buffer, keeps it in a
// package slice so that it stays alive, and returns its address; the host
// writes bytes into it; sum and checksum read them through unsafe.Slice;
// pack returns a string's pointer and length packed into one uint64, and
// words returns a struct the host reads through a pointer.
//
// run: c-shared
// call: alloc 5 => $buf
// write: $buf hex:0102030405
// call: sum $buf 5
// write: $buf+3 hex:ff
// call: sum $buf 5
// read: $buf 5
// call: alloc 64 => $big
// write: $big str:the\squick\sbrown\sfox
// call: checksum $big 19
// call: upper $big 19
// read: $big 19
// call: pack 3 => packed
// call: pack 0 => packed
// call: words 7 => mem:24
// call: joined str:wasm str:export => packed
// call: kept
package main

import (
	"structs"
	"unsafe"
)

var buffers [][]byte

//go:wasmexport alloc
func alloc(n int32) unsafe.Pointer {
	buf := make([]byte, n)
	buffers = append(buffers, buf)
	return unsafe.Pointer(&buf[0])
}

func view(p unsafe.Pointer, n int32) []byte {
	return unsafe.Slice((*byte)(p), n)
}

//go:wasmexport sum
func sum(p unsafe.Pointer, n int32) int32 {
	t := int32(0)
	for _, b := range view(p, n) {
		t += int32(b)
	}
	return t
}

//go:wasmexport checksum
func checksum(p unsafe.Pointer, n int32) uint32 {
	var h uint32 = 2166136261
	for _, b := range view(p, n) {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

//go:wasmexport upper
func upper(p unsafe.Pointer, n int32) int32 {
	b := view(p, n)
	changed := int32(0)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
			changed++
		}
	}
	return changed
}

var names = []string{"", "one", "two", "three"}

var last string

//go:wasmexport pack
func pack(i int32) uint64 {
	s := names[i]
	if len(s) == 0 {
		return 0
	}
	return uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))<<32 | uint64(len(s))
}

type triple struct {
	_    structs.HostLayout
	a, b int64
	c    int64
}

var cell triple

//go:wasmexport words
func words(k int32) *triple {
	cell = triple{a: int64(k), b: int64(k) * 10, c: -int64(k)}
	return &cell
}

//go:wasmexport joined
func joined(a, b string) uint64 {
	parts := []string{a, "+", b}
	s := ""
	for _, p := range parts {
		s += p
	}
	last = s
	return uint64(uintptr(unsafe.Pointer(unsafe.StringData(last))))<<32 | uint64(len(last))
}

//go:wasmexport kept
func kept() int32 {
	n := int32(0)
	for _, b := range buffers {
		n += int32(len(b))
	}
	return n*100 + int32(len(buffers))
}

func main() {}
