// Method values x.M: value receivers copy the receiver when the
// expression is evaluated, pointer receivers keep the pointer (taking the
// address of an addressable variable); the values are stored, passed and
// called later, with several results and variadic parameters.
//
// run: exe
package main

type counter struct {
	name string
	n    int
}

func (c *counter) inc(by int) int {
	c.n += by
	return c.n
}

func (c counter) get() (string, int) { return c.name, c.n }

type celsius float64

func (t celsius) fahrenheit() float64 { return float64(t)*9/5 + 32 }

type list struct{ items []int }

func (l *list) add(xs ...int) int {
	l.items = append(l.items, xs...)
	return len(l.items)
}

func twice(f func(int) int, x int) int { return f(x) + f(x) }

func main() {
	c := counter{name: "a"}
	inc := c.inc
	get := c.get
	println(inc(2), inc(3), c.n)
	name, n := get()
	println(name, n)
	c.name = "b"
	name, n = c.get()
	println(name, n)
	p := &counter{name: "p"}
	pget := p.get
	p.n = 7
	_, n = pget()
	println(n, twice(p.inc, 10), p.n)
	t := celsius(100)
	f := t.fahrenheit
	t = 0
	println(f(), celsius(-40).fahrenheit())
	var l list
	add := l.add
	println(add(1, 2), add(), add(3), len(l.items))
	fs := []func() (string, int){c.get, p.get}
	for _, g := range fs {
		s, v := g()
		println(s, v)
	}
	var np *counter
	later := func() {
		g := np.get
		println("not reached", g)
	}
	later()
}
