// A parameter list not closed: Go's 'in parameter list; possibly missing comma or )'.
package main

func f(a int32 { // ERROR "^syntax error: unexpected \{ in parameter list; possibly missing comma or \)$"
}

func main() {}
