// A type switch is rejected at the switch statement.
package main

func main() {
	var x any = int32(1) // ERROR "^interfaces are not supported by wexlab$"
	switch v := x.(type) { // ERROR "^type switches are not supported by wexlab$"
	case int32:
		println(v)
	}
	switch x.(type) { // ERROR "^type switches are not supported by wexlab$"
	}
}
