// panic in a program: a function may end in a panic instead of a return;
// the message, then exit code 2 and nothing more.
//
// run: exe
package main

type code uint16

func check(x int) int {
	if x >= 0 {
		return x * 2
	}
	panic(code(x))
}

func main() {
	println(check(4))
	println(check(-1))
	println("not reached")
}
