// Two specs on one line of a grouped declaration: Go's 'in grouped declaration'.
package main

const (
	a = 1
	b 2 // ERROR "^syntax error: unexpected literal 2 in grouped declaration; possibly missing semicolon or newline or \)$"
) // ERROR "^syntax error: non-declaration statement outside function body$"

func main() {}
