// A panic in a call below functions with pending deferred calls runs them,
// innermost frame first and last deferred first in each, before Go's
// message and exit status 2; the frames without defers in between are
// left as they are.
//
// run: exe
package main

func leaf(xs []int, i int) int {
	defer println("leaf's defer", i)
	return xs[i]
}

func middle(xs []int) int {
	n := 0
	for i := 0; i < 4; i++ {
		n += leaf(xs, i)
	}
	return n
}

func outer() int {
	defer println("outer's first defer")
	s := "captured"
	defer func() { println("outer's literal", s) }()
	return middle([]int{1, 2, 3})
}

func main() {
	defer println("main's defer")
	println(outer())
}
