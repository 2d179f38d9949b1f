// A //go:noinline directive before a statement or a grouped var declaration is misplaced.
package main

func f() int32 {
	//go:noinline // ERROR "^misplaced compiler directive$"
	x := int32(1)
	return x
}

//go:noinline // ERROR "^misplaced compiler directive$"
var (
	y int32
)

func main() { f() }
