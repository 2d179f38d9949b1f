// docs/abi.md: types outside the table: int, int8, uint16 and two results are errors.
package main

//go:wasmexport bad
func bad(a int, b int8) uint16 { return 0 } // ERROR "unsupported parameter type int$" "unsupported parameter type int8$" "unsupported result type uint16$"

func two() (int32, int32) { return 1, 2 }

//go:wasmexport many
func many() (int32, int32) { return two() } // ERROR "too many return values"

func main() {}
