// Range loops: Go's errors for the range expression and the iteration variables.
package main

func main() {
	s := "abc"
	f := 1.5
	var k int32
	var b byte
	for i, j := range 10 { // ERROR "^range over 10 \(untyped int constant\) permits only one iteration variable$"
		println(i, j)
	}
	for i := range 1.5 { // ERROR "^cannot range over 1\.5 \(untyped float constant\)$"
		println(i)
	}
	for i := range f { // ERROR "^cannot range over f \(variable of type float64\)$"
		println(i)
	}
	for i, r := range s { // ERROR "^declared and not used: i$" "^declared and not used: r$"
	}
	for _ = range s {
	}
	for k = range s { // ERROR "^cannot use k \(value of type int\) as int32 value in assignment$"
	}
	for _, b = range s { // ERROR "^cannot use b \(value of type rune\) as byte value in assignment$"
	}
	for k = range 3 {
	}
	for x.y := range s { // ERROR "^no new variables on left side of :=$" "^invalid syntax tree: cannot declare x\.y$"
	}
	for i, j, l := range s { // ERROR "^declared and not used: i$" "^declared and not used: j$" "^range clause permits at most two iteration variables$"
	}
	for i := range true { // ERROR "^cannot range over true \(untyped bool constant\)$"
	}
	println(k, b)
}
