// Arrays of structs: a small inventory table kept in a package array,
// fields written through a[i].f with variable indices, whole elements
// copied out and back, and a struct holding an array of structs.
//
// run: c-shared
// call: run
// call: add 3 250 4
// call: add 1 99 10
// call: add 3 250 2
// call: value
// call: take 3 5
// call: take 1 3
// call: value
// call: heaviest
package main

type item struct {
	id    int32
	price int64
	qty   int32
	taken bool
}

type shelf struct {
	label string
	slots [3]item
	used  int
}

var stock [6]item

//go:wasmexport add
func add(id int32, price int64, qty int32) int32 {
	stock[id].id = id
	stock[id].price = price
	stock[id].qty += qty
	return stock[id].qty
}

//go:wasmexport value
func value() int64 {
	v := int64(0)
	for i := 0; i < len(stock); i++ {
		v += stock[i].price * int64(stock[i].qty)
	}
	return v
}

//go:wasmexport take
func take(id, n int32) int32 {
	it := stock[id]
	if it.qty < n {
		n = it.qty
	}
	it.qty -= n
	it.taken = true
	stock[id] = it
	return it.qty*100 + n
}

//go:wasmexport heaviest
func heaviest() int32 {
	best := 0
	for i := 1; i < len(stock); i++ {
		if stock[i].price*int64(stock[i].qty) > stock[best].price*int64(stock[best].qty) {
			best = i
		}
	}
	println("best", stock[best].id, stock[best].taken, stock[best].qty)
	return int32(best)
}

func (s *shelf) put(it item) bool {
	if s.used == len(s.slots) {
		return false
	}
	s.slots[s.used] = it
	s.used++
	return true
}

//go:wasmexport run
func run() int32 {
	var s shelf
	s.label = "top"
	for i := int32(0); i < 5; i++ {
		ok := s.put(item{id: i, price: int64(i) * 3, qty: 1})
		println(i, ok, s.used)
	}
	c := s
	c.slots[0].qty = 50
	c.label = "copy"
	println(s.label, s.slots[0].qty, c.label, c.slots[0].qty)
	var arr [2]shelf
	arr[1] = s
	arr[1].slots[2].price = -8
	k := 2
	println(arr[1].slots[k].price, s.slots[k].price, arr[0].used, arr[1].used)
	return int32(arr[1].slots[1].price) + c.slots[0].qty
}

func main() {}
