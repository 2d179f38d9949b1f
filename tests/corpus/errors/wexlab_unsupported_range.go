// A range loop is rejected at the for statement.
package main

func main() {
	n := int32(0)
	for i := range 10 { // ERROR "^range loops are not supported by wexlab$"
		n += int32(i)
	}
	println(n)
}
