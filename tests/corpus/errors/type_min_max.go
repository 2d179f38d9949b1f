// min and max: Go's errors for their arguments.
package main

func main() {
	var i int
	var j int32
	var b bool
	var p *int
	_ = min() // ERROR "^invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)$"
	_ = min(i, j) // ERROR "^invalid argument: mismatched types int \(previous argument\) and int32 \(type of j\)$"
	_ = max(b, b) // ERROR "^invalid argument: b \(variable of type bool\) cannot be ordered$"
	_ = min(i, 1.5) // ERROR "^1\.5 \(untyped float constant\) truncated to int$"
	_ = min(p, p) // ERROR "^invalid argument: p \(variable of type \*int\) cannot be ordered$"
	_ = min(1.5, i) // ERROR "^1\.5 \(untyped float constant\) truncated to int$"
	_ = max("a", 1) // ERROR "^invalid argument: mismatched types untyped string \(previous argument\) and untyped int \(type of 1\)$"
	_ = min(i, "x") // ERROR "^invalid argument: mismatched types int \(previous argument\) and untyped string \(type of .x.\)$"
}
