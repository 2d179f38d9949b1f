// What slices still lack: converting a slice to an array or to a pointer
// to one (Go 1.20) is rejected at the conversion.
package main

func main() {
	s := []int32{1, 2, 3}
	a := [3]int32(s)   // ERROR "^conversions of slices to arrays are not supported by wexlab$"
	p := (*[2]int32)(s) // ERROR "^conversions of slices to arrays are not supported by wexlab$"
	println(a[0], p[1])
}
