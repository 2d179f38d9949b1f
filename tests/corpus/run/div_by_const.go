// Division and remainder by constants (which compilers turn into multiplications and shifts): signed and unsigned, powers of two, negative divisors, narrow types.
//
// run: c-shared
// call: s64 -9223372036854775808
// call: s64 9223372036854775807
// call: s64 -1
// call: s64 -15
// call: s32 -2147483648
// call: s32 -7
// call: s32 2147483647
// call: u64 18446744073709551615
// call: u32 4294967295
// call: n8 -128
// call: n8 -3
// call: n8 127
// call: u8 255
package main

//go:wasmexport s64
func s64(x int64) int64 {
	return x/7 + x%7*10 + x/8 + x%8*100 + x/-3 + x%-3*1000 + x/(1<<62) + x/1000000007
}

//go:wasmexport s32
func s32(x int32) int32 {
	return x/3 + x%3*10 + x/16 + x%16*100 + x/-5 + x%-5*1000 + x/1
}

//go:wasmexport u64
func u64(x uint64) uint64 {
	return x/7 + x%7*10 + x/8 + x%8*100 + x/(1<<63) + x/10
}

//go:wasmexport u32
func u32(x uint32) uint32 {
	return x/3 + x%3*10 + x/16 + x%16*100 + x/641
}

// Narrow dividends: -128/4 and -3/2 round toward zero, and the remainders keep the dividend's sign.
//
//go:wasmexport n8
func n8(x int32) int64 {
	b := int8(x)
	return int64(b/-1)*1000000000000 + int64(b/4)*100000000 + int64(b%4)*1000000 + int64(b/2)*1000 + int64(b%2)
}

//go:wasmexport u8
func u8(x uint32) uint32 {
	b := uint8(x)
	return uint32(b/3)*10000 + uint32(b%3)*1000 + uint32(b/128)*100 + uint32(b%16)
}

func main() {}
