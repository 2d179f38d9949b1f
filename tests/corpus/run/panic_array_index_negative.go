// A negative variable index into an array of structs panics; the message
// gives the index without the length.
//
// run: c-shared
// call: weight 1
// call: weight -1
package main

type slot struct {
	w    int64
	name string
}

var slots = [4]slot{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}}

//go:wasmexport weight
func weight(i int32) int64 {
	s := slots[i+1]
	println(s.name)
	return slots[i].w + s.w
}

func main() {}
