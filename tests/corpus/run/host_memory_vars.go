// The host reads and writes package variables through the addresses exports return: pointer results compared by the bytes they point to (never by the address), host writes that later calls observe, and bound addresses passed back as pointer parameters.
//
// run: c-shared
// call: counter => mem:8
// call: bump 5
// call: counter => $c mem:8
// write: $c hex:2a00000000000000
// call: load
// read: $c 8
// call: add $c 256
// read: $c 8
// write: $c+4 hex:01
// call: load
// call: word => $w mem:4
// write: $w hex:feffffff
// call: add32 $w 3
// read: $w 4
// call: flag => $f mem:1
// write: $f hex:01
// call: isset
// call: where => mem:8
// call: none => mem:8
// call: none => $z
// call: deref $z
package main

import "unsafe"

var counter int64 = 3
var word int32 = -7
var flag bool
var ratio float64 = 0.5

//go:wasmexport counter
func counterPtr() *int64 { return &counter }

//go:wasmexport bump
func bump(n int64) { counter += n }

//go:wasmexport load
func load() int64 { return counter }

//go:wasmexport add
func add(p *int64, v int64) int64 {
	*p += v
	return *p
}

//go:wasmexport word
func wordPtr() *int32 { return &word }

//go:wasmexport add32
func add32(p *int32, v int32) int32 {
	*p += v
	return word
}

//go:wasmexport flag
func flagPtr() *bool { return &flag }

//go:wasmexport isset
func isset() bool { return flag }

// A uintptr result is an address too.
//
//go:wasmexport where
func where() uintptr { return uintptr(unsafe.Pointer(&ratio)) }

//go:wasmexport none
func none() *int64 { return nil }

//go:wasmexport deref
func deref(p *int64) int64 { return *p }

func main() {}
