// An exe program: main builds an inventory of structs in arrays, sorts it
// by a method-defined key with a pointer-receiver swap, prints it, and
// exports called after main returned see what main left behind.
//
// run: exe
// call: best
// call: restock 2 10
// call: best
// call: worth
package main

type product struct {
	name  string
	price int32
	qty   int32
}

type catalog struct {
	items [5]product
	n     int
}

func (p product) worth() int32 { return p.price * p.qty }

func (c *catalog) add(p product) {
	c.items[c.n] = p
	c.n++
}

func (c *catalog) swap(i, j int) {
	c.items[i], c.items[j] = c.items[j], c.items[i]
}

func (c *catalog) sort() {
	for i := 1; i < c.n; i++ {
		for j := i; j > 0 && c.items[j].worth() > c.items[j-1].worth(); j-- {
			c.swap(j, j-1)
		}
	}
}

func (c catalog) total() int32 {
	t := int32(0)
	for i := 0; i < c.n; i++ {
		t += c.items[i].worth()
	}
	return t
}

var shop catalog

//go:wasmexport best
func best() int32 {
	shop.sort()
	println(shop.items[0].name)
	return shop.items[0].worth()
}

//go:wasmexport restock
func restock(i, q int32) int32 {
	p := &shop.items[i]
	p.qty += q
	return p.worth()
}

//go:wasmexport worth
func worth() int32 { return shop.total() }

func main() {
	shop.add(product{"pen", 2, 50})
	shop.add(product{name: "lamp", price: 30, qty: 2})
	shop.add(product{"desk", 120, 1})
	shop.add(product{"ink", 7, 3})
	before := shop
	shop.sort()
	for i := 0; i < shop.n; i++ {
		it := shop.items[i]
		println(i, it.name, it.price, it.qty, it.worth())
	}
	println(before.items[0].name, before.total(), shop.total(), shop.n)
}
