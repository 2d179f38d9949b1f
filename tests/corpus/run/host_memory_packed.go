// Results packed as ptr<<32 | len, compared by the len bytes at ptr: a string package variable's bytes (its data word read through unsafe), a string built on the heap from a host's string, an empty string, and a package variable's own bytes, which the host then overwrites.
//
// run: c-shared
// call: greeting => packed
// call: greet str:gopher
// call: last => packed
// call: greet str:\sé\\
// call: last => $l packed
// read: $l 4
// call: empty => packed
// call: self => packed
// call: self => $n packed
// write: $n hex:0900000000000080
// call: get
package main

import "unsafe"

var greeting = "hello, host"
var last string
var none string
var n int64 = -2

// The string's data pointer is its first word (Go's layout on wasm).
func pack(s *string) uint64 {
	p := *(*uintptr)(unsafe.Pointer(s))
	return uint64(p)<<32 | uint64(len(*s))
}

//go:wasmexport greeting
func greetingPacked() uint64 { return pack(&greeting) }

//go:wasmexport greet
func greet(name string) { last = "hi, " + name + "!" }

//go:wasmexport last
func lastPacked() uint64 { return pack(&last) }

//go:wasmexport empty
func empty() uint64 { return pack(&none) }

//go:wasmexport self
func self() uint64 { return uint64(uintptr(unsafe.Pointer(&n)))<<32 | 8 }

//go:wasmexport get
func get() int64 { return n }

func main() {}
