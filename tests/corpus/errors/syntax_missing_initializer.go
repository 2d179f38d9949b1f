// A var declaration with = and no value.
package main

func main() {
	var x int32 =
} // ERROR "^syntax error: unexpected \}, expected expression$"
