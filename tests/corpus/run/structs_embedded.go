// Nested and embedded structs: fields reached through the full path and
// promoted through one and two levels of embedding, an embedded pointer,
// writes through promoted fields, and shadowing of a promoted field by an
// outer field of the same name.
//
// run: c-shared
// call: run
// call: move 3 4
// call: move -1 10
// call: where
// call: grow 2
// call: grow 5
package main

type point struct {
	x, y int32
}

type size struct {
	w, h int32
}

type rect struct {
	point
	size
	name string
}

type window struct {
	rect
	title string
	x     int64 // shadows rect.point.x
	z     int32
}

type labeled struct {
	*point
	tag string
}

var win = window{rect: rect{point{1, 2}, size{10, 20}, "main"}, title: "w"}

//go:wasmexport run
func run() int32 {
	r := rect{point: point{x: 5, y: 6}, size: size{3, 4}, name: "r"}
	println(r.x, r.y, r.w, r.h, r.point.x, r.size.h, r.name)
	r.x = 50
	r.size.w++
	println(r.point.x, r.w)
	w := window{rect: r, title: "t", x: 999}
	println(w.x, w.rect.x, w.point.x, w.y, w.h, w.rect.name)
	w.rect.point.y = -6
	println(w.y, r.y)
	p := point{7, 8}
	l := labeled{&p, "lab"}
	l.x = 70
	println(p.x, l.y, l.point.x, l.tag)
	n := struct {
		point
		depth int32
	}{point{1, 1}, 3}
	n.y += n.depth
	return r.x + w.y + l.x + n.y
}

//go:wasmexport move
func move(dx, dy int32) int32 {
	win.x += int64(dx)
	win.rect.x += dx
	win.y += dy
	return win.point.x*1000 + win.point.y
}

//go:wasmexport where
func where() int64 {
	println(win.title, win.name, win.x, win.rect.x, win.y)
	return win.x
}

//go:wasmexport grow
func grow(k int32) int32 {
	s := win.size
	s.w *= k
	win.h *= k
	println(s.w, win.w, win.h)
	return win.w * win.h
}

func main() {}
