// Method values and wasmimport functions used as values are rejected at
// the use; calls through the variables say nothing more.
package main

type counter struct{ n int32 }

func (c *counter) inc() int32 { c.n++; return c.n }

//go:wasmimport env tick
func tick(x int32) int32

func main() {
	c := &counter{}
	f := c.inc // ERROR "^method values are not supported by wexlab$"
	println(f())
	g := tick // ERROR "^wasmimport functions used as values are not supported by wexlab$"
	println(g(1))
}
