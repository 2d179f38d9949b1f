// A defer statement is valid Go that wexlab rejects at the statement.
package main

func cleanup() {}

func main() {
	defer cleanup() // ERROR "^defer statements are not supported by wexlab$"
}
