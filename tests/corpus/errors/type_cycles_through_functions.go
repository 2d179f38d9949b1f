// Initialization cycles through a function, and self references.
package main

var x = f() // ERROR "^initialization cycle for x"

func f() int32 { return x }

var s = s // ERROR "^initialization cycle: s refers to itself$"

const c = c + 1 // ERROR "^initialization cycle: c refers to itself$"

func main() {}
