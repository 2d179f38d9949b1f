// The new builtin is rejected at the call; the pointer it would give says nothing more.
package main

func main() {
	p := new(int32) // ERROR "^new is not supported by wexlab$"
	*p = 3
	println(*p)
}
