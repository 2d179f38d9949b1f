// println of integers of every width: zero, negative values, MinInt64, MaxInt64, MaxUint64, narrow types and uintptr.
//
// run: c-shared
// call: show 0
// call: show -1
// call: show 9223372036854775807
// call: show -9223372036854775808
// call: ushow 18446744073709551615
// call: ushow 9223372036854775808
// call: narrow 255
// call: narrow -129
// call: narrow 65535
package main

//go:wasmexport show
func show(x int64) {
	println(x)
	println(int(x), int32(x), int16(x), int8(x))
}

//go:wasmexport ushow
func ushow(x uint64) {
	println(x)
	println(uint(x), uint32(x), uint16(x), uint8(x), uintptr(x))
}

//go:wasmexport narrow
func narrow(x int32) {
	var b byte = byte(x)
	var i8 int8 = int8(x)
	var u16 uint16 = uint16(x)
	println(b, i8, u16, -x, x*x)
	println(1000000, -2147483648, 'A')
}

func main() {}
