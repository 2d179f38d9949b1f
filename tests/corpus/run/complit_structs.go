// Struct composite literals: positional and keyed, keyed with fields left
// out (zeroed), nested literals, &T{...}, literals in return statements and
// as call arguments, and literals of anonymous struct types.
//
// run: c-shared
// call: run
// call: make 3 4
// call: make -1 0
// call: area 2 5
// call: origin
package main

type point struct {
	x, y int32
}

type line struct {
	a, b  point
	width float32
	name  string
}

type shape struct {
	corners [4]point
	filled  bool
	outline *line
}

func mid(l line) point {
	return point{(l.a.x + l.b.x) / 2, (l.a.y + l.b.y) / 2}
}

func length2(l *line) int32 {
	dx, dy := l.b.x-l.a.x, l.b.y-l.a.y
	return dx*dx + dy*dy
}

func box(w, h int32) shape {
	return shape{
		corners: [4]point{{0, 0}, {w, 0}, {w, h}, {0, h}},
		filled:  w > 0 && h > 0,
	}
}

//go:wasmexport run
func run() int32 {
	p := point{1, 2}
	q := point{y: 5}
	l := line{a: p, b: point{x: 9, y: q.y}, name: "l"}
	println(q.x, q.y, l.b.x, l.width, l.name)
	m := mid(line{point{0, 0}, point{10, 20}, 1.5, "m"})
	println(m.x, m.y)
	lp := &line{b: point{3, 4}}
	println(length2(lp), length2(&l))
	s := shape{outline: &line{a: point{1, 1}, b: point{2, 2}}}
	s.outline.width = 2
	println(s.filled, s.outline.width, s.outline.b.y, s.corners[3].x)
	cfg := struct {
		host string
		port int32
	}{port: 80}
	println(cfg.host == "", cfg.port)
	return m.y + length2(lp) + cfg.port
}

//go:wasmexport make
func makeShape(w, h int32) int32 {
	s := box(w, h)
	r := int32(0)
	for _, c := range s.corners {
		r += c.x + c.y
	}
	if s.filled {
		r += 1000
	}
	return r
}

//go:wasmexport area
func area(w, h int32) int32 {
	s := box(w, h)
	return (s.corners[2].x - s.corners[0].x) * (s.corners[2].y - s.corners[0].y)
}

//go:wasmexport origin
func origin() bool {
	return mid(line{}) == point{} && (point{0, 0}) == point{y: 0}
}

func main() {}
