// f(g()) where g returns several results: the results become f's
// arguments in order, for functions, methods and results of mixed types
// (struct, string, float, bool), nested as f(g(h())), and with a
// result count of one as a control.
//
// run: c-shared
// call: run
// call: divide 17 5
// call: divide -17 5
// call: divide 4 0
// call: roundtrip 3 -9
// call: span str:hello
package main

type vec struct {
	x, y int32
}

func divmod(a, b int32) (int32, int32) {
	if b == 0 {
		return 0, a
	}
	return a / b, a % b
}

func combine(q, r int32) int32 { return q*1000 + r }

func split(v vec) (int32, int32) { return v.x, v.y }

func join(x, y int32) vec { return vec{x, y} }

func swap(a, b int32) (int32, int32) { return b, a }

func (v vec) scaled(k, add int32) vec { return vec{v.x*k + add, v.y*k + add} }

func parts(s string) (string, int, bool) { return s, len(s), len(s) > 3 }

func describe(s string, n int, long bool) int32 {
	println(s, n, long)
	if long {
		return int32(n) * 10
	}
	return int32(n)
}

func pairf() (float64, float32) { return 1.5, 0.25 }

func addf(a float64, b float32) float64 { return a + float64(b) }

func withVec() (vec, string) { return vec{2, 3}, "v" }

func label(v vec, s string) string { return s + string(rune('0'+v.x)) + string(rune('0'+v.y)) }

func one() int32 { return 7 }

func twice(x int32) int32 { return 2 * x }

//go:wasmexport run
func run() int32 {
	v := join(swap(split(vec{1, 2})))
	println(v.x, v.y)
	w := v.scaled(divmod(7, 3))
	println(w.x, w.y, addf(pairf()), label(withVec()))
	return w.x + w.y + twice(one()) + describe(parts("four"))
}

//go:wasmexport divide
func divide(a, b int32) int32 {
	return combine(divmod(a, b))
}

//go:wasmexport roundtrip
func roundtrip(x, y int32) int32 {
	return combine(split(join(swap(x, y))))
}

//go:wasmexport span
func span(s string) int32 {
	return describe(parts(s))
}

func main() {}
