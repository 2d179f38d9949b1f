// Declaring a name twice in one block, or a := that declares nothing new, is an error.
package main

func f() {}

func f() {} // ERROR "^f redeclared in this block"

func main() {
	var x int32 = 1
	var x int64 = 2 // ERROR "^x redeclared in this block"
	y := int32(1)
	y := int32(2) // ERROR "^no new variables on left side of :=$"
	z, y := int32(3), int32(4)
	z, y := int32(5), int32(6) // ERROR "^no new variables on left side of :=$"
	println(x, y, z)
}
