// Pointers to pointers: a **T re-pointed by a helper, a ***T, swapping the
// targets of two pointers, and a tail pointer used to append to a linked
// list without special-casing the empty list.
//
// run: c-shared
// call: run
// call: append 4
// call: append 5
// call: append 6
// call: list
// call: retarget 0
// call: retarget 1
package main

type cell struct {
	v    int32
	next *cell
}

var first *cell
var tail = &first

var x1 int64 = 1
var x2 int64 = 2
var cur = &x1

func point(pp **int64, to *int64) {
	*pp = to
}

//go:wasmexport run
func run() int64 {
	a, b := int64(3), int64(4)
	pa, pb := &a, &b
	ppa := &pa
	pppa := &ppa
	***pppa = 30
	println(a, **ppa)
	*ppa = pb
	**ppa = 40
	println(a, b, *pa)
	pa, pb = pb, pa
	*pa += 1
	println(a, b)
	var np *int64
	pnp := &np
	println(*pnp == nil)
	point(pnp, &a)
	*np = 99
	return a + b
}

//go:wasmexport append
func appendCell(v int32) int32 {
	c := &cell{v: v}
	*tail = c
	tail = &c.next
	n := int32(0)
	for p := first; p != nil; p = p.next {
		n++
	}
	return n
}

//go:wasmexport list
func list() int32 {
	t := int32(0)
	for pp := &first; *pp != nil; pp = &(*pp).next {
		(*pp).v *= 2
		t = t*100 + (*pp).v
	}
	return t
}

//go:wasmexport retarget
func retarget(which int32) int64 {
	if which == 0 {
		point(&cur, &x2)
	} else {
		point(&cur, &x1)
	}
	*cur += 10
	return x1*1000 + x2
}

func main() {}
