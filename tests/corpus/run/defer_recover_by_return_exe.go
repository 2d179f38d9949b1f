// recover in a deferred call that a function's normal return runs, while
// a panic runs the deferred call that called the function: Go gives nil
// there (only the calls the panic itself runs can recover), so the panic
// goes on and ends the program. A deferred call the panic runs still
// recovers, before and after such a helper.
//
// run: exe
package main

var recovered int32

func helper() {
	defer func() {
		if recover() != nil {
			recovered++
			println("helper recovered")
		}
	}()
}

func tryBoth() (r int32) {
	defer func() {
		helper()
		if recover() != nil {
			r = 10 + recovered
		}
	}()
	panic("first")
}

func fatal() {
	defer func() {
		helper()
		println("after helper", recovered)
	}()
	panic("second")
}

func main() {
	println("tryBoth", tryBoth())
	fatal()
}
