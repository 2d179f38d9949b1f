// Assigning an int64 value to an int32 variable is a type error.
package main

//go:wasmexport narrow
func narrow(x int64) int32 {
	var y int32 = x // ERROR "^cannot use x \(variable of type int64\) as int32 value in variable declaration$"
	y = x           // ERROR "^cannot use x \(variable of type int64\) as int32 value in assignment$"
	_ = y
	return x        // ERROR "^cannot use x \(variable of type int64\) as int32 value in return statement$"
}

func main() {}
