// wasmimports with several results under --rules multivalue: the host
// returns them as a multi-value result in order, and Go code receives them
// as the function's results. The host functions (env.pair, env.split,
// env.swap, env.scale, env.echo32) are the test's, on wasm values; Go runs
// the same functions on the same values (tests/abi_sets.rs).
package main

//go:wasmimport env pair
func pair(x int32) (int32, int32)

//go:wasmimport env split
func split(x uint64) (uint32, int32)

//go:wasmimport env swap
func swap(a int32, b int64) (int64, int32)

//go:wasmimport env scale
func scale(x float64) (float64, int32, uint64)

//go:wasmimport env echo32
func echo(x int32) int32

//go:wasmexport pair_sum
func pairSum(x int32) int32 {
	a, b := pair(x)
	return a - b
}

//go:wasmexport pair_both
func pairBoth(x int32) (int32, int32) { return pair(x) }

//go:wasmexport split_both
func splitBoth(x uint64) (int32, uint32) {
	lo, hi := split(x)
	return hi, lo
}

//go:wasmexport swap_twice
func swapTwice(a int32, b int64) (int32, int64) {
	c, d := swap(a, b)
	e, f := swap(d, c)
	return f, e
}

//go:wasmexport scale_all
func scaleAll(x float64) (uint64, float64, int32) {
	f, i, u := scale(x)
	return u, f, i
}

// A one-result import beside them, as Go builds it.
//go:wasmexport echo_plus
func echoPlus(x int32) int32 { return echo(x) + 1 }

func main() {}
