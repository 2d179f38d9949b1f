// A pointer-receiver method called on a nil pointer runs (the call itself
// is fine) until it reads a field; a method that checks for nil first
// returns normally.
//
// run: c-shared
// call: size 1
// call: size 0
// call: count 0
package main

type list struct {
	n    int32
	next *list
}

func (l *list) safeLen() int32 {
	if l == nil {
		return 0
	}
	return 1 + l.next.safeLen()
}

func (l *list) count() int32 {
	return l.n
}

var three = &list{3, &list{2, &list{1, nil}}}

//go:wasmexport size
func size(which int32) int32 {
	var l *list
	if which != 0 {
		l = three
	}
	return l.safeLen()
}

//go:wasmexport count
func count(which int32) int32 {
	var l *list
	if which != 0 {
		l = three
	}
	println("counting")
	return l.count()
}

func main() {}
