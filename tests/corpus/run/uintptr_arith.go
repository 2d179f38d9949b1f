// uintptr arithmetic (64 bits inside Go on wasm, 32 bits at the export boundary): wraparound, division, shifts and truncation to uint32.
//
// run: c-shared
// call: add 4294967295 1
// call: wide 4294967295 1
// call: sub 0 1
// call: mul 65536 65536
// call: div 4294967295 16
// call: mod 1000003 97
// call: shr 4294967295 4
// call: not 0
// call: big 3
// call: ext 4294967295
// call: ext 2147483648
package main

//go:wasmexport add
func add(a, b uintptr) uintptr { return a + b }

// The sum does not wrap at 32 bits inside Go: uintptr is 64 bits wide.
//
//go:wasmexport wide
func wide(a, b uint32) uint64 { return uint64(uintptr(a) + uintptr(b)) }

//go:wasmexport sub
func sub(a, b uintptr) uintptr { return a - b }

//go:wasmexport mul
func mul(a, b uint32) uint64 { return uint64(uintptr(a) * uintptr(b)) }

//go:wasmexport div
func div(a, b uintptr) uintptr { return a / b }

//go:wasmexport mod
func mod(a, b uintptr) uintptr { return a % b }

//go:wasmexport shr
func shr(a uintptr, n uint32) uintptr { return a >> n }

//go:wasmexport not
func not(a uint32) uint64 { return uint64(^uintptr(a)) }

//go:wasmexport big
func big(n uint64) uint64 {
	var u uintptr = 1
	u <<= 63
	u += uintptr(n)
	return uint64(u / 2)
}

// A uintptr argument arrives as an i32 and is widened to 64 bits.
//
//go:wasmexport ext
func ext(a uintptr) uint64 { return uint64(a) }

func main() {}
