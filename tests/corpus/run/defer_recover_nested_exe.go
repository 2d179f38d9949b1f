// Panics nested in deferred calls, recovered: a deferred call recovers the
// panic that another one raised while the first panic ran (which ends
// both, the function returning normally); a deferred call whose helper
// panics and recovers goes on, and then recovers its own panic; a panic
// raised by a deferred call deep down is recovered in a caller. The last
// panic of main, with one more from its deferred call, is not recovered.
//
// run: exe
package main

func inner() (r int) {
	defer func() {
		if recover() != nil {
			r = 2
		}
	}()
	defer func() { panic("second") }()
	r = 1
	panic("first")
}

func helper() {
	defer func() { println("helper recovered", recover() != nil) }()
	panic("inner")
}

func outer() (n int) {
	defer func() {
		helper()
		println("after helper, recovering outer:", recover() != nil)
		n = 9
	}()
	panic("outer")
}

func deep(d int) int {
	if d == 0 {
		defer func() { panic("from deep") }()
		panic("bottom")
	}
	return deep(d-1) + 1
}

func catcher() (got bool) {
	defer func() { got = recover() != nil }()
	deep(3)
	return false
}

func main() {
	println(inner())
	println(outer())
	println(catcher())
	println(catcher())
	defer func() { panic("last") }()
	panic("end")
}
