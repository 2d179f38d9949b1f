// Go forms outside the subset are read by the parser wherever Go allows them (function literals in statement headers and composite literals of func slices, which wexlab compiles, func and channel types as operands, interfaces with methods in expressions, labeled statements, a type switch ending a function) and rejected as not supported, never with a syntax or type error; a function body is rejected at its first such form.
package main

func pick(n int32) int32 {
	if f := func() int32 { return n }; f() > 0 {
		return 1
	}
	return 0
}

func slices(n int32) int32 {
	for _, g := range []func() int32{} {
		return g()
	}
	return n
}

func types(c chan int32) { // ERROR "^channels are not supported by wexlab$"
	_ = (<-chan int32)(c) // ERROR "^channels are not supported by wexlab$"
}

func values() {
	_ = make(chan func(), 1) // ERROR "^channels are not supported by wexlab$"
}

func asserted(x any) bool { // ERROR "^interfaces are not supported by wexlab$"
	_, ok := x.(interface{ Get() int32 }) // ERROR "^type assertions are not supported by wexlab$"
	return ok
}

func kind(x any) int32 { // ERROR "^interfaces are not supported by wexlab$"
	switch x.(type) { // ERROR "^type switches are not supported by wexlab$"
	case int32:
		return 1
	default:
		return 0
	}
}

func labeled(n int32) int32 {
	for n > 0 {
		n--
		if n == 3 {
			goto done // ERROR "^goto statements are not supported by wexlab$"
		}
	}
done: // ERROR "^labeled statements are not supported by wexlab$"
	return n
}

func main() {
	println(pick(1), slices(2), labeled(5), kind(nil)) // ERROR "^interfaces are not supported by wexlab$"
	types(nil)  // ERROR "^channels are not supported by wexlab$"
	values()
	println(asserted(nil)) // ERROR "^interfaces are not supported by wexlab$"
}
