// A panic in a deferred call while another panic runs the deferred calls,
// nobody recovering: the calls left still run, then Go prints both panics,
// the first one first and the second after a tab, a nil dereference's
// signal line after them both, and exits with status 2.
//
// run: exe
package main

type node struct{ v int }

var missing *node

func main() {
	defer println("main's first defer still runs")
	defer func() {
		println("second panic comes")
		panic("second")
	}()
	println("reading", missing.v)
}
