// A func init is rejected at its name.
package main

var x int32

func init() { x = 1 } // ERROR "^func init is not supported by wexlab"

func main() { println(x) }
