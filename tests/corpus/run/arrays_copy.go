// Arrays are values: assignment, passing to a function, returning from one
// and storing in a package variable all copy, and changing the copy leaves
// the original alone. Pointers to arrays share instead.
//
// run: c-shared
// call: run
// call: bump 1
// call: bump 2
// call: snapshot
// call: bump 3
// call: diff
// call: restore
// call: diff
package main

type vec [4]int32

var live vec
var saved vec

func double(a [4]int32) [4]int32 {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(p *[4]int32) {
	for i := range p {
		p[i] *= 2
	}
}

func reversed(v vec) vec {
	var r vec
	for i := 0; i < len(v); i++ {
		r[len(v)-1-i] = v[i]
	}
	return r
}

//go:wasmexport run
func run() int32 {
	a := [4]int32{1, 2, 3, 4}
	b := a
	b[0] = 100
	println(a[0], b[0])
	c := double(a)
	println(a[0], a[3], c[0], c[3])
	doubleInPlace(&a)
	println(a[0], a[3])
	var v vec = vec(a)
	r := reversed(v)
	r[0] = -1
	println(v[0], v[3], r[0], r[3])
	p := &a
	q := *p
	p[1] = 77
	println(a[1], q[1])
	// swapping whole arrays
	x, y := [2]int64{1, 2}, [2]int64{3, 4}
	x, y = y, x
	println(x[0], x[1], y[0], y[1])
	return a[0] + a[1] + c[2]
}

//go:wasmexport bump
func bump(n int32) int32 {
	for i := range live {
		live[i] += n * int32(i+1)
	}
	return live[3]
}

//go:wasmexport snapshot
func snapshot() {
	saved = live
}

//go:wasmexport diff
func diff() int32 {
	d := int32(0)
	for i := range live {
		d += live[i] - saved[i]
	}
	return d
}

//go:wasmexport restore
func restore() {
	live = saved
	saved[0] = 999
	println(live[0], saved[0])
}

func main() {}
