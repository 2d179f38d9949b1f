// What strings still lack: concatenation and conversions to string allocate, and come with the heap.
package main

func main() {
	s := "hello"
	t := s + " world" // ERROR "^string concatenations are not supported by wexlab$"
	var r rune = 'x'
	u := string(r) // ERROR "^conversions to string are not supported by wexlab$"
	println(len(t), u)
}
