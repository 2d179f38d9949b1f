// An exe program that walks a chain of structs one step too far: the last
// node's next is nil, and reading a field through it panics.
//
// run: exe
package main

type link struct {
	id   int32
	next *link
}

func chain(n int32) *link {
	var head *link
	for i := n; i > 0; i-- {
		head = &link{id: i, next: head}
	}
	return head
}

func main() {
	l := chain(3)
	for p := l; p != nil; p = p.next {
		println("node", p.id)
	}
	third := l.next.next
	println("third", third.id)
	println("fourth", third.next.id)
}
