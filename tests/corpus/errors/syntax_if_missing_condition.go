// An if statement with an init statement and no condition.
package main

func main() {
	if x := 1; { // ERROR "^syntax error: missing condition in if statement$"
	}
}
