// Conversions between integer widths: truncation, sign extension from signed sources and zero extension from unsigned ones.
//
// run: c-shared
// call: s8 255
// call: s8 128
// call: s8 -129
// call: u8 -1
// call: u8 511
// call: s16 65535
// call: s16 32768
// call: u16 -1
// call: s32 4294967295
// call: s32 2147483648
// call: u32 -1
// call: chain -1
// call: chain 4294967168
// call: widen8 200
// call: widen16 40000
// call: widen32 4294967295
// call: uwiden 4294967295
// call: tou64 -1
// call: mixed 300
package main

//go:wasmexport s8
func s8(a int64) int64 { return int64(int8(a)) }

//go:wasmexport u8
func u8(a int64) int64 { return int64(uint8(a)) }

//go:wasmexport s16
func s16(a int64) int64 { return int64(int16(a)) }

//go:wasmexport u16
func u16(a int64) int64 { return int64(uint16(a)) }

//go:wasmexport s32
func s32(a int64) int64 { return int64(int32(a)) }

//go:wasmexport u32
func u32(a int64) int64 { return int64(uint32(a)) }

// Narrow to signed, then reinterpret as unsigned, then widen.
//
//go:wasmexport chain
func chain(a int64) int64 {
	b := int8(a)
	c := uint8(b)
	d := int16(c)
	e := uint16(int16(b))
	return int64(d)*100000 + int64(e)
}

// A uint8 value widens by zero extension, its int8 reinterpretation by sign extension.
//
//go:wasmexport widen8
func widen8(a uint32) int64 { return int64(uint8(a))*1000 + int64(int8(uint8(a))) }

//go:wasmexport widen16
func widen16(a uint32) int64 { return int64(uint16(a))*100000 + int64(int16(uint16(a))) }

//go:wasmexport widen32
func widen32(a uint32) int64 { return int64(int32(a)) }

//go:wasmexport uwiden
func uwiden(a uint32) uint64 { return uint64(a) }

//go:wasmexport tou64
func tou64(a int32) uint64 { return uint64(a) }

// int and uint are 64 bits; uintptr too.
//
//go:wasmexport mixed
func mixed(a int32) int64 {
	i := int(a) * 1000000000
	u := uint(i)
	p := uintptr(u)
	return int64(int8(i)) + int64(uint16(u)) + int64(uint32(p))
}

func main() {}
