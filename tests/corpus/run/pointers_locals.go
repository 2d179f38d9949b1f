// Pointers to local variables, to struct fields and to array elements:
// writes through them are seen by the variable, pointers to the same place
// compare equal, and a pointer to a field or element stays tied to its
// variable after the variable is changed whole.
//
// run: c-shared
// call: run
// call: swap 3 9
// call: minmax 5 -2 7
// call: minmax 0 0 0
// call: field 1
// call: field 2
// call: elem 0
// call: elem 3
package main

type pair struct {
	lo, hi int32
}

func swapInts(a, b *int32) {
	*a, *b = *b, *a
}

func order(p *pair) {
	if p.lo > p.hi {
		swapInts(&p.lo, &p.hi)
	}
}

func incr(p *int64) int64 {
	*p++
	return *p
}

//go:wasmexport run
func run() int64 {
	x := int64(10)
	p := &x
	*p += 5
	incr(p)
	incr(&x)
	q := &x
	println(x, *p, p == q)
	y := x
	r := &y
	println(p == r, *r == *p)
	f := 1.5
	fp := &f
	*fp *= 4
	s := "abc"
	sp := &s
	*sp += "def"
	println(f, s, len(*sp))
	b := true
	bp := &b
	*bp = !*bp
	println(b)
	return x + int64(f)
}

//go:wasmexport swap
func swap(a, b int32) int32 {
	swapInts(&a, &b)
	return a*100 + b
}

//go:wasmexport minmax
func minmax(a, b, c int32) int32 {
	v := pair{a, b}
	order(&v)
	w := pair{v.hi, c}
	order(&w)
	return v.lo*10000 + w.lo*100 + w.hi
}

//go:wasmexport field
func field(which int32) int32 {
	v := pair{1, 2}
	var p *int32
	if which == 1 {
		p = &v.lo
	} else {
		p = &v.hi
	}
	*p = 50
	v = pair{v.lo + 1, v.hi + 1}
	return *p*1000 + v.lo*10 + v.hi
}

//go:wasmexport elem
func elem(i int32) int32 {
	a := [4]int32{10, 20, 30, 40}
	p := &a[i]
	*p = -*p
	a[i] *= 2
	first := &a[0]
	last := &a[len(a)-1]
	*first += 1
	println(*p, *last, p == first, p == last)
	return a[0] + a[1] + a[2] + a[3]
}

func main() {}
