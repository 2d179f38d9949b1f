// Calling a nil func value panics with Go's nil dereference message, after
// the arguments are evaluated.
//
// run: exe
package main

type handler struct {
	on func(int) int
}

func arg(n int) int {
	println("arg", n)
	return n
}

func main() {
	var h handler
	println("before")
	println(h.on(arg(1)))
	println("not reached")
}
