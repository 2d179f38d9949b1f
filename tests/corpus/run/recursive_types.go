// Recursive types as values: a nil list, pointers to mutually recursive
// structs, a function type and a slice type that refer to themselves.
//
// run: c-shared
// call: empty
// call: same
package main

type node struct {
	val  int64
	next *node
}

type left struct{ r *right }
type right struct{ l *left }

type fn func(fn) int32
type lst []lst

func length(n *node) int64 {
	if n == nil {
		return 0
	}
	return 1
}

//go:wasmexport empty
func empty() int64 { return length(nil) }

//go:wasmexport same
func same() int32 {
	var l *left
	var r *right
	if l == nil && r == nil {
		return 1
	}
	return 0
}

func main() {}
