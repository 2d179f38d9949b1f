// int16 arithmetic wraps at every step: add, sub, mul, truncating division and remainder, MinInt16 / -1 and % -1.
//
// run: c-shared
// call: add16 32767 1
// call: add16 -32768 -1
// call: add16 70000 0
// call: sub16 -32768 1
// call: mul16 256 128
// call: mul16 -32768 -1
// call: mul16 300 300
// call: div16 -32767 10
// call: div16 32767 -10
// call: div16 -32768 -1
// call: rem16 -32767 10
// call: rem16 32767 -10
// call: rem16 -32768 -1
// call: neg16 -32768
// call: avg16 32767 32767
// call: chain16 1234
package main

//go:wasmexport add16
func add16(a, b int32) int32 { return int32(int16(a) + int16(b)) }

//go:wasmexport sub16
func sub16(a, b int32) int32 { return int32(int16(a) - int16(b)) }

//go:wasmexport mul16
func mul16(a, b int32) int32 { return int32(int16(a) * int16(b)) }

//go:wasmexport div16
func div16(a, b int32) int32 { return int32(int16(a) / int16(b)) }

//go:wasmexport rem16
func rem16(a, b int32) int32 { return int32(int16(a) % int16(b)) }

//go:wasmexport neg16
func neg16(a int32) int32 { return int32(-int16(a)) }

//go:wasmexport avg16
func avg16(a, b int32) int32 { return int32((int16(a) + int16(b)) / 2) }

//go:wasmexport chain16
func chain16(a int32) int32 {
	x := int16(a)
	for i := 0; i < 5; i++ {
		x = x*x + 7
	}
	return int32(x)
}

func main() {}
