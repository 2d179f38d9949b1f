// A deferred call that recovers and then panics with a new value: Go
// prints the recovered panic with "[recovered]", then the new one after a
// tab.
//
// run: exe
package main

type code int

func work(n int) {
	defer func() {
		if recover() != nil {
			panic(code(n * 2))
		}
	}()
	panic(code(n))
}

func main() {
	work(21)
}
