// In c-shared mode Go keeps the wasmimports main reaches, but not those only its dead code calls: after a return, in an if false, or in a function nothing calls; a package variable's initializer runs in _initialize and keeps its import.
//
// run: c-shared
// import: env live (i32) (i32) echo
// import: env init () (i64) const:40
// call: value 2
package main

//go:wasmimport env afterreturn
func afterReturn()

//go:wasmimport env live
func live(x int32) int32

//go:wasmimport env iffalse
func ifFalse()

//go:wasmimport env init
func initial() int64

//go:wasmimport env unused
func unusedImport()

var base = initial()

const debug = false

func neverCalled() { unusedImport() }

//go:wasmexport value
func value(x int32) int64 { return base + int64(x) }

func main() {
	if debug {
		ifFalse()
	}
	println(live(1))
	return
	afterReturn()
}
