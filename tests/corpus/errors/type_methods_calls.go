// Method calls that Go rejects: an undefined method, a method of another
// type, a pointer method on a value that is not addressable (a call
// result, a composite literal, a value method's result), a method of a
// field's type that does not exist, and calls with the wrong arguments.
package main

type counter struct {
	n int32
}

func (c *counter) inc()          { c.n++ }
func (c counter) get() int32     { return c.n }
func (c *counter) add(k int32)   {}
func newCounter() counter        { return counter{} }
func (c counter) self() counter  { return c }
func (c *counter) ptr() *counter { return c }

type other struct{}

func (other) reset() {}

func main() {
	var c counter
	c.dec()            // ERROR "^c\.dec undefined \(type counter has no field or method dec\)$"
	c.reset()          // ERROR "^c\.reset undefined \(type counter has no field or method reset\)$"
	newCounter().inc() // ERROR "^cannot call pointer method inc on counter$"
	counter{}.inc()    // ERROR "^cannot call pointer method inc on counter$"
	c.self().inc()     // ERROR "^cannot call pointer method inc on counter$"
	c.add("x")         // ERROR "^cannot use .x. \(untyped string constant\) as int32 value in argument to c\.add$"
	c.add(1, 2)        // ERROR "^too many arguments in call to c\.add"
	_ = c.get
	c.n.inc()          // ERROR "^c\.n\.inc undefined \(type int32 has no field or method inc\)$"
	newCounter().ptr() // ERROR "^cannot call pointer method ptr on counter$"
	c.ptr().inc()
}
