// A statement at the top level: Go's 'non-declaration statement outside function body'.
package main

x := 1 // ERROR "^syntax error: non-declaration statement outside function body$"

func main() {}
