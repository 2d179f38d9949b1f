// == and != on arrays longer than eight elements, which are compared by a
// loop: elements of every width (bool, int8, int32, float32, float64 with
// NaN, strings, structs), equal and differing at the first, a middle and
// the last element (found by wexlab-gen: the loop kept a 4-byte element's
// address in a 4-byte local).
//
// run: c-shared
// call: compare 0
// call: compare 1
// call: compare 8
// call: compare 10
package main

type pair struct {
	a int8
	b int32
}

//go:wasmexport compare
func compare(k int32) int32 {
	var b1, b2 [9]bool
	var i1, i2 [12]int8
	var w1, w2 [10]int32
	var f1, f2 [11]float32
	var d1, d2 [9]float64
	var s1, s2 [9]string
	var p1, p2 [9]pair
	if k >= 0 && k < 9 {
		b2[k] = true
		i2[k] = -1
		w2[k] = 7
		f2[k] = 0.5
		d1[k], d2[k] = 0, 0
		s2[k] = "x"
		p2[k].b = 3
	}
	if k == 10 {
		d1[3] = nan()
		d2[3] = d1[3]
	}
	r := int32(0)
	for i, eq := range []bool{b1 == b2, i1 == i2, w1 == w2, f1 == f2, d1 == d2, s1 == s2, p1 == p2, b1 != b2} {
		if eq {
			r |= 1 << i
		}
	}
	println(k, r)
	return r
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}

func main() {}
