// What strings still lack: concatenation, conversions to string and range allocate or decode, and come with the heap.
package main

func main() {
	s := "hello"
	t := s + " world" // ERROR "^string concatenations are not supported by wexlab$"
	var r rune = 'x'
	u := string(r) // ERROR "^conversions to string are not supported by wexlab$"
	for i := range s { // ERROR "^range loops are not supported by wexlab$"
		println(i)
	}
	println(len(t), u)
}
