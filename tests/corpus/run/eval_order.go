// Order of evaluation with composite values: in a tuple assignment the
// index expressions and pointer operands on the left are evaluated before
// any assignment, then the assignments happen left to right; calls in a
// composite literal run left to right; a[i] = f() where f changes i (the
// spec leaves open when i is read; gc reads it after the call); and a
// struct swap through pointers that alias.
//
// run: c-shared
// call: run
// call: tuple 0
// call: tuple 2
// call: lit 3
// call: alias 1
// call: alias 0
package main

type pair struct {
	a, b int32
}

var trace int32
var idx int32

func note(v int32) int32 {
	trace = trace*10 + v
	return v
}

func bumpIdx() int32 {
	idx++
	return idx * 100
}

//go:wasmexport run
func run() int32 {
	var arr [4]int32
	idx = 0
	arr[idx] = bumpIdx()
	println(arr[0], arr[1], idx)
	i := 0
	i, arr[i] = 2, 7
	println(i, arr[0], arr[2])
	p := &pair{1, 2}
	q := p
	p, p.a = &pair{5, 6}, 9
	println(p.a, q.a)
	return arr[0] + q.a
}

//go:wasmexport tuple
func tuple(start int32) int32 {
	a := [3]int32{10, 20, 30}
	i := start
	a[i], i = 99, 1
	a[i], a[i+1] = a[i+1], a[i]
	return a[0]*10000 + a[1]*100 + a[2] + i
}

//go:wasmexport lit
func lit(k int32) int32 {
	trace = 0
	s := [3]pair{{note(k), note(k + 1)}, {b: note(k + 2)}, {note(k + 3), 0}}
	v := pair{a: note(1), b: note(2)}
	println(s[0].a, s[1].b, s[2].a, v.a+v.b)
	return trace
}

//go:wasmexport alias
func alias(same int32) int32 {
	x := pair{1, 2}
	y := pair{3, 4}
	p, q := &x, &y
	if same != 0 {
		q = &x
	}
	*p, *q = *q, *p
	return x.a*1000 + x.b*100 + y.a*10 + y.b
}

func main() {}
