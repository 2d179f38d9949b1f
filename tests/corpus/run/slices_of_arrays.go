// Slicing arrays and slices: a[lo:hi], a[:], a[lo:], a[:hi] and the full
// form a[lo:hi:max]; len and cap of each; writes through a slice seen in
// the array; append into spare capacity overwriting the array's next
// element, and a 3-index slice that makes append copy instead.
//
// run: c-shared
// call: run
// call: window 1 3
// call: window 0 6
// call: window 4 4
// call: grow 2
// call: grow 3
// call: data
package main

var base [6]int32 = [6]int32{1, 2, 3, 4, 5, 6}

//go:wasmexport run
func run() int32 {
	a := [5]int64{10, 20, 30, 40, 50}
	s := a[1:3]
	println(len(s), cap(s), s[0], s[1])
	s[0] = 21
	t := s[1:4]
	println(a[1], len(t), cap(t), t[2])
	s = append(s, 99)
	println(a[3], len(s), cap(s))
	u := a[1:3:3]
	u = append(u, 77)
	u[0] = -1
	println(a[1], a[3], len(u), cap(u), u[2])
	all := a[:]
	tail := a[2:]
	head := a[:2]
	println(len(all), cap(all), len(tail), cap(tail), len(head), cap(head))
	p := &a
	ps := p[3:]
	ps[1] = 55
	return int32(a[4] + all[0])
}

//go:wasmexport window
func window(lo, hi int32) int32 {
	w := base[lo:hi]
	t := int32(0)
	for _, v := range w {
		t += v
	}
	return t*100 + int32(len(w))*10 + int32(cap(w))
}

//go:wasmexport grow
func grow(k int32) int32 {
	s := base[0:k]
	s = append(s, 100+k)
	return int32(cap(s))*1000 + base[k]
}

//go:wasmexport data
func data() int32 {
	t := int32(0)
	for i, v := range base {
		t += v * int32(i+1)
	}
	return t
}

func main() {}
