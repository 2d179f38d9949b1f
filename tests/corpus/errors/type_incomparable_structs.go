// Structs and arrays whose elements cannot be compared, and slices
// compared with each other: Go names the element that cannot be.
package main

type S struct {
	xs []int
	n  int
}

type W struct {
	inner S
}

func main() {
	var s1, s2 S
	var w1, w2 W
	var a1, a2 [2][]int
	_ = s1 == s2 // ERROR "^invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)$"
	_ = w1 != w2 // ERROR "^invalid operation: w1 != w2 \(struct containing S cannot be compared\)$"
	_ = a1 == a2 // ERROR "^invalid operation: a1 == a2 \(\[2\]\[\]int cannot be compared\)$"
	_ = s1.xs == nil
}
