// Package runtime gives wexlab's programs GC, KeepAlive and Pinner; its
// other members, and KeepAlive of values that hold no address, are not
// supported.
package main

import "runtime"

func main() {
	var m runtime.MemStats // ERROR "^runtime.MemStats is not supported by wexlab$"
	_ = m
	n := runtime.NumGoroutine() // ERROR "^runtime.NumGoroutine is not supported by wexlab$"
	_ = n
	runtime.KeepAlive(1) // ERROR "^runtime.KeepAlive calls of such values are not supported by wexlab$"
	runtime.GC()
}
