// Value and pointer receivers on a struct type: a value-receiver method
// works on a copy (its writes are lost), a pointer-receiver method changes
// the caller's variable; x.m() with automatic &x, p.m() with automatic *p,
// and methods on package variables, array elements and struct fields.
//
// run: c-shared
// call: run
// call: hit 3
// call: hit 4
// call: score
// call: tryreset
// call: score
// call: reset
// call: score
package main

type counter struct {
	n    int32
	hits int32
}

type game struct {
	name    string
	players [2]counter
	total   counter
}

func (c counter) value() int32 { return c.n*10 + c.hits }

func (c *counter) add(k int32) {
	c.n += k
	c.hits++
}

func (c counter) addCopy(k int32) counter {
	c.n += k
	c.hits++
	return c
}

func (c counter) clearCopy() { c.n, c.hits = 0, 0 }

func (c *counter) clear() { *c = counter{} }

var g game

//go:wasmexport run
func run() int32 {
	var c counter
	c.add(5)
	c.add(2)
	d := c.addCopy(100)
	c.clearCopy()
	println(c.n, c.hits, d.n, d.hits, c.value(), d.value())
	p := &c
	p.add(1)
	println(p.value(), (*p).value(), c.value())
	(&c).add(1)
	arr := [3]counter{}
	arr[1].add(9)
	arr[2] = arr[1].addCopy(1)
	println(arr[0].value(), arr[1].value(), arr[2].value())
	var gm game
	gm.players[0].add(3)
	gm.total.add(3)
	gp := &gm
	gp.players[1].add(4)
	gp.total.add(4)
	println(gm.players[1].value(), gm.total.value())
	return c.value() + gm.total.value()
}

//go:wasmexport hit
func hit(k int32) int32 {
	g.players[k%2].add(k)
	g.total.add(k)
	return g.total.value()
}

//go:wasmexport score
func score() int32 {
	return g.players[0].value()*1000 + g.players[1].value()
}

//go:wasmexport tryreset
func tryreset() int32 {
	g.total.clearCopy()
	t := g
	t.players[0].clear()
	return g.total.value()
}

//go:wasmexport reset
func reset() int32 {
	g.players[0].clear()
	p := &g.players[1]
	p.clear()
	return g.total.value()
}

func main() {}
