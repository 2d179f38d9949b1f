// Plain int (64 bits on wasm) arithmetic: wraparound, MinInt / -1 and % -1, remainder signs, and mixing with int32 via conversions.
//
// run: c-shared
// call: addi 9223372036854775807 1
// call: muli 3037000500 3037000500
// call: divi -9223372036854775808 -1
// call: remi -9223372036854775808 -1
// call: divi -9 4
// call: remi -9 4
// call: remi 9 -4
// call: widen 2147483647 2147483647
// call: narrow 4294967297
// call: minint 0
package main

//go:wasmexport addi
func addi(a, b int64) int64 { return int64(int(a) + int(b)) }

//go:wasmexport muli
func muli(a, b int64) int64 { return int64(int(a) * int(b)) }

//go:wasmexport divi
func divi(a, b int64) int64 { return int64(int(a) / int(b)) }

//go:wasmexport remi
func remi(a, b int64) int64 { return int64(int(a) % int(b)) }

// int holds the sum of two int32 values without wrapping.
//
//go:wasmexport widen
func widen(a, b int32) int64 { return int64(int(a) + int(b)) }

//go:wasmexport narrow
func narrow(a int64) int32 { return int32(int(a) * 3) }

// -MinInt wraps to MinInt; MinInt - 1 wraps to MaxInt.
//
//go:wasmexport minint
func minint(z int64) int64 {
	m := int(-1 << 63)
	m += int(z)
	if -m != m {
		return 1
	}
	if m-1 != 1<<63-1 {
		return 2
	}
	return int64(m / 3)
}

func main() {}
