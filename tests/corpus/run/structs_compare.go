// == and != on structs: field by field, with padding between an int8 and
// an int64 (padding bytes never matter), float fields (NaN, -0), string
// fields by content, nested structs and arrays, and blank (_) fields, which
// are ignored by the comparison even when their bytes differ.
//
// run: c-shared
// call: run
// call: padded 1 5 1 5
// call: padded 1 5 2 5
// call: padded -128 -1 -128 -1
// call: floats 0 -0
// call: floats nan nan
// call: floats 1.25 1.5
// call: names str:abc str:abc
// call: names str:abc str:abd
// call: names str: str:
package main

import "unsafe"

type padded struct {
	a int8
	b int64
	c int8
	d int32
}

type fpair struct {
	f float64
	g float32
}

type named struct {
	first string
	n     int
}

type blanky struct {
	a int32
	_ int32
	b int32
}

type outer struct {
	p    padded
	tags [2]string
	on   bool
}

//go:wasmexport run
func run() int32 {
	r := int32(0)
	x := outer{padded{1, 2, 3, 4}, [2]string{"a", "b"}, true}
	y := x
	if x == y {
		r |= 1
	}
	y.tags[1] = "c"
	if x != y {
		r |= 2
	}
	y.tags[1] = "b"
	y.p.d = 5
	if x != y {
		r |= 4
	}
	var b1, b2 blanky
	b1.a, b1.b = 1, 2
	b2.a, b2.b = 1, 2
	// the blank field of b2 is set behind the compiler's back
	*(*int32)(unsafe.Add(unsafe.Pointer(&b2), 4)) = 9
	if b1 == b2 {
		r |= 8
	}
	e1, e2 := struct{}{}, struct{}{}
	if e1 == e2 {
		r |= 16
	}
	anon := struct {
		k int32
		v string
	}{1, "one"}
	if anon == (struct {
		k int32
		v string
	}{1, "o" + "ne"}) {
		r |= 32
	}
	return r
}

//go:wasmexport padded
func paddedEq(a1 int32, b1 int64, a2 int32, b2 int64) int32 {
	p := padded{a: int8(a1), b: b1, c: 7}
	q := padded{a: int8(a2), b: b2, c: 7}
	if p == q {
		return 1
	}
	return 0
}

//go:wasmexport floats
func floats(x, y float64) int32 {
	p := fpair{x, float32(x)}
	q := fpair{y, float32(y)}
	r := int32(0)
	if p == q {
		r |= 1
	}
	if p != q {
		r |= 2
	}
	if p == p {
		r |= 4
	}
	return r
}

//go:wasmexport names
func names(a, b string) int32 {
	p := named{a, len(a)}
	q := named{b, len(b)}
	if p == q {
		return 1
	}
	return 0
}

func main() {}
