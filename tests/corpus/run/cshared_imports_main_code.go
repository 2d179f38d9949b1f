// In c-shared mode main's code reaches wasmimports through strings, package variables, pointers, loops and recursion that no export uses; Go keeps those imports, and the exports work as if main's code were not there.
//
// run: c-shared
// import: env report (i64) () echo
// import: env depth (i32) (i32) echo
// import: env shared (i32) (i32) echo:0
// call: bump 4
// call: bump 5
package main

//go:wasmimport env report
func report(x int64)

//go:wasmimport env depth
func depth(n int32) int32

//go:wasmimport env shared
func shared(x int32) int32

var total int64

var greeting = "hello from main"

func walk(n int32) int32 {
	if n <= 0 {
		return depth(n)
	}
	return walk(n-1) + 1
}

func fill(p *int64, s string) {
	for i := 0; i < len(s); i++ {
		*p += int64(s[i])
	}
}

//go:wasmexport bump
func bump(x int32) int64 {
	total += int64(shared(x))
	return total
}

func main() {
	var sum int64
	fill(&sum, greeting)
	report(sum + int64(walk(3)))
	println("main", shared(1))
}
