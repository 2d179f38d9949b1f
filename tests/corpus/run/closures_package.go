// Function literals in package variable initializers (named as Go names
// them, one per literal), a slice of them, and exports that keep closures
// in package variables between calls.
//
// run: c-shared
// call: step 1
// call: step 2
// call: total
// call: apply 0 7
// call: apply 1 7
// call: reset 100
// call: step 5
package main

var base int32 = 5

var addBase = func(x int32) int32 { return x + base }

var table = []func(int32) int32{
	func(x int32) int32 { return x * 2 },
	func(x int32) int32 { return addBase(x) * 3 },
}

var step func(int32) int32

func makeStep(start int32) func(int32) int32 {
	sum := start
	return func(d int32) int32 {
		sum += d
		return sum
	}
}

//go:wasmexport step
func doStep(d int32) int32 {
	if step == nil {
		step = makeStep(0)
	}
	return step(d)
}

//go:wasmexport total
func total() int32 { return step(0) }

//go:wasmexport apply
func apply(i, x int32) int32 { return table[i](x) }

//go:wasmexport reset
func reset(start int32) { step = makeStep(start) }

func main() {}
