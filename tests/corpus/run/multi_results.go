// Functions with multiple results, tuple assignment swaps, named results with bare return, and discarding results with _.
//
// run: c-shared
// call: divmod 17 5
// call: divmod -17 5
// call: swap 1 2
// call: rotate 1
// call: fibpair 50
// call: named 10
// call: named -10
// call: minmax 3 9
// call: minmax 9 3
// call: blank 7
// call: reuse 6
package main

func qr(a, b int32) (int32, int32) { return a / b, a % b }

//go:wasmexport divmod
func divmod(a, b int32) int32 {
	q, r := qr(a, b)
	return q*1000 + r
}

//go:wasmexport swap
func swap(a, b int32) int32 {
	a, b = b, a
	return a*10 + b
}

// A three-way rotation through tuple assignment; the right side is evaluated first.
//
//go:wasmexport rotate
func rotate(x int32) int32 {
	a, b, c := x, x+1, x+2
	for i := 0; i < 4; i++ {
		a, b, c = b, c, a
	}
	return a*100 + b*10 + c
}

//go:wasmexport fibpair
func fibpair(n int32) int64 {
	a, b := int64(0), int64(1)
	for i := int32(0); i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func split(x int64) (hi int64, lo int64, neg bool) {
	if x < 0 {
		neg = true
		x = -x
	}
	hi = x / 4
	lo = x % 4
	return
}

//go:wasmexport named
func named(x int64) int64 {
	h, l, n := split(x)
	if n {
		return -(h*10 + l)
	}
	return h*10 + l
}

// A named result changed after being set, returned by a bare return.
func order(a, b int32) (lo, hi int32) {
	lo, hi = a, b
	if lo > hi {
		lo, hi = hi, lo
	}
	hi *= 2
	return
}

//go:wasmexport minmax
func minmax(a, b int32) int32 {
	lo, hi := order(a, b)
	return lo*100 + hi
}

//go:wasmexport blank
func blank(a int32) int32 {
	_, r := qr(a, 3)
	q, _ := qr(a, 2)
	var x int32
	x, _ = order(a, 1)
	return r*100 + q*10 + x
}

// Multiple results feeding an assignment to existing variables.
//
//go:wasmexport reuse
func reuse(a int32) int32 {
	q, r := qr(a, 4)
	q, r = qr(q+r*10, 3)
	return q*10 + r
}

func main() {}
