// `byte` is `uint8` and `rune` is `int32` inside other types too: function
// types, maps, structs, arrays and slices spelled with either are one
// type, so values of one are assignable to the other.
//
// run: exe
package main

type pair struct {
	a byte
	b rune
}

func apply(f func(int32) uint8, x rune) byte { return f(x) }

func main() {
	var f func(int32) uint8 = func(r rune) byte { return byte(r) + 1 }
	var h func(byte) = func(b uint8) { println("h", b) }
	h(f(7))
	println(apply(func(r rune) byte { return byte(r * 2) }, 21))

	var m map[rune]byte = map[int32]uint8{1: 10, 2: 20}
	m[3] = 30
	println(len(m), m[2])

	var p struct {
		a uint8
		b int32
	} = pair{a: 1, b: 2}
	println(p.a, p.b)

	var arr [2]uint8 = [2]byte{4, 5}
	var s []int32 = []rune{6, 7}
	println(arr[1], s[0])
}
