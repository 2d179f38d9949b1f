// new(T) for scalars, structs and arrays: each call gives a fresh zeroed
// variable, fields are read and written through p.f (automatic
// dereference) and (*p).f, and array elements through p[i].
//
// run: c-shared
// call: run
// call: alloc 3
// call: alloc 4
// call: total
// call: distinct
// call: grid 2 1
// call: grid 3 2
package main

type stats struct {
	count int32
	sum   float64
	max   float64
	name  string
}

var all [8]*stats
var used int32

func record(s *stats, v float64) {
	s.count++
	(*s).sum += v
	if s.count == 1 || v > s.max {
		s.max = v
	}
}

//go:wasmexport run
func run() float64 {
	p := new(int32)
	println(*p)
	*p = 7
	q := new(int32)
	println(*p, *q, p == q)
	s := new(stats)
	println(s.count, s.sum, s.name == "")
	record(s, 2.5)
	record(s, -1)
	record(s, 4)
	s.name = "s"
	println(s.count, s.sum, s.max, (*s).name)
	a := new([5]int16)
	for i := range a {
		a[i] = int16(i * 3)
	}
	(*a)[0] = -1
	println(len(a), a[0], a[4])
	pp := new(*int32)
	println(*pp == nil)
	*pp = p
	**pp += 1
	println(*p)
	return s.sum + float64(*p)
}

//go:wasmexport alloc
func alloc(n int32) int32 {
	s := new(stats)
	for i := int32(1); i <= n; i++ {
		record(s, float64(i*i))
	}
	all[used] = s
	used++
	return used
}

//go:wasmexport total
func total() float64 {
	t := 0.0
	for i := int32(0); i < used; i++ {
		t += all[i].sum + all[i].max
	}
	return t
}

//go:wasmexport distinct
func distinct() bool {
	return all[0] != all[1] && all[2] == nil
}

//go:wasmexport grid
func grid(r, c int32) int32 {
	g := new([4][4]int32)
	g[r][c] = 9
	row := &g[r]
	row[c+1] = 10
	return g[r][c] + g[r][c+1] + int32(len(g[0]))
}

func main() {}
