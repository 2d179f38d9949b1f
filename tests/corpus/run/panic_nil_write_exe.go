// An exe program storing through a nil *[3]float64 kept in a struct field
// after a successful store through the same field: nil-dereference panic,
// exit code 2.
//
// run: exe
package main

type buffer struct {
	data *[3]float64
	n    int
}

var backing [3]float64

func (b *buffer) put(v float64) {
	b.data[b.n] = v
	b.n++
}

func main() {
	b := buffer{data: &backing}
	b.put(1.5)
	b.put(2.5)
	println(backing[0], backing[1], b.n)
	var c buffer
	println("empty", c.n, c.data == nil)
	c.put(3)
	println("not reached")
}
