// Type literals as operands that postfix operators follow, as Go's grammar
// allows: the address of an element of a conversion to []byte, an element
// of an array literal indexed at once, and a slice of a slice literal.
//
// run: c-shared
// call: letter 0
// call: letter 5
// call: pick 2
// call: tail 1
package main

//go:wasmexport letter
func letter(i int32) int32 {
	p := &[]byte("wexlab")[i]
	*p -= 32
	return int32(*p)
}

//go:wasmexport pick
func pick(i int32) int32 {
	return [4]int32{10, 20, 30, 40}[i] + [...]int32{1, 2, 3}[i]
}

//go:wasmexport tail
func tail(i int32) int32 {
	s := []int32{5, 6, 7, 8}[i:]
	return int32(len(s)) + s[0]
}

func main() {}
