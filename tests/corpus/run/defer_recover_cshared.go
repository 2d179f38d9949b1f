// In c-shared mode an export whose deferred call recovers returns normally
// to the host with the results the closure set; later calls work as
// before; an export that panics without recovering runs its deferred
// calls and traps as Go's does.
//
// run: c-shared
// call: safediv 10 2
// call: safediv 10 0
// call: checked 3
// call: checked 12
// call: safediv 9 3
// call: unguarded 1
package main

var recoveries int32

func quotient(a, b int32) int32 {
	defer println("quotient's defer", a, b)
	return a / b
}

//go:wasmexport safediv
func safediv(a, b int32) (r int32) {
	defer func() {
		if recover() != nil {
			recoveries++
			r = -recoveries
		}
	}()
	return quotient(a, b)
}

type tooBig int32

func limit(v int32) int32 {
	if v > 10 {
		panic(tooBig(v))
	}
	return v * 2
}

//go:wasmexport checked
func checked(v int32) (r int32) {
	r = 1000
	defer func() {
		if recover() != nil {
			println("checked recovered", r)
		}
	}()
	r = limit(v)
	return r
}

//go:wasmexport unguarded
func unguarded(v int32) int32 {
	defer println("unguarded's defer")
	return limit(v + 20)
}

func main() {}
