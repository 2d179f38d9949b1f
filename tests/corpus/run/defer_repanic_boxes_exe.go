// Whether a panic repanics the value of the one before it is Go's
// comparison of the two interface values: equal constants share their
// box, as do integers below 256 and pointers, so each such pair prints
// as one panic; a larger integer or a string built at run time gets a new
// box each time, and an integer constant's box is not a variable's.
//
// run: exe
package main

type node struct{ v int }

var small = 200
var big = 1000
var word = "again"
var shared *node

func twice(s string) string { return s + s }

func main() {
	defer func() { panic(1000) }()
	defer func() { panic(1000) }()
	defer func() { panic(big) }()
	defer func() { panic(big) }()
	defer func() { panic(twice(word)) }()
	defer func() { panic(twice(word)) }()
	defer func() { panic(shared) }()
	defer func() { panic(shared) }()
	defer func() { panic(200) }()
	defer func() { panic(small) }()
	panic(small)
}
