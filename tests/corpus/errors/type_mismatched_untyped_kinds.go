// Operands of different kinds (string, boolean, numeric) are mismatched even when untyped; variables whose initializer fails are still reported unused.
package main

func main() {
	var a int32 = "x" + 1 // ERROR "^declared and not used: a$" "^invalid operation: .x. \+ 1 \(mismatched types untyped string and untyped int\)$"
	b := "s" + int32(1)   // ERROR "^declared and not used: b$" "^invalid operation: .s. \+ int32\(1\) \(mismatched types untyped string and int32\)$"
	c := true + 1         // ERROR "^declared and not used: c$" "^invalid operation: true \+ 1 \(mismatched types untyped bool and untyped int\)$"
	d := undefinedv       // ERROR "^declared and not used: d$" "^undefined: undefinedv$"
	e := 1 == "1"         // ERROR "^invalid operation: 1 == .1. \(mismatched types untyped int and untyped string\)$"
	_ = e
}
