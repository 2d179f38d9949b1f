// Using an integer as an if or for condition is a non-boolean condition error.
package main

//go:wasmexport f
func f(a int32) int32 {
	if a { // ERROR "^non-boolean condition in if statement$"
		return 1
	}
	for a { // ERROR "^non-boolean condition in for statement$"
		a--
	}
	return 0
}

func main() {}
