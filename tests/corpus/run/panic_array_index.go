// Indexing an array with a variable index beyond its length panics with
// Go's text, naming the index and the length; in-range calls before it
// work.
//
// run: c-shared
// call: at 0
// call: at 2
// call: at 5
package main

var ring = [3]int32{7, 8, 9}

//go:wasmexport at
func at(i int32) int32 {
	var local [3]int32
	for k := range local {
		local[k] = ring[k] * 2
	}
	println("at", i)
	return local[i]
}

func main() {}
