// A wasmexport directive before an ungrouped var, const or type declaration is silently ignored by Go.
package main

//go:wasmexport counter // WARNING "is ignored"
var counter int32

//go:wasmexport limit // WARNING "is ignored"
const limit = 10

//go:wasmexport Size // WARNING "is ignored"
type Size int64

//go:wasmexport bump
func bump() int32 {
	//go:wasmexport local // WARNING "is ignored"
	var x int32 = 1
	counter += x
	if counter > limit {
		counter = 0
	}
	return counter
}

func main() {}
