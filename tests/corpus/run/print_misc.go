// println and print of booleans, nil pointers, string literals with escapes, and several arguments (println adds spaces and a newline, print adds neither).
//
// run: c-shared
// call: bools 3
// call: ptrs 0
// call: strs 0
// call: mixed 42
package main

import "unsafe"

//go:wasmexport bools
func bools(x int32) {
	println(x > 2, x < 2)
	b := x == 3
	println(b, !b, true, false)
	print(b, false, "\n")
}

//go:wasmexport ptrs
func ptrs(x int32) {
	var p *int32
	var u unsafe.Pointer
	var f *float64
	println(p, u, f)
	println(p == nil, uintptr(u))
	print(p, "\n")
}

//go:wasmexport strs
func strs(x int32) {
	println("hello, world")
	println("tab\there", "quote\"", "back\\slash", `raw\n`)
	println("utf8: héllo ✓ \u00e9 \xce\xbb")
	println("")
	println()
	print("no newline")
	print("\n")
	print("a", "b", "c", "\n")
}

//go:wasmexport mixed
func mixed(x int32) {
	println("x =", x, "x/5 =", x/5, "half", float64(x)/2, x > 0)
	print("x=", x, " y=", x+1, "\n")
	print(x, x, "\n")
	print(1.5, 2, true, "\n")
	println(int8(x), uint8(x), 'z', "end")
}

func main() {}
