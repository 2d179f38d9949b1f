// Deep recursion from an export: the Go stack grows (morestack copies it),
// which unwinds the wasm stack through the wrapper.
// run: c-shared
// call: depth 3000
// call: depth 10
// seed: traps
package main

type frame struct {
	pad [16]int64
}

func down(n int32, f frame) int64 {
	if n == 0 {
		return f.pad[3]
	}
	f.pad[3]++
	return down(n-1, f) + 1
}

//go:wasmexport depth
func depth(n int32) int64 {
	return down(n, frame{})
}

func main() {}
