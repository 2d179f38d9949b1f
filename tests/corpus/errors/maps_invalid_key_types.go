// Map key types must be comparable: slices, maps and funcs are not, nor
// are arrays and structs holding them; Go reports each at the key type (a
// func type at its parameter list).
package main

type S struct{ a []int }

type fine struct {
	a [2]string
	b *int
	c float64
}

var a map[[]int]int       // ERROR "^invalid map key type \[\]int$"
var b map[S]bool          // ERROR "^invalid map key type S$"
var c map[[2]func()]int   // ERROR "^invalid map key type \[2\]func\(\)$"
var d map[map[int]int]int // ERROR "^invalid map key type map\[int\]int$"
var e map[func()]int      // ERROR "^invalid map key type func\(\)$"
var f map[fine]map[S]int  // ERROR "^invalid map key type S$"
var g map[fine][]S

func main() {
	_ = make(map[[]string]int)           // ERROR "^invalid map key type \[\]string$"
	_ = map[[1][]int]bool{}              // ERROR "^invalid map key type \[1\]\[\]int$"
}
