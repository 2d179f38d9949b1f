// A struct that holds itself by value is Go's invalid recursive type, reported once at its declaration.
package main

type self struct{ s self } // ERROR "^invalid recursive type: self refers to itself$"

type outer struct{ in inner } // ERROR "^invalid recursive type outer$"
type inner struct{ out outer }

func main() {}
