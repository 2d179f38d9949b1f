// Three panics in a row, each raised by a deferred call of the one before
// it: Go prints them oldest first, every one after the first behind a tab,
// a multi-line message continuing with its own tab.
//
// run: exe
package main

var xs []int

func index(i int) int { return xs[i] }

func main() {
	defer func() { panic(int8(-3)) }()
	defer func() {
		println("before the second")
		panic("second\nline")
	}()
	println(index(5))
}
