// Variadic functions: no extra values (a nil slice), several, a slice
// passed on with ..., methods with variadic parameters, and the callee
// changing the caller's slice through t... but not through values.
//
// run: c-shared
// call: run
// call: spread 4
// call: spread 0
package main

type acc struct{ total int64 }

func (a *acc) add(xs ...int64) int {
	for _, x := range xs {
		a.total += x
	}
	return len(xs)
}

func sum(base int64, xs ...int64) int64 {
	if xs == nil {
		return base * 1000
	}
	for _, x := range xs {
		base += x
	}
	return base
}

func bump(xs ...int32) {
	for i := range xs {
		xs[i]++
	}
}

func describe(prefix string, parts ...string) string {
	s := prefix
	for i, p := range parts {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s
}

//go:wasmexport run
func run() int64 {
	var a acc
	n := a.add(1, 2, 3)
	n += a.add()
	println(sum(7), sum(7, 1), sum(7, 1, 2, 3), n, a.total)
	v := []int32{1, 2, 3}
	bump(v...)
	bump(v[0], v[1])
	println(v[0], v[1], v[2], describe("x:"), describe("y:", "a", "b"))
	return sum(1, []int64{10, 20}...) + a.total
}

//go:wasmexport spread
func spread(k int32) int64 {
	xs := make([]int64, k)
	for i := range xs {
		xs[i] = int64(i * i)
	}
	return sum(100, xs...)
}

func main() {}
