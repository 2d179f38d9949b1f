// Indexing through a nil pointer to an array panics with the
// nil-dereference message, not an index error (len of the nil pointer is
// still the constant length).
//
// run: c-shared
// call: sum 1
// call: sum 0
package main

var data = [4]int64{1, 2, 3, 4}

//go:wasmexport sum
func sum(use int32) int64 {
	var p *[4]int64
	if use != 0 {
		p = &data
	}
	println("len", len(p))
	t := int64(0)
	for i := 0; i < len(p); i++ {
		t += p[i]
	}
	return t
}

func main() {}
