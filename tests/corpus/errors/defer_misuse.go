// What defer does not take, with Go's messages: an expression that is not
// a call, a parenthesized call, conversions, and builtins whose result it
// would discard (a function's result may be discarded; println, copy,
// delete, clear and panic may be deferred).
package main

func f() int { return 1 }
func g()     {}

type T int

func main() {
	x := []int{1}
	m := map[int]int{}
	defer 1           // ERROR "^expression in defer must be function call$"
	defer f           // ERROR "^expression in defer must be function call$"
	defer (g())       // ERROR "^expression in defer must not be parenthesized$"
	defer len(x)      // ERROR "^defer discards result of len\(x\) \(value of type int\)$"
	defer int(3)      // ERROR "^defer requires function call, not conversion int\(3\) \(constant 3 of type int\)$"
	defer append(x, 1) // ERROR "^defer discards result of append\(x, 1\) \(value of type \[\]int\)$"
	defer T(1)        // ERROR "^defer requires function call, not conversion T\(1\) \(constant 1 of int type T\)$"
	defer min(1, 2)    // ERROR "^defer discards result of min\(1, 2\) \(untyped int constant 1\)$"
	defer new(int)    // ERROR "^defer discards result of new\(int\) \(value of type \*int\)$"
	defer x[0]        // ERROR "^expression in defer must be function call$"
	defer f()
	defer println(1)
	defer copy(x, x)
	defer delete(m, 1)
	defer clear(m)
	defer panic(1)
	defer g(1)        // ERROR "^too many arguments in call to g\n\thave \(number\)\n\twant \(\)$"
}
