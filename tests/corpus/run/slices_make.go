// make([]T, len) and make([]T, len, cap): zeroed elements, len and cap,
// element reads and writes with variable indices, nil slices (len 0, cap
// 0, == nil), slices kept in package variables across calls.
//
// run: c-shared
// call: run
// call: alloc 5 8
// call: set 2 7
// call: set 4 9
// call: total
// call: alloc 0 0
// call: total
// call: isnil
package main

var buf []int32
var names []string

//go:wasmexport run
func run() int32 {
	a := make([]int64, 4)
	b := make([]float64, 2, 10)
	var c []uint8
	println(len(a), cap(a), len(b), cap(b), len(c), cap(c), c == nil, a == nil)
	a[3] = 7
	b[1] = 1.5
	for i := range a {
		a[i] += int64(i)
	}
	println(a[0], a[3], b[0], b[1])
	names = make([]string, 3)
	names[1] = "mid"
	println(names[0] == "", names[1], len(names[2]))
	n := 6
	d := make([]bool, n, n*2)
	d[n-1] = true
	return int32(len(d)+cap(d)) + int32(a[3])
}

//go:wasmexport alloc
func alloc(n, c int32) int32 {
	buf = make([]int32, n, c)
	return int32(len(buf))*100 + int32(cap(buf))
}

//go:wasmexport set
func set(i, v int32) int32 {
	buf[i] = v
	return buf[i]
}

//go:wasmexport total
func total() int32 {
	t := int32(0)
	for _, v := range buf {
		t += v
	}
	return t*10 + int32(len(buf))
}

//go:wasmexport isnil
func isnil() bool {
	var s []int32
	return s == nil && buf != nil && len(s) == 0
}

func main() {}
