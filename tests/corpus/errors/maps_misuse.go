// Misused maps, with Go's messages: duplicate constant keys and missing
// keys in literals, keys of the wrong type, fields of map values assigned,
// addresses of map entries, comparisons of maps, make with too many
// arguments or a negative size, cap, delete of what is not a map, and
// comma-ok with too many variables.
package main

type P struct{ x int }

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "^duplicate key .a. in map literal$"
	_ = map[float64]bool{1: true, 1.0: false}   // ERROR "^duplicate key 1 in map literal$"
	n := map[int]P{}
	n[1].x = 5                 // ERROR "^cannot assign to struct field n\[1\].x in map$"
	_ = &m["a"]                // ERROR "^invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)$"
	_ = m == m                 // ERROR "^invalid operation: m == m \(map can only be compared to nil\)$"
	_ = make(map[int]int, 1, 2) // ERROR "^invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3$"
	_ = make(map[int]int, -1)  // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
	_ = cap(m)                 // ERROR "^invalid argument: m \(variable of type map\[string\]int\) for built-in cap$"
	delete(m, 1)               // ERROR "^cannot use 1 \(untyped int constant\) as string value in argument to delete$"
	delete(n)                  // ERROR "^invalid operation: not enough arguments for delete\(n\) \(expected 2, found 1\)$"
	var x []int
	delete(x, 1)               // ERROR "^invalid argument: x \(variable of type \[\]int\) is not a map$"
	_ = m[1]                   // ERROR "^cannot use 1 \(untyped int constant\) as string value in map index$"
	_ = map[string]int{1: 2}   // ERROR "^cannot use 1 \(untyped int constant\) as string value in map literal$"
	_ = map[string]int{"b"}    // ERROR "^missing key in map literal$"
	v, ok, z := m["a"]         // ERROR "^assignment mismatch: 3 variables but 1 value$"
	_, _, _ = v, ok, z
	var s string = m["a"]      // ERROR "^cannot use m\[.a.\] \(map index expression of type int\) as string value in variable declaration$"
	_ = s
}
