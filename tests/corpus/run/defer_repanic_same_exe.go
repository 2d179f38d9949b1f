// A deferred call that recovers and then panics again with the same
// constant value: Go's message names one panic, "[recovered,
// repanicked]", and the program exits with status 2.
//
// run: exe
package main

func work() {
	defer func() {
		if recover() != nil {
			println("recovered; panicking again")
			panic("disk full")
		}
	}()
	panic("disk full")
}

func main() {
	defer println("main's defer")
	work()
	println("not reached")
}
