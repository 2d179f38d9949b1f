// Compound assignment operators (+= -= *= /= %= &= |= ^= <<= >>= &^=) and ++/-- on locals, package variables and values behind pointers, for several widths.
//
// run: c-shared
// call: ops64 1000
// call: ops64 -1000
// call: ops8 100
// call: opsu16 60000
// call: globals 7
// call: globals 7
// call: viaptr 3
// call: floats 2
package main

//go:wasmexport ops64
func ops64(x int64) int64 {
	x += 5
	x -= 3
	x *= -7
	x /= 3
	x %= 1000
	x <<= 3
	x >>= 1
	x |= 3
	x &= -5
	x ^= 0xff
	x &^= 0x10
	x++
	x--
	x--
	return x
}

//go:wasmexport ops8
func ops8(x int32) int32 {
	b := int8(x)
	b += 100
	b *= 3
	b <<= 1
	b >>= 2
	b--
	b ^= -1
	return int32(b)
}

//go:wasmexport opsu16
func opsu16(x uint32) uint32 {
	h := uint16(x)
	h += 10000
	h *= 3
	h <<= 2
	h /= 7
	h -= 65000
	h++
	return uint32(h)
}

var g int32 = 1
var gb uint8 = 200

//go:wasmexport globals
func globals(x int32) int32 {
	g *= x
	g += 1
	gb += uint8(x) * 10
	gb++
	return g*1000 + int32(gb)
}

var cell uint32 = 10

//go:wasmexport viaptr
func viaptr(x uint32) uint32 {
	p := &cell
	*p += x
	*p <<= x
	*p -= 1
	*p %= 1000
	*p |= 0x8000
	*p++
	return cell
}

//go:wasmexport floats
func floats(x float64) float64 {
	y := x
	y += 0.5
	y *= 3
	y /= 4
	y -= 10
	y++
	var f float32 = float32(x)
	f /= 3
	f *= 3
	return y + float64(f)
}

func main() {}
