// Named boolean types computed from comparisons (untyped boolean values) in `&&`, `||`, `==`, `!=`, `!`, arguments, results, switch cases and conversions.
//
// run: c-shared
// call: classify 0 0
// call: classify 3 5
// call: classify 5 3
// call: classify -7 2
// call: classify 2 2
// call: count 10
// call: count 0
// call: count -4
// call: agree 4 9
// call: agree 9 4
// call: agree -1 -1
package main

type truth bool

type verdict truth

var limit int32 = 3
var positive = limit > 0
var seen truth

func within(v int32, lo, hi int32) truth { return v >= lo && v <= hi }

func both(a, b truth) truth { return a && b }

func grade(v int32) verdict {
	switch within(v, 0, 9) {
	case v%2 == 0:
		return v > limit
	case !(v < 5) && v != 7:
		return verdict(seen) || v == 9
	}
	return !(v > -limit)
}

//go:wasmexport classify
func classify(a, b int32) int32 {
	lt := a < b
	var eq truth = a == b
	seen = (a != 0) && seen || eq
	var r int32
	if truth(lt) == (b > 0) {
		r |= 1
	}
	if eq != (a > limit) {
		r |= 2
	}
	if both(a >= 0, within(b, 1, 5)) {
		r |= 4
	}
	if grade(a) && !(b < 0) {
		r |= 8
	}
	if bool(seen) && positive {
		r |= 16
	}
	return r
}

//go:wasmexport count
func count(n int32) int32 {
	var c int32
	for i := int32(-5); i < n; i++ {
		var odd truth = i%2 != 0
		if odd == (i > 2) || !odd && grade(i) == verdict(i < 0) {
			c++
		}
	}
	return c
}

//go:wasmexport agree
func agree(a, b int32) bool {
	x := truth(a < b)
	y := verdict(a <= b)
	return bool(x == (b > a)) && truth(y) == x
}

func main() {}
