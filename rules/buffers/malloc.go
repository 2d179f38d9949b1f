// rules/buffers/malloc.go — compiled with the program whenever the
// buffers rule set is chosen (it is a file of package main, like the
// program's own): the module exports malloc and free, with which a host
// hands buffers in.
//
// malloc(size) allocates size bytes (at least one, so that every buffer has
// an address of its own) on the collector's heap and keeps the slice in
// buffersPinned until free(ptr): a package variable is a root, so the block
// stays marked across collections, and the collector never moves a block,
// so the address stays valid. free forgets the slice; the next collection
// that finds nothing else using the block reuses it. free of an address
// malloc did not return, or returned and was already freed, does nothing.
//
// The names start with buffers so that a program's own declarations are
// unlikely to meet them; a program that declares them, or exports malloc
// or free itself, gets Go's error for a duplicate name.

package main

import "unsafe"

var buffersPinned map[uintptr][]byte

//go:wasmexport malloc
func buffersMalloc(size uint32) unsafe.Pointer {
	if size == 0 {
		size = 1
	}
	b := make([]byte, size)
	p := unsafe.Pointer(&b[0])
	if buffersPinned == nil {
		buffersPinned = make(map[uintptr][]byte)
	}
	buffersPinned[uintptr(p)] = b
	return p
}

//go:wasmexport free
func buffersFree(p unsafe.Pointer) {
	delete(buffersPinned, uintptr(p))
}
