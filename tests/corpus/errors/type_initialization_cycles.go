// Initialization cycles (through variables, constants and functions) and a recursive type, reported as Go reports them, notes included.
package main

var x = y // ERROR "^initialization cycle for x"
var y = x

const a = b // ERROR "^initialization cycle for a"
const b = a

type T T // ERROR "^invalid recursive type: T refers to itself$"

func f() int32 { return g() }
func g() int32 { return f() }

var p = q() // ERROR "^initialization cycle for p"
func q() int32 { return int32(len2) }
var len2 = p

func main() {}
