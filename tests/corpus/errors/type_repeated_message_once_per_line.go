// Go prints an error that repeats the previous one's message on the same line once; different messages all appear.
package main

func main() {
	_ = u1 + u1      // ERROR "^undefined: u1$"
	_ = u2 + u3 + u2 // ERROR "^undefined: u2$" "^undefined: u3$" "^undefined: u2$"
	var a, b int32 = 1.5, 2.5 // ERROR "^cannot use 1.5 \(untyped float constant\) as int32 value in variable declaration \(truncated\)$" "^cannot use 2.5 \(untyped float constant\) as int32 value in variable declaration \(truncated\)$"
	_, _ = a, b
}
