// Unary operators: + and - on signed, unsigned and float values, ^ on signed values, ! on booleans, and double negations.
//
// run: c-shared
// call: signed -9223372036854775808
// call: signed 5
// call: unsigned 1
// call: unsigned 0
// call: narrow 128
// call: narrow -1
// call: logic 0
// call: logic 1
// call: fneg 2.5
package main

//go:wasmexport signed
func signed(x int64) int64 {
	a := -x
	b := ^x
	c := +x
	d := - -x
	return a + b*3 + c*5 + d*7
}

//go:wasmexport unsigned
func unsigned(x uint64) uint64 {
	return -x + ^x*2 + +x
}

//go:wasmexport narrow
func narrow(x int32) int32 {
	s := int8(x)
	u := uint8(x)
	return int32(-s)*100000 + int32(^s)*1000 + int32(-u) + int32(^u)*10000000
}

//go:wasmexport logic
func logic(x int32) int32 {
	b := x != 0
	r := int32(0)
	if !b {
		r += 1
	}
	if !!b {
		r += 10
	}
	if !(b && !b) {
		r += 100
	}
	return r
}

//go:wasmexport fneg
func fneg(x float64) float64 {
	var f float32 = float32(x)
	return -x*10 + float64(-f) + +x
}

func main() {}
