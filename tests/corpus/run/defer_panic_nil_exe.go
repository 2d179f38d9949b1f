// A nil pointer dereference in an exe program: the deferred calls of the
// frames above run, last first, then Go's message and exit status 2.
//
// run: exe
package main

type node struct {
	next *node
	v    int
}

func sum(n *node) int {
	defer println("sum's defer at", n.v)
	return n.v + sum(n.next)
}

func main() {
	defer println("main's defer")
	println(sum(&node{v: 1, next: &node{v: 2}}))
}
