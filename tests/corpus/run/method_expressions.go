// Method expressions: T.M and (*T).M as functions whose first parameter
// is the receiver, stored, passed and called; (*T).M of a method on T
// reads the receiver through the pointer, and (*T).M of a pointer method
// changes what it points to.
//
// run: exe
package main

type point struct{ x, y int32 }

func (p point) sum(k int32) int32 { return p.x + p.y + k }
func (p *point) move(dx, dy int32) { p.x += dx; p.y += dy }
func (p point) swapped() point    { return point{p.y, p.x} }

type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

type counter int64

func (c *counter) add(n int64) int64 { *c += counter(n); return int64(*c) }

func apply(f func(point, int32) int32, p point) int32 { return f(p, 1000) }

var table = []func(*point, int32, int32){(*point).move, (*point).move}

func main() {
	sum := point.sum
	viaPointer := (*point).sum
	p := point{1, 2}
	(*point).move(&p, 10, 20)
	for _, m := range table {
		m(&p, 1, 1)
	}
	println(sum(p, 0), viaPointer(&p, 5), apply(point.sum, p))
	q := point.swapped(p)
	println(q.x, q.y, (*point).swapped(&q).x)
	println(celsius.fahrenheit(100), celsius.fahrenheit(-40))
	var c counter
	inc := (*counter).add
	inc(&c, 5)
	println(inc(&c, 7), c)
	println(point.sum(point{}, 3) == (*point).sum(&point{}, 3))
}
