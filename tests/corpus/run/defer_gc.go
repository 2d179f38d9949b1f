// Deferred calls keep what they captured alive: the arguments copied at
// each defer statement (strings, slices, pointers, closures) are reachable
// only through the runtime's stack of deferred calls while the function
// allocates much more before returning; each is checked when it runs.
//
// run: exe
package main

type box struct {
	label string
	vals  []int
}

func check(i int, s string, xs []int, b *box, f func() int) {
	ok := len(s) == i%7+1 && len(xs) == i%5+1 && xs[len(xs)-1] == i && b.vals[0] == i && f() == i*3
	if !ok {
		println("wrong at", i, s, len(xs), b.label, f())
	}
}

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := string(make([]byte, i%7+1))
		xs := make([]int, i%5+1)
		xs[len(xs)-1] = i
		b := &box{label: "box", vals: []int{i, i + 1}}
		k := i
		defer check(i, s, xs, b, func() int { return k * 3 })
		// Garbage, so that collections happen while the calls wait.
		junk := make([]int, 64)
		total += len(junk) + len(s)
	}
	return total
}

func main() {
	println(churn(300))
	println("done")
}
