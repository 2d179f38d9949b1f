// Type errors of function values and literals: comparing funcs with each
// other, assigning a function or literal of another type, calls through a
// value with wrong arguments, calling a non-function, a literal returning
// a value it has no result for, and a literal's unused variable.
package main

func add(a, b int) int { return a + b }

func main() {
	f := add
	g := add
	_ = f == g   // ERROR "^invalid operation: f == g \(func can only be compared to nil\)$"
	_ = f == add // ERROR "^invalid operation: f == add \(func can only be compared to nil\)$"
	var h func(string) int = add // ERROR "^cannot use add \(value of type func\((a )?int, (b )?int\) int\) as func\(string\) int value in variable declaration$"
	var k func(int) int = func(x int) int { return x }
	k = func(s string) int { return len(s) } // ERROR "^cannot use func\(s string\) int .* \(value of type func\((s )?string\) int\) as func\(int\) int value in assignment$"
	_ = f(1)      // ERROR "^not enough arguments in call to f\n\thave \(number\)\n\twant \(int, int\)$"
	_ = f(1, "a") // ERROR "^cannot use .a. \(untyped string constant\) as int value in argument to f$"
	n := 3
	n() // ERROR "^invalid operation: cannot call n \(variable of type int\): int is not a function$"
	var r func() = func() { return 1 } // ERROR "^too many return values\n\thave \(number\)\n\twant \(\)$"
	_, _, _, _ = h, k, r, n
	x := 1                // ERROR "^declared and not used: x$"
	_ = func() { x := 2 } // ERROR "^declared and not used: x$"
}

func variadic(xs ...int) int { return len(xs) }

// A variadic func type is its own type: a slice for the last parameter.
func types() {
	var v func(...int) int = variadic
	var w func([]int) int = variadic // ERROR "^cannot use variadic \(value of type func\((xs )?\.\.\.int\) int\) as func\(\[\]int\) int value in variable declaration$"
	_, _ = v, w
}
