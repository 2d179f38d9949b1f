// Capacities that depend on where gc puts a backing store: a slice whose
// store does not escape its function gets a 32-byte store in the frame at
// its first append; one handed on at a single place (returned, assigned,
// ranged over) keeps that store while it is built and moves to the heap
// just before (to the next size class, or with its capacity when that is
// read); []byte(s) that does not escape is s's bytes when never written,
// else a 32-byte store; []rune(s) a 32-rune store. Helpers are
// //go:noinline: gc decides escape after inlining, and this compares the
// decisions within one function.
//
// run: c-shared
// call: run 1
package main

type rec struct {
	a, b, c int32
}

var keep []int64
var keepBytes []byte

//go:noinline
func build(n int) []int64 {
	var s []int64
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
	}
	return s
}

//go:noinline
func buildCap(n int) []int64 {
	var s []int64
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
		if cap(s) > 100 {
			println("big")
		}
	}
	return s
}

//go:noinline
func sum(s []int64) int64 {
	t := int64(0)
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func fill(s []int64) {
	for i := range s {
		s[i] = 7
	}
}

//go:noinline
func passed(n int) int {
	var s []int64
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
	}
	println("sum", sum(s))
	return cap(s)
}

//go:noinline
func mutated(n int) int {
	var s []int64
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
	}
	fill(s)
	return cap(s)
}

//go:noinline
func stored(n int) int {
	var s []int64
	for i := 0; i < n; i++ {
		s = append(s, int64(i))
	}
	keep = s
	return cap(s)
}

//go:noinline
func ranged(n int) int {
	var s []int32
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
	}
	t := int32(0)
	for _, v := range s {
		t += v
	}
	return int(t)*1000 + cap(s)
}

//go:noinline
func handedTwice(n int) (int, []int32) {
	var s []int32
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
	}
	t := s
	return cap(t), s
}

//go:noinline
func handedInLoop(n int) int {
	var s []int32
	total := 0
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
		t := s
		total += len(t)
	}
	return total*1000 + cap(s)
}

//go:noinline
func records(n int) int {
	var s []rec
	for i := 0; i < n; i++ {
		s = append(s, rec{int32(i), 0, 0})
	}
	return cap(s)
}

//go:noinline
func wide(n int) int {
	var s [][40]byte
	for i := 0; i < n; i++ {
		s = append(s, [40]byte{})
	}
	return cap(s)
}

//go:noinline
func reuse(n int) int {
	var s []int16
	caps := 0
	for r := 0; r < 3; r++ {
		s = s[:0]
		for i := 0; i < n; i++ {
			s = append(s, int16(i))
		}
		caps = caps*100 + cap(s)
	}
	return caps
}

//go:noinline
func other(n int) int {
	var s []int32
	t := append(s, 1)
	u := append(s, 2, 3)
	v := append([]int32(nil), 4)
	for i := 0; i < n; i++ {
		v = append(v, int32(i))
	}
	return cap(t)*1000000 + cap(u)*10000 + cap(v)*100 + int(u[0]+t[0])
}

//go:noinline
func recurse(d int) int {
	var s []byte
	s = append(s, byte(d))
	if d == 0 {
		return cap(s)
	}
	return recurse(d-1)*100 + cap(s)
}

//go:noinline
func conv(x string) int {
	b := []byte(x)
	r := []rune(x)
	w := []byte(x)
	w[0] = 'z'
	return cap(b)*1000000 + cap(r)*1000 + cap(w)
}

//go:noinline
func convEscape(x string) int {
	b := []byte(x)
	keepBytes = b
	var c []byte
	for i := 0; i < 2; i++ {
		c = []byte(x)
	}
	return cap(b)*100 + cap(c)
}

//go:wasmexport run
func run(n int32) {
	for _, k := range []int{1, 2, 3, 4, 5, 9, 40} {
		a := build(k)
		b := buildCap(k)
		println("build", k, len(a), cap(a), cap(b), passed(k), mutated(k), stored(k))
		c, d := handedTwice(k)
		println("hand", ranged(k), c, cap(d), handedInLoop(k))
		println("elems", records(k), wide(k), reuse(k), other(k))
	}
	println("recurse", recurse(3))
	println("conv", conv("abc"), conv("0123456789012345678901234567890123456789"), conv("héllo, wörld"))
	println("convEscape", convEscape("abc"), convEscape("0123456789012345678901234567890123456789"))
}

func main() {}
