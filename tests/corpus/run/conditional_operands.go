// The right operand of && and || runs only when it decides the result,
// including what it needs first: a nil pointer's load, a string's bounds.
//
// run: exe
package main

var p *int
var q *int
var ten = 10

func check(s string) bool {
	return len(s) > 2 && s[1:3] == "el" || len(s) == 0 || s[len(s)-1] == 'x'
}

func main() {
	if p != nil && *p/2 > 1 {
		println("not reached")
	}
	q = &ten
	if q != nil && *q/2 > 1 {
		println("big")
	}
	println(p == nil || *p%3 == 0, check("hello"), check(""), check("ax"), check("ab"))
}
