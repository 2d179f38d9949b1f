// == and != on arrays: element by element, floats compare as floats (a NaN
// element makes arrays unequal even to themselves, -0 equals +0), strings
// by content, nested arrays and arrays of structs, and zero-length arrays.
//
// run: c-shared
// call: run
// call: fl 1.5 1.5
// call: fl nan nan
// call: fl -0 0
// call: fl 2 -2
// call: f32s -0 0
// call: f32s nan 1
// call: words 0
// call: words 1
// call: words 2
package main

type pt struct {
	x, y int16
}

var base = [3]string{"ab", "c", ""}

//go:wasmexport run
func run() int32 {
	a := [3]int32{1, 2, 3}
	b := a
	r := int32(0)
	if a == b {
		r |= 1
	}
	b[2] = 4
	if a != b {
		r |= 2
	}
	m := [2][2]uint8{{1, 2}, {3, 4}}
	n := m
	n[1][1] = 4
	if m == n {
		r |= 4
	}
	ps := [2]pt{{1, 2}, {3, 4}}
	qs := [2]pt{{1, 2}, {3, -4}}
	if ps != qs {
		r |= 8
	}
	qs[1].y = 4
	if ps == qs {
		r |= 16
	}
	var z1, z2 [0]float64
	if z1 == z2 {
		r |= 32
	}
	bs := [3]bool{true, false, true}
	cs := [3]bool{true, false, false}
	println(bs == cs, bs != cs, a == [3]int32{1, 2, 3})
	return r
}

//go:wasmexport fl
func fl(x, y float64) int32 {
	a := [2]float64{x, 1}
	b := [2]float64{y, 1}
	r := int32(0)
	if a == b {
		r |= 1
	}
	if a != b {
		r |= 2
	}
	if a == a {
		r |= 4
	}
	c := a
	if c == a {
		r |= 8
	}
	return r
}

//go:wasmexport f32s
func f32s(x, y float32) int32 {
	a := [3]float32{0, x, 2}
	b := [3]float32{0, y, 2}
	if a == b {
		return 1
	}
	return 0
}

func pick(i int32) [3]string {
	s := base
	switch i {
	case 1:
		s[0] = "a" + "b"
	case 2:
		s[2] = "x"
	}
	return s
}

//go:wasmexport words
func words(i int32) bool {
	w := pick(i)
	println(w[0], w[1], w[2], w == base)
	return w == base
}

func main() {}
