// Closures that allocate, and closure records and the variables they
// capture kept only by other closures, survive collections: each literal
// builds a string and a slice on the heap while the program churns
// through garbage (WEXLAB_GC_STRESS=1 collects at every allocation).
//
// run: exe
package main

type acc struct {
	items []string
	add   func(string)
}

func newAcc() *acc {
	a := &acc{}
	count := 0
	a.add = func(s string) {
		count++
		a.items = append(a.items, s+string(rune('a'+count%26)))
	}
	return a
}

func chain(n int) func() int {
	if n == 0 {
		return func() int { return 0 }
	}
	next := chain(n - 1)
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	return func() int {
		sum := 0
		for _, v := range buf {
			sum += v
		}
		return sum + next()
	}
}

func main() {
	a := newAcc()
	var keep []func() int
	for i := 0; i < 200; i++ {
		a.add("x")
		garbage := make([]byte, 1000)
		garbage[0] = byte(i)
		if i%20 == 0 {
			keep = append(keep, chain(i/20))
		}
	}
	println(len(a.items), a.items[0], a.items[199])
	for _, f := range keep {
		print(f(), " ")
	}
	println()
	words := []string{}
	push := func(w string) { words = append(words, w+w) }
	for i := 0; i < 100; i++ {
		push(string(rune('A' + i%26)))
	}
	println(len(words), words[0], words[99])
}
