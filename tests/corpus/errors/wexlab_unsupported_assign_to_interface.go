// A value assigned to an interface (a parameter, a result) is valid Go whose assignability wexlab's checker does not judge: not supported, never "cannot use".
package main

type E struct{}

func (E) Error() string { return "e" }

func f(x any) {} // ERROR "^interfaces are not supported by wexlab$"

func g() error { // ERROR "^interfaces are not supported by wexlab$"
	return E{} // ERROR "^interfaces are not supported by wexlab$"
}

func main() {
	f(1) // ERROR "^interfaces are not supported by wexlab$"
	f(E{}) // ERROR "^interfaces are not supported by wexlab$"
	_ = g()
}
