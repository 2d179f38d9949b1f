// Array indices known at compile time: constant indices out of bounds or
// negative, a non-integer index, indices out of bounds and duplicated in
// array literals, and array lengths that are not constant or negative.
package main

var a [3]int32
var n = 4

func main() {
	_ = a[5]               // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
	_ = a[-1]              // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
	_ = a[1.5]             // ERROR "^1\.5 \(untyped float constant\) truncated to int$"
	_ = a["x"]             // ERROR "^cannot convert .x. \(untyped string constant\) to type int$"
	_ = [3]int{1, 2, 3, 4} // ERROR "^index 3 is out of bounds \(>= 3\)$"
	_ = [3]int{5: 1}       // ERROR "^invalid argument: index 5 out of bounds \[0:3\]$"
	_ = [...]int{1, 0: 2}  // ERROR "^duplicate index 0 in array or slice literal$"
	var b [n]int           // ERROR "^invalid array length n$"
	var c [-2]int          // ERROR "^invalid array length -2 \(untyped int constant\)$"
	_ = b
	_ = c
	var p *[3]int
	_ = p[3] // ERROR "^invalid argument: index 3 out of bounds \[0:3\]$"
}
