// Function literals capture variables by reference: counters that keep
// their own state, a literal that sees later assignments, a literal that
// assigns to its function's variables and results, nested literals, a
// literal called at once, recursion through a declared variable, and Go
// 1.22's per-iteration loop variables.
//
// run: exe
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func named() (r int) {
	set := func(v int) { r = v }
	set(41)
	r++
	return
}

type point struct{ x, y int }

func main() {
	c := counter()
	println(c(), c(), c())
	d := counter()
	println(d(), c())

	k := 10
	add := func(x int) int { return x + k }
	k = 20
	ys := apply([]int{1, 2, 3}, add)
	println(ys[0], ys[1], ys[2])

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, s := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(s) + 100 })
	}
	for _, f := range fs {
		println(f())
	}

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))

	s := "hi"
	outer := func() func() string {
		return func() string {
			s += "!"
			return s
		}
	}
	g := outer()
	println(g(), g(), s)

	func() { println("at once", k) }()
	println(func(a, b int) int { return a * b }(6, 7))
	println(named())

	p := point{1, 2}
	arr := [3]int{1, 2, 3}
	move := func(dx int) {
		p.x += dx
		arr[1] *= 10
	}
	move(5)
	move(5)
	println(p.x, p.y, arr[0], arr[1], arr[2])

	total := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{4, 5, 6}, func(x int) { total += x })
	println(total)
}
