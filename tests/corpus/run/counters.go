// Package state persists across export calls: counters of several widths that wrap, and an accumulator updated by one export and read by another.
//
// run: c-shared
// call: tick
// call: tick
// call: tick
// call: bump8 100
// call: bump8 100
// call: bump8 100
// call: add 5
// call: add -2
// call: total
// call: reset
// call: total
// call: tick
package main

var ticks int32
var small uint8 = 250
var acc int64 = 1000
var calls int

//go:wasmexport tick
func tick() int32 {
	ticks++
	calls++
	return ticks*100 + int32(calls)
}

//go:wasmexport bump8
func bump8(n int32) int32 {
	small += uint8(n)
	calls++
	return int32(small)
}

//go:wasmexport add
func add(n int64) {
	acc += n * int64(calls)
	calls++
}

//go:wasmexport total
func total() int64 { return acc*100 + int64(calls) }

//go:wasmexport reset
func reset() {
	acc, calls = 0, -1
	small = 0
}

func main() {}
