// Composite literals Go rejects: a literal of a basic type, elided inner
// types where there is no outer element type, [...] outside a literal,
// too many elements for an array, a field key in an array literal, a
// non-constant array index, an element of the wrong type, and &T{} where
// T is not a struct, array, slice or map.
package main

type pair struct {
	a, b int32
}

var k = 2

func main() {
	_ = int{1}                          // ERROR "^invalid composite literal type int$"
	_ = pair{{1}, 2}                    // ERROR "^missing type in composite literal$"
	var x [...]int                      // ERROR "^invalid use of \[\.\.\.\] array \(outside a composite literal\)$"
	_ = [2]pair{{1, 2}, {3, 4}, {5, 6}} // ERROR "^index 2 is out of bounds \(>= 2\)$"
	_ = [3]int{a: 1}                    // ERROR "^undefined: a$"
	_ = [3]int{k: 1}                    // ERROR "^index k must be integer constant$"
	_ = [2]string{"a", 2}               // ERROR "^cannot use 2 \(untyped int constant\) as string value in array or slice literal$"
	_ = [2]pair{{a: 1}, {c: 2}}         // ERROR "^unknown field c in struct literal of type pair$"
	_ = &float64{}                      // ERROR "^invalid composite literal type float64$"
	_ = x
	_ = [2][2]int{{1, 2, 3}} // ERROR "^index 2 is out of bounds \(>= 2\)$"
}
