// What strings still lack: conversions to and from byte and rune slices come with slices.
package main

func main() {
	s := "hello"
	b := []byte(s) // ERROR "^slices are not supported by wexlab$"
	r := []rune(s) // ERROR "^slices are not supported by wexlab$"
	println(len(b), len(r))
}
