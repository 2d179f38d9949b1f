// f(g()) where the counts or types do not match: too many and too few
// results for the parameters, a multi-value call in a single-value
// context, as one argument among others, and in a struct literal.
package main

type vec struct {
	x, y int32
}

func two() (int32, int32)         { return 1, 2 }
func three() (int32, int32, bool) { return 1, 2, true }
func one(a int32) int32           { return a }
func pairOf(a, b int32) vec       { return vec{a, b} }
func takesVec(v vec, k int32)     {}
func strs() (string, string)      { return "", "" }

func main() {
	_ = pairOf(three())     // ERROR "^too many arguments in call to pairOf"
	_ = one(two())          // ERROR "^too many arguments in call to one"
	_ = one(two(), 3)       // ERROR "^multiple-value two\(\) \(value of type \(int32, int32\)\) in single-value context$" "^too many arguments in call to one"
	v := two()              // ERROR "^assignment mismatch: 1 variable but two returns 2 values$"
	_ = vec{two()}          // ERROR "^multiple-value two\(\) \(value of type \(int32, int32\)\) in single-value context$" "^too few values in struct literal of type vec$"
	_ = pairOf(strs())      // ERROR "^cannot use strs\(\) \(value of type string\) as int32 value in argument to pairOf$"
	takesVec(pairOf(two())) // ERROR "^not enough arguments in call to takesVec"
	_ = v
}
