// Pointer operations Go rejects: dereferencing a non-pointer and nil,
// a struct value where a pointer is wanted, selecting a field through a pointer to
// a pointer, indexing a pointer to a struct, assigning pointers of
// different types, and comparing a pointer with a non-pointer.
package main

type node struct {
	val  int32
	next *node
}

func main() {
	var n node
	p := &n
	pp := &p
	var i int32
	_ = *n           // ERROR "^invalid operation: cannot indirect n \(variable of struct type node\)$"
	_ = *nil         // ERROR "^invalid operation: cannot indirect nil$"
	_ = pp.val       // ERROR "^pp\.val undefined \(type \*\*node has no field or method val\)$"
	_ = p[0]         // ERROR "^cannot index p \(variable of type \*node\)$"
	var r *node = n  // ERROR "^cannot use n \(variable of struct type node\) as \*node value in variable declaration$"
	var q *int32 = p // ERROR "^cannot use p \(variable of type \*node\) as \*int32 value in variable declaration$"
	_ = p == i       // ERROR "^invalid operation: p == i \(mismatched types \*node and int32\)$"
	_ = q
	_ = r
	_ = (*pp).val
	_ = n.next.next.val
}
