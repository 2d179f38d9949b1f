// String parameters of wasmexport functions, written into memory by the
// host: the body reads their length, bytes and order, and passes them on.
//
// run: c-shared
// call: count str:hello 108
// call: count str: 108
// call: count str:a\sb\sc 32
// call: order str:abc str:abd
// call: order str:abc str:abc
// call: order str:b str:abc
// call: show str:wasm\sexport
// call: count str:xy -1
package main

var last string

//go:wasmexport count
func count(s string, b int32) int32 {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		if int32(s[i]) == b {
			n++
		}
	}
	if b < 0 {
		return int32(s[b])
	}
	return n*100 + int32(len(s))
}

//go:wasmexport order
func order(a, b string) int32 {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return 1
}

//go:wasmexport show
func show(s string) {
	last = s
	println("got", last, len(last))
}

func main() {}
