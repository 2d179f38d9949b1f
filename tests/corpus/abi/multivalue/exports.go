// Several results under --rules multivalue: the wasm function returns them
// as a multi-value result in order, each as Go's table says for one result
// (docs/abi.md). tests/abi_sets.rs calls every export with edge and random
// values and compares with the same functions run by Go.
package main

//go:wasmexport divmod
func divmod(a, b int32) (int32, int32) {
	if b == 0 || (a == -2147483648 && b == -1) {
		return 0, 0
	}
	return a / b, a % b
}

//go:wasmexport swap
func swap(a int64, b float64) (float64, int64) { return b, a }

//go:wasmexport none
func none() {}

//go:wasmexport three
func three(x uint32) (uint32, uint64, bool) { return x + 1, uint64(x) << 33, x%2 == 0 }

// Four results of four sizes: offsets 8, 16, 20 and 24 on the Go stack.
//go:wasmexport widths
func widths(x int32) (int64, float32, int32, float64) {
	return int64(x) * 3, float32(x) / 4, -x, float64(x) + 0.5
}

// Bools (one byte each on the Go stack) between wider results.
//go:wasmexport flags
func flags(x int32) (bool, int64, bool, bool) {
	return x > 0, int64(x) - 1, x == 0, x < 0
}

// Sixteen results, the limit.
//go:wasmexport sixteen
func sixteen(x int32) (int32, int32, int32, int32, int32, int32, int32, int32,
	int32, int32, int32, int32, int32, int32, int32, int32) {
	return x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7,
		x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14, x + 15
}

// One result stays as Go builds it.
//go:wasmexport one
func one(x uint64) uint64 { return x * 7 }

func main() {}
