// A nil map reads as empty: index, comma-ok, len, range and delete all
// work on it, it compares equal to nil and prints as a nil pointer; a
// write to it panics with Go's message and exit status.
//
// run: exe
package main

type holder struct {
	m map[string]int
}

var global map[int]bool

func main() {
	var m map[string]int
	v, ok := m["x"]
	println(m == nil, m != nil, len(m), m["x"], v, ok)
	for k, v := range m {
		println("never", k, v)
	}
	delete(m, "x")
	clear(m)
	println(m)
	var h holder
	println(h.m == nil, len(h.m), global == nil, global[3])
	h.m = map[string]int{}
	println(h.m == nil, len(h.m))
	h.m = nil
	println(h.m == nil)
	m["boom"] = 1
	println("not reached")
}
