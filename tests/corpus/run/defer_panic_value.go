// panic(v) runs the deferred calls of every frame, then prints Go's
// message and traps the module (c-shared), after an earlier call whose
// deferred calls ran normally.
//
// run: c-shared
// call: ok 4
// call: boom 1
package main

type code int

func check(v int32) {
	defer println("check's defer", v)
	if v > 0 {
		panic(code(v))
	}
}

//go:wasmexport ok
func ok(v int32) int32 {
	defer println("ok's defer")
	check(-v)
	return v
}

//go:wasmexport boom
func boom(v int32) int32 {
	defer func() { println("boom's literal") }()
	check(v)
	return 0
}

func main() {}
