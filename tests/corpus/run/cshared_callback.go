// In c-shared mode an export calls a host import that re-enters the module through another export, which updates package state seen by the caller.
//
// run: c-shared
// import: env twice (i32) (i32) callback:double
// import: env again (i64) (i64) callback:depth
// call: run 21
// call: run -4
// call: nested 3
// call: seen_count
package main

//go:wasmimport env twice
func twice(x int32) int32

//go:wasmimport env again
func again(n int64) int64

var seen int32

//go:wasmexport double
func double(x int32) int32 {
	seen++
	return x * 2
}

//go:wasmexport run
func run(x int32) int32 {
	before := seen
	r := twice(x) + 1
	println("run", x, r, seen-before)
	return r
}

// depth recurses through the host: depth(n) = n*10 + depth(n-1), the inner call going through the import.
//
//go:wasmexport depth
func depth(n int64) int64 {
	if n <= 0 {
		return 0
	}
	return n*10 + again(n-1)
}

//go:wasmexport nested
func nested(n int64) int64 { return again(n) }

//go:wasmexport seen_count
func seenCount() int32 { return seen }

func main() {}
