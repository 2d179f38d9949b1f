// Arrays and structs as parameters and results of func values and
// literals (copied both ways), structs of closures sharing their
// variables, variadic func types, literals shadowing what they capture,
// literals with several results, a literal called where it is written.
//
// run: exe
package main

type vec struct{ x, y, z int }

func scale(v vec, k int) vec { return vec{v.x * k, v.y * k, v.z * k} }

type shape struct {
	area func() int
	grow func(int)
}

func rect(w, h int) shape {
	return shape{
		area: func() int { return w * h },
		grow: func(d int) { w += d; h += d },
	}
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	f := scale
	v := f(vec{1, 2, 3}, 2)
	println(v.x, v.y, v.z)
	g := func(a [3]int, v vec) ([3]int, vec) {
		a[0] = 9
		v.x = 9
		return a, v
	}
	a := [3]int{1, 2, 3}
	b, w := g(a, v)
	println(a[0], b[0], b[2], v.x, w.x, w.y)
	s := rect(2, 3)
	println(s.area())
	s.grow(1)
	println(s.area())
	var vs func(...int) int = sum
	println(vs(), vs(1, 2, 3), vs([]int{4, 5}...))
	for i := range 3 {
		tens := func() int { return i * 10 }
		println(tens())
	}
	x := 1
	h := func() int {
		x := 2
		x++
		return x
	}
	println(h(), x)
	mm := func() (int, string) { return 7, "seven" }
	n, str := mm()
	println(n, str)
	pair := func(p *vec) func() int {
		return func() int { p.y++; return p.y }
	}(&v)
	println(pair(), pair(), v.y)
	strs := []string{}
	addS := func(ss ...string) { strs = append(strs, ss...) }
	addS("a", "b")
	addS()
	addS("c")
	println(len(strs), strs[2])
}
