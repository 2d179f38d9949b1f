// panic(v) with a float64: Go's message.
//
// run: c-shared
// call: p 2
package main

type myint int32
type mystr string

//go:wasmexport p
func p(k int32) {
	switch k {
	case 0:
		panic("boom")
	case 1:
		panic(42)
	case 2:
		panic(1.5)
	case 3:
		panic(myint(7))
	case 4:
		panic(mystr("x"))
	case 5:
		panic(true)
	case 6:
		panic(uint8(200))
	case 7:
		var s string = "multi\nline"
		panic(s)
	case 8:
		panic(float32(2.5))
	case 9:
		panic(nil)
	case 10:
		var q *int
		panic(q)
	case 11:
		panic(-3)
	case 12:
		panic('x')
	}
}

func main() {}
