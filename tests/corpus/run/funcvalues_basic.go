// Package functions as values: in variables, parameters, results, struct
// fields, slice and array elements and package variables; calls through
// them, comparisons with nil, conversions between func types, and several
// results through a value.
//
// run: exe
package main

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

type op func(int, int) int

type calc struct {
	name string
	f    func(int, int) int
}

var table = [3]op{add, sub, mul}

var current func(int, int) int

func apply(f op, x, y int) int { return f(x, y) }

func pick(plus bool) func(int, int) int {
	if plus {
		return add
	}
	return sub
}

func split(s string) (string, int, bool) { return s + "!", len(s), len(s) > 2 }

func fold(xs []int, start int, f func(int, int) int) int {
	acc := start
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func hello() { println("hello") }

func main() {
	var f func(int, int) int
	println(f == nil, nil == f)
	f = add
	println(f(1, 2), f != nil)
	c := calc{name: "sub", f: sub}
	println(c.name, c.f(3, 4))
	fs := []op{add, sub, op(mul)}
	for i, g := range fs {
		println(i, g(10, 3), apply(g, 5, 6))
	}
	for i := range table {
		println(table[i](7, 2))
	}
	println(pick(true)(2, 3), pick(false)(2, 3))
	println(current == nil)
	current = mul
	println(current(6, 7), current != nil)
	h := split
	a, n, ok := h("hi")
	println(a, n, ok)
	println(fold([]int{1, 2, 3, 4}, 0, add), fold([]int{1, 2, 3, 4}, 1, mul))
	var g func() = hello
	g()
	ptr := &c
	ptr.f = mul
	println(c.f(5, 5))
	var z calc
	println(z.f == nil)
}
