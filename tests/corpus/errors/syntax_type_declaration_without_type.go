// A type declaration without its type: Go's 'in type declaration'.
package main

type T // ERROR "^syntax error: unexpected newline in type declaration$"

func main() {}
