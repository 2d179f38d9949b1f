// A function that can end without returning, or returns the wrong number of values, is an error.
package main

//go:wasmexport sign
func sign(a int32) int32 {
	if a > 0 {
		return 1
	} else if a < 0 {
		return -1
	}
} // ERROR "^missing return$"

func loop(a int64) int64 {
	for a > 0 {
		return a
	}
} // ERROR "^missing return$"

//go:wasmexport count
func count(a int32) int32 {
	if a > 0 {
		return // ERROR "^not enough return values"
	}
	return a, a // ERROR "^too many return values"
}

func main() { loop(1) }
