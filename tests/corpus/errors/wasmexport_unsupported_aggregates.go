// Structs and arrays passed by value are rejected; named structs print unqualified, anonymous ones in full.
package main

type Point struct{ X, Y int32 }

//go:wasmexport move
func move(p Point) {} // ERROR "^go:wasmexport: unsupported parameter type Point$"

//go:wasmexport origin
func origin() Point { return Point{} } // ERROR "^go:wasmexport: unsupported result type Point$"

//go:wasmexport anon
func anon(s struct{ x int32 }) {} // ERROR "^go:wasmexport: unsupported parameter type struct \{ x int32 \}$"

//go:wasmexport sum
func sum(a [4]int32) int32 { return a[0] } // ERROR "^go:wasmexport: unsupported parameter type \[4\]int32$"

//go:wasmexport pair
func pair() [2]float64 { return [2]float64{} } // ERROR "^go:wasmexport: unsupported result type \[2\]float64$"

func main() {}
