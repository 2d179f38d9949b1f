// Slice operations Go rejects: comparing two slices, appending to an
// array, copy between different element types, make without a length or
// with a constant cap below the length, cap of an integer, slicing an array
// value that is not addressable, and constant slice bounds out of order.
package main

func arr() [3]int { return [3]int{} }

func main() {
	a := []int{1}
	b := []int{2}
	var fixed [3]int
	var f []float64
	_ = a == b            // ERROR "^invalid operation: a == b \(slice can only be compared to nil\)$"
	_ = append(fixed, 1)  // ERROR "^invalid append: argument must be a slice; have fixed \(variable of type \[3\]int\)$"
	copy(a, f)            // ERROR "^invalid copy: arguments a \(variable of type \[\]int\) and f \(variable of type \[\]float64\) have different element types int and float64$"
	_ = make([]int)       // ERROR "^invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1$"
	_ = make([]int, 4, 2) // ERROR "^invalid argument: length and capacity swapped$"
	_ = cap(5)            // ERROR "^invalid argument: 5 \(untyped int constant\) for built-in cap$"
	_ = arr()[1:2]        // ERROR "^cannot slice unaddressable value arr\(\) \(value of type \[3\]int\)$"
	_ = a[3:1]            // ERROR "^invalid slice indices: 1 < 3$"
	_ = fixed[1:4]        // ERROR "^invalid argument: index 4 out of bounds \[0:4\]$"
	_ = a == nil
}
