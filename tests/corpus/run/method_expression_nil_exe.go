// (*T).M of a method declared on T, called with a nil pointer: Go's
// "value method main.T.M called using nil *T pointer" panic, exit code 2.
//
// run: exe
package main

type box struct{ v int32 }

func (b box) get() int32 { return b.v }

func main() {
	get := (*box).get
	b := &box{7}
	println(get(b))
	b = nil
	println(get(b))
}
