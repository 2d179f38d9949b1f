// Indexing a slice at its length panics with the index and the length,
// even though the capacity is larger.
//
// run: c-shared
// call: at 0
// call: at 2
// call: at 3
package main

var items = make([]int64, 3, 8)

//go:wasmexport at
func at(i int32) int64 {
	items[0] = 5
	return items[i] + int64(cap(items))
}

func main() {}
