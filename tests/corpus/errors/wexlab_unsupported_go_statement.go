// A go statement (a goroutine) is valid Go that wexlab rejects at the statement.
package main

func work() {}

func main() {
	go work() // ERROR "^go statements are not supported by wexlab$"
}
