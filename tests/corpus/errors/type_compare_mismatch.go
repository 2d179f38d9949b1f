// Comparing and assigning composite values: arrays of different lengths,
// different struct types, pointers to different types, ordered comparison
// of structs and arrays.
package main

type T struct{ a int32 }
type U struct{ a int32 }

func main() {
	var a [3]int
	var b [4]int
	var t T
	var u U
	_ = a == b   // ERROR "^invalid operation: a == b \(mismatched types \[3\]int and \[4\]int\)$"
	_ = t != u   // ERROR "^invalid operation: t != u \(mismatched types T and U\)$"
	_ = &t == &u // ERROR "^invalid operation: &t == &u \(mismatched types \*T and \*U\)$"
	_ = t < t    // ERROR "^invalid operation: t < t \(operator < not defined on struct\)$"
	_ = a <= a   // ERROR "^invalid operation: a <= a \(operator <= not defined on array\)$"
	a = b        // ERROR "^cannot use b \(variable of type \[4\]int\) as \[3\]int value in assignment$"
	t = u        // ERROR "^cannot use u \(variable of struct type U\) as T value in assignment$"
	_ = t == nil // ERROR "^invalid operation: t == nil \(mismatched types T and untyped nil\)$"
}
