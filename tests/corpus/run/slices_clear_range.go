// for range over slices and clear: the range expression is evaluated once
// (appending in the body adds no iterations, reassigning the slice variable
// does not change what is ranged over), but element writes through the
// shared backing array are seen by later iterations; clear zeroes the
// elements and keeps len and cap; ranging over nil slices.
//
// run: c-shared
// call: run
// call: clearpart 1 3
// call: clearpart 0 5
// call: clearstructs
// call: nilrange
package main

type pair struct {
	k string
	v float64
}

var vals = []int32{1, 2, 3, 4, 5}

//go:wasmexport run
func run() int32 {
	s := []int32{1, 2, 3}
	n := 0
	for _, v := range s {
		s = append(s, v*10)
		n++
	}
	println(n, len(s))
	t := []int32{1, 2, 3, 4}
	sum := int32(0)
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += 100
		}
		sum += v
	}
	println(sum, t[3])
	u := []int32{5, 6, 7}
	orig := u
	cnt := int32(0)
	for i := range u {
		u = u[:1]
		cnt += orig[i]
	}
	println(cnt, len(u))
	return sum + cnt + int32(n)
}

//go:wasmexport clearpart
func clearpart(lo, hi int32) int32 {
	s := make([]int32, len(vals))
	copy(s, vals)
	clear(s[lo:hi])
	r := int32(0)
	for _, v := range s {
		r = r*10 + v
	}
	return r*100 + int32(len(s))*10 + int32(cap(s[lo:hi]))
}

//go:wasmexport clearstructs
func clearstructs() float64 {
	ps := []pair{{"a", 1.5}, {"bb", 2.5}, {"ccc", 3.5}}
	q := ps[1:]
	clear(q)
	t := 0.0
	for _, p := range ps {
		t += p.v + float64(len(p.k))
	}
	println(len(ps), cap(ps), ps[1].k == "", ps[0].k)
	return t
}

//go:wasmexport nilrange
func nilrange() int32 {
	var s []string
	n := int32(0)
	for range s {
		n++
	}
	for i, v := range s {
		n += int32(i) + int32(len(v))
	}
	clear(s)
	var e []int64
	e = append(e, s2i(s)...)
	return n + int32(len(e)) + int32(cap(s))
}

func s2i(s []string) []int64 {
	if s == nil {
		return nil
	}
	return []int64{1}
}

func main() {}
