// Constants: iota with skips and expressions, typed constants, and untyped constant arithmetic folded exactly at compile time beyond 64 bits.
//
// run: c-shared
// call: weekday 0
// call: weekday 6
// call: sizes 0
// call: bits 0
// call: big 0
// call: typed 100
// call: typed 200
// call: folded 1
// call: fl 0
// call: runes 0
package main

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flag uint8

const (
	F0 Flag = 1 << iota
	F1
	F2
	F7 Flag = 128
)

const huge = 1 << 100
const ratio = huge / (1 << 98)
const third = 1.0 / 3
const exact = third * 3

const MaxU8 uint8 = 255
const Neg int8 = -128

//go:wasmexport weekday
func weekday(i int32) int32 {
	if i == 0 {
		return Monday*10 + Tuesday
	}
	return Thursday*100 + Friday*10 + Saturday
}

//go:wasmexport sizes
func sizes(z int64) int64 { return z + TB/GB + MB/KB*1000 }

//go:wasmexport bits
func bits(z int32) int32 {
	f := F0 | F2 | F7
	return int32(f) + A + B + C*10 + D + E*1000 + F*100 + z
}

//go:wasmexport big
func big(z int64) int64 { return ratio + z + huge>>90 }

// Typed constants wrap at run time when combined with variables.
//
//go:wasmexport typed
func typed(x int32) int32 {
	u := uint8(x)
	u += MaxU8
	n := int8(x)
	n -= Neg
	return int32(u)*1000 + int32(n)
}

// exact is 1 exactly: constant arithmetic is done with arbitrary precision.
//
//go:wasmexport folded
func folded(x float64) float64 {
	if exact == 1 {
		return x * (1<<62 + 1<<61) / (1 << 60)
	}
	return -1
}

//go:wasmexport fl
func fl(z float64) float64 { return z + third + 1e300*1e-290 - 0.1*3 }

//go:wasmexport runes
func runes(z int32) int32 { return z + 'a'*1000 + '\n'*100 + '\x7f' - '0' }

func main() {}
