// Writing a field through a nil pointer returned by a lookup panics with
// Go's nil-dereference message.
//
// run: c-shared
// call: set 0 5
// call: set 1 6
// call: set 3 7
package main

type entry struct {
	key   int32
	value int64
}

var entries [2]entry

func lookup(k int32) *entry {
	if k >= 0 && k < int32(len(entries)) {
		return &entries[k]
	}
	return nil
}

//go:wasmexport set
func set(k int32, v int64) int64 {
	e := lookup(k)
	e.value = v
	return entries[0].value + entries[1].value
}

func main() {}
