// A binary operation between int32 and int64 operands is a mismatched-types error.
package main

//go:wasmexport add
func add(a int32, b int64) int64 {
	return a + b // ERROR "^invalid operation: a \+ b \(mismatched types int32 and int64\)$"
}

func cmp(x float32, y float64) bool {
	return x < y // ERROR "^invalid operation: x < y \(mismatched types float32 and float64\)$"
}

func main() { cmp(1, 2) }
