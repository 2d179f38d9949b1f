// Reading a field through a nil struct pointer kept in a struct panics
// with Go's nil-dereference message.
//
// run: c-shared
// call: depth 1
// call: depth 0
package main

type node struct {
	val    int32
	parent *node
}

var root = node{val: 1}
var child = node{val: 2, parent: &root}

//go:wasmexport depth
func depth(fromChild int32) int32 {
	n := &root
	if fromChild != 0 {
		n = &child
	}
	println("reading", n.val)
	return n.parent.val
}

func main() {}
