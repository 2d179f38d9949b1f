// In a library, an export whose panic's deferred call panics again, the
// second panic recovered by a deferred call further down: the export
// returns normally each time it is called, with the value the recovering
// call set, and the runtime's record of the panics is left empty for the
// next call: the last one's panic, not recovered, prints alone.
//
// run: c-shared
// call: settle 3
// call: settle 4
// call: settle 0
// call: boom
package main

func settle(n int32) (r int32) {
	defer func() {
		if recover() != nil {
			r += 100
		}
	}()
	defer func() {
		if n > 0 {
			panic("second")
		}
	}()
	r = n
	if n > 0 {
		panic("first")
	}
	return n * 2
}

//go:wasmexport settle
func export(n int32) int32 {
	return settle(n)
}

//go:wasmexport boom
func boom() {
	defer println("boom's defer")
	panic("boom")
}

func main() {}
