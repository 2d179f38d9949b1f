// Untyped constants that do not fit the target integer type are overflow errors.
package main

func main() {
	var a int8 = 300 // ERROR "^cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)$"
	var b uint8 = -1 // ERROR "^cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)$"
	var c int32
	c = 3000000000 // ERROR "^cannot use 3000000000 \(untyped int constant\) as int32 value in assignment \(overflows\)$"
	println(a, b, c)
}
