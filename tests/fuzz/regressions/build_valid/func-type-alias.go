// wexlab rejects this valid program (Go builds it): `rune` is an alias of
// `int32` and `byte` of `uint8`, so `func(rune) byte` and `func(int32)
// uint8` are one type; wexlab compares the function types by the names
// their parameters and results are spelled with.
//
//   func-type-alias.go:17:28: cannot use func(r rune) byte { … } (value of
//     type func(rune) byte) as func(int32) uint8 value in variable
//     declaration (and the same for `func(byte)` on line 18)
//
// Found by check-with-go.sh (seeds 4, 13 and 26 of wexlab-gen with
// function literals); reduced by hand.
package main

var g int32 = 7

func main() {
	var f func(int32) uint8 = func(r rune) byte { return byte(r) }
	var h func(byte) = func(b uint8) { println(b) }
	h(f(g))
}
