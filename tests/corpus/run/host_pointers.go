// Pointer parameters and results of exports: *int32, *[N]T and
// unsafe.Pointer parameters read and written in the host's own memory
// (passed with str: arguments), nil pointers passed as 0, pointer results
// to package arrays (table, not called) and nil ones, and package state
// changed through pointers that later calls read.
//
// run: c-shared
// call: words str:abcdefghijklmnop
// call: words 0 0
// call: reverse str:12345678
// call: text str:hello
// call: text str:hullo
// call: isnil 0
// call: settable 2 40
// call: settable 0 -5
// call: tablesum
// call: pick 9
// call: pick 2
// call: tablesum
package main

import "unsafe"

var table [4]int32

//go:wasmexport table
func tableptr() *[4]int32 { return &table }

//go:wasmexport pick
func pick(i int32) *int32 {
	if i >= int32(len(table)) {
		return nil
	}
	table[i]++
	return nil
}

//go:wasmexport settable
func settable(i, v int32) int32 {
	p := tableptr()
	e := &p[i]
	*e += v
	return table[i]
}

//go:wasmexport tablesum
func tablesum() int32 {
	s := int32(0)
	for _, v := range tableptr() {
		s += v
	}
	return s
}

//go:wasmexport words
func words(p *[4]uint32, n int32) int64 {
	if p == nil {
		return -1
	}
	t := int64(0)
	for i := range p {
		t = t*3 + int64(p[i]%1000)
	}
	return t + int64(n)
}

//go:wasmexport reverse
func reverse(p *[8]uint8, n int32) uint64 {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return *(*uint64)(unsafe.Pointer(p))
}

//go:wasmexport text
func text(p unsafe.Pointer, n int32) int32 {
	s := unsafe.String((*byte)(p), n)
	if s == "hello" {
		return 1
	}
	b := (*[2]byte)(p)
	return int32(b[1])
}

//go:wasmexport isnil
func isnil(p *int32) bool { return p == nil }

func main() {}
