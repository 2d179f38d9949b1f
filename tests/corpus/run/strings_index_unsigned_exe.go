// An index of an unsigned type beyond the length, in a program: Go's
// message, exit code 2, and nothing printed after the panic.
//
// run: exe
package main

func byteAt(s string, i uint64) byte { return s[i] }

func main() {
	word := "wasm"
	println(byteAt(word, 3))
	println(byteAt(word, 1<<63))
	println("not reached")
}
