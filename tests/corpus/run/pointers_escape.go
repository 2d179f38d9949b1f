// Pointers that outlive their function: a pointer to a local returned and
// used after its function returned, pointers kept in package variables and
// in structs, and a linked list of nodes each made in a separate call.
//
// run: c-shared
// call: run
// call: push 5
// call: push 7
// call: push -3
// call: sum
// call: pop
// call: sum
// call: keep 42
// call: kept
// call: keep 43
// call: kept
package main

type node struct {
	val  int32
	next *node
}

type holder struct {
	p     *int64
	label string
}

var head *node
var depth int32
var saved *int64
var box holder

func counterAt(start int64) *int64 {
	c := start
	return &c
}

func makeNode(v int32, next *node) *node {
	n := node{val: v, next: next}
	return &n
}

//go:wasmexport run
func run() int64 {
	a := counterAt(10)
	b := counterAt(20)
	*a += 1
	*b += *a
	println(*a, *b, a == b)
	h := holder{p: counterAt(100), label: "h"}
	*h.p *= 2
	c := h
	*c.p += 1
	println(*h.p, *c.p, h.p == c.p)
	return *a + *b + *h.p
}

//go:wasmexport push
func push(v int32) int32 {
	head = makeNode(v, head)
	depth++
	return depth
}

//go:wasmexport pop
func pop() int32 {
	n := head
	head = n.next
	depth--
	return n.val
}

//go:wasmexport sum
func sum() int32 {
	t := int32(0)
	for n := head; n != nil; n = n.next {
		t = t*10 + n.val
	}
	return t
}

//go:wasmexport keep
func keep(v int64) int64 {
	old := int64(-1)
	if saved != nil {
		old = *saved
	}
	saved = counterAt(v)
	box = holder{saved, "boxed"}
	return old
}

//go:wasmexport kept
func kept() int64 {
	*box.p += 1000
	return *saved
}

func main() {}
