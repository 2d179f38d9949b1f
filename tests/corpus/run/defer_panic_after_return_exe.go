// A deferred call that panics after its function returned normally: the
// panic runs the deferred calls of the frames below, and Go's message is
// the plain one (nothing was recovered).
//
// run: exe
package main

type failure string

func save(n int) (written int) {
	defer func() {
		if written > 2 {
			panic(failure("short write"))
		}
	}()
	return n
}

func main() {
	defer println("main's defer")
	println(save(1))
	println(save(3))
}
