// Methods are rejected at their receiver, and calls of them at the selector.
package main

type counter int32

func (c *counter) inc() { *c++ } // ERROR "^methods are not supported by wexlab$"

func main() {
	var c counter
	c.inc() // ERROR "^selectors \(fields and methods\) are not supported by wexlab$"
	println(int32(c))
}
