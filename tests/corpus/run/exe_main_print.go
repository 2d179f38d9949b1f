// In exe mode main runs at _start, prints to stderr, and returning from main ends with exit code 0.
//
// run: exe
package main

var greeting int32 = 3

func tri(n int32) int32 {
	if n == 0 {
		return 0
	}
	return n + tri(n-1)
}

func main() {
	println("main starts", greeting)
	for i := int32(0); i < 5; i++ {
		print(i, ":", tri(i), " ")
	}
	println()
	x := 1.0
	for i := 0; i < 3; i++ {
		x /= 3
	}
	println(x, x*27 == 1)
	println("main ends")
}
