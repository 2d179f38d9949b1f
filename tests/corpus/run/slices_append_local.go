// append to local slices that do not escape, and the capacity Go gives
// them: gc backs the first append to an empty non-escaping slice with a
// 32-byte stack buffer, so cap() starts at 32/size (32 bytes, 8 int32s,
// 4 int64s) instead of growslice's 8 bytes, 2 int32s or 1 int64; later
// growth is growslice's. This is gc's escape-analysis-driven optimisation
// in Go 1.27.3 (cmd/compile/internal/ssagen/ssa.go), not a language rule;
// slices_append_growth.go has the heap case. Element sizes 1, 4, 8, 12 (a
// struct) and 16 (a string), several elements at once, one slice to another.
//
// run: c-shared
// call: bytes 40
// call: ints 20
// call: words 1100
// call: strs 12
// call: odd 30
// call: many 3 17
// call: many 0 100
package main

type rec struct {
	a, b, c int32
}

//go:wasmexport bytes
func bytes(n int32) int32 {
	var s []byte
	last := -1
	for i := int32(0); i < n; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			println("byte len", len(s), "cap", cap(s))
		}
	}
	return int32(cap(s))
}

//go:wasmexport ints
func ints(n int32) int32 {
	s := make([]int32, 0)
	last := -1
	for i := int32(0); i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			println("int32 len", len(s), "cap", cap(s))
		}
	}
	return s[n-1] + int32(cap(s))
}

//go:wasmexport words
func words(n int32) int64 {
	var s []int64
	last := -1
	for i := int32(0); i < n; i++ {
		s = append(s, int64(i))
		if cap(s) != last {
			last = cap(s)
			println("int64 len", len(s), "cap", cap(s))
		}
	}
	return int64(cap(s))
}

//go:wasmexport strs
func strs(n int32) int32 {
	var s []string
	for i := int32(0); i < n; i++ {
		s = append(s, "x")
		println("string len", len(s), "cap", cap(s))
	}
	return int32(cap(s))
}

//go:wasmexport odd
func odd(n int32) int32 {
	var s []rec
	last := -1
	for i := int32(0); i < n; i++ {
		s = append(s, rec{i, i, i})
		if cap(s) != last {
			last = cap(s)
			println("rec len", len(s), "cap", cap(s))
		}
	}
	return int32(cap(s))
}

//go:wasmexport many
func many(start, n int32) int32 {
	s := make([]int64, start)
	s = append(s, 1, 2, 3, 4, 5)
	println("five", len(s), cap(s))
	t := make([]int64, n)
	s = append(s, t...)
	println("spread", len(s), cap(s))
	s = append(s, s...)
	println("self", len(s), cap(s))
	return int32(len(s))*10000 + int32(cap(s))
}

func main() {}
