// String variables are rejected at their declaration and at each use.
package main

func main() {
	s := "hello"      // ERROR "^string variables are not supported by wexlab$"
	t := s + " world" // ERROR "^string variables are not supported by wexlab$"
	println(len(t)) // ERROR "^len is not supported by wexlab$"
}
