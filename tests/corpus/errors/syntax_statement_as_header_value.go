// A statement where an if or switch header needs a value is a syntax error at its operator.
package main

func main() {
	z := 1
	switch z = 2 { // ERROR "^syntax error: cannot use assignment z = 2 as value$"
	}
	if z := 0 { // ERROR "^syntax error: cannot use z := 0 as value$"
	}
	switch z++ { // ERROR "^syntax error: cannot use z\+\+ as value$"
	}
}
