// Several results, which Go refuses (go:wasmexport: too many return values)
// and --rules multivalue returns as a wasm multi-value result, in order.
//
//	wexlab run examples/abi/multivalue.go --rules multivalue --invoke divmod 17 5
//	wexlab run examples/abi/multivalue.go --rules multivalue --invoke minmax 3 9 -2
package main

// divmod returns the quotient and the remainder; ok is false for a zero divisor.
//
//go:wasmexport divmod
func divmod(a, b int32) (q, r int32, ok bool) {
	if b == 0 {
		return 0, 0, false
	}
	return a / b, a % b, true
}

// minmax returns the least and the greatest of three numbers.
//
//go:wasmexport minmax
func minmax(a, b, c int64) (int64, int64) {
	lo, hi := a, a
	for _, x := range [2]int64{b, c} {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {}
