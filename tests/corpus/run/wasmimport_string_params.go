// wasmimports with string parameters: a string crosses as two i32 values,
// its pointer and its length; the host echoes the length back, and calls
// back an export with the pointer and length of a string it was given, so
// that the export reads the bytes where the caller put them.
//
// run: c-shared
// import: env strlen (i32 i32) (i32) echo:1
// import: env visit (i32 i32) (i32) callback:first
// call: run 3
// call: run 0
// call: built str:héllo
package main

import "unsafe"

//go:wasmimport env strlen
func hostlen(s string) int32

//go:wasmimport env visit
func visit(s string) int32

//go:wasmexport first
func first(p unsafe.Pointer, n int32) int32 {
	if n == 0 {
		return -1
	}
	b := unsafe.Slice((*byte)(p), n)
	return int32(b[0])*1000 + n
}

//go:wasmexport run
func run(k int32) int32 {
	s := ""
	for i := int32(0); i < k; i++ {
		s += "ab"
	}
	parts := []string{"x", s, "yz"}
	total := int32(0)
	for _, p := range parts {
		total = total*100 + hostlen(p)
	}
	return total*10 + visit(s+"!")%10
}

//go:wasmexport built
func built(s string) int32 {
	b := []byte(s)
	b = append(b, " world"...)
	return hostlen(string(b))*100000 + visit(string(b[1:]))
}

func main() {}
