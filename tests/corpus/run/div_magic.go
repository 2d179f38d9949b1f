// Division and remainder by constants that are not powers of two (which cleanup turns into a multiply by a reciprocal, a shift and a sign correction), and signed division by powers of two and by negative constants, on int32, uint32, the narrow types (computed in an i32) and int64. Each export folds the quotients and remainders of many dividends into a checksum: the ends of each range, and the values at and around multiples of each divisor near them, so one wrong quotient changes the result.
//
// run: c-shared
// call: u32sum 0
// call: u32sum 1
// call: u32sum 4294967295
// call: u32sum 2147483648
// call: s32sum 0
// call: s32sum 1
// call: s32sum -1
// call: s32sum -2147483648
// call: n8sum 0
// call: n8sum 77
// call: n16sum 0
// call: n16sum 40000
// call: s64sum 0
// call: s64sum -1
// call: s64sum 9223372036854775807
// call: operands 12345
// call: operands -7
// call: one32 4294967295
// call: one32 2147483648
// call: one32 2147483647
// call: one32 0
// call: ones32 -2147483648
// call: ones32 2147483647
// call: ones32 -1
// call: ones32 -2147483641
package main

func mix(h uint64, v uint64) uint64 {
	return (h ^ v) * 1099511628211
}

// The divisors below, for the dividends around their multiples (found
// with a variable divisor, so with a real division).
var udivs = [...]uint32{3, 5, 6, 7, 9, 10, 11, 12, 13, 25, 60, 100, 641, 1000, 6700417, 1000000007, 2147483647, 2147483649, 3000000000, 4294967293, 4294967294, 4294967295}

var uedges = [...]uint32{0, 1, 2, 3, 1000, 65535, 65536, 2147483646, 2147483647, 2147483648, 2147483649, 4294967294, 4294967295}

func u32all(x uint32) uint64 {
	h := uint64(x)
	h = mix(h, uint64(x/3))
	h = mix(h, uint64(x%3))
	h = mix(h, uint64(x/5))
	h = mix(h, uint64(x%5))
	h = mix(h, uint64(x/6))
	h = mix(h, uint64(x%6))
	h = mix(h, uint64(x/7))
	h = mix(h, uint64(x%7))
	h = mix(h, uint64(x/9))
	h = mix(h, uint64(x%9))
	h = mix(h, uint64(x/10))
	h = mix(h, uint64(x%10))
	h = mix(h, uint64(x/11))
	h = mix(h, uint64(x%11))
	h = mix(h, uint64(x/12))
	h = mix(h, uint64(x%12))
	h = mix(h, uint64(x/13))
	h = mix(h, uint64(x%13))
	h = mix(h, uint64(x/25))
	h = mix(h, uint64(x%25))
	h = mix(h, uint64(x/60))
	h = mix(h, uint64(x%60))
	h = mix(h, uint64(x/100))
	h = mix(h, uint64(x%100))
	h = mix(h, uint64(x/641))
	h = mix(h, uint64(x%641))
	h = mix(h, uint64(x/1000))
	h = mix(h, uint64(x%1000))
	h = mix(h, uint64(x/6700417))
	h = mix(h, uint64(x%6700417))
	h = mix(h, uint64(x/1000000007))
	h = mix(h, uint64(x%1000000007))
	h = mix(h, uint64(x/2147483647))
	h = mix(h, uint64(x%2147483647))
	h = mix(h, uint64(x/2147483649))
	h = mix(h, uint64(x%2147483649))
	h = mix(h, uint64(x/3000000000))
	h = mix(h, uint64(x%3000000000))
	h = mix(h, uint64(x/4294967293))
	h = mix(h, uint64(x%4294967293))
	h = mix(h, uint64(x/4294967294))
	h = mix(h, uint64(x%4294967294))
	h = mix(h, uint64(x/4294967295))
	h = mix(h, uint64(x%4294967295))
	return h
}

//go:wasmexport u32sum
func u32sum(off uint32) uint64 {
	var h uint64 = 14695981039346656037
	for _, e := range uedges {
		h = mix(h, u32all(e+off))
		for _, d := range udivs {
			m := (e + off) / d * d
			h = mix(h, u32all(m-1))
			h = mix(h, u32all(m))
			h = mix(h, u32all(m+1))
			h = mix(h, u32all(m+d-1))
		}
	}
	return h
}

var sdivs = [...]int32{3, 5, 6, 7, 10, 12, 100, 641, 1000, 6700417, 1000000007, 2147483647, 2, 4, 1024, 1073741824}

var sedges = [...]int32{0, 1, -1, 2, -2, 3, -3, 100, -100, 2147483647, 2147483646, -2147483648, -2147483647}

func s32all(x int32) uint64 {
	h := uint64(x)
	h = mix(h, uint64(x/3))
	h = mix(h, uint64(x%3))
	h = mix(h, uint64(x/-3))
	h = mix(h, uint64(x%-3))
	h = mix(h, uint64(x/5))
	h = mix(h, uint64(x%5))
	h = mix(h, uint64(x/6))
	h = mix(h, uint64(x%6))
	h = mix(h, uint64(x/7))
	h = mix(h, uint64(x%7))
	h = mix(h, uint64(x/-7))
	h = mix(h, uint64(x%-7))
	h = mix(h, uint64(x/10))
	h = mix(h, uint64(x%10))
	h = mix(h, uint64(x/12))
	h = mix(h, uint64(x%12))
	h = mix(h, uint64(x/100))
	h = mix(h, uint64(x%100))
	h = mix(h, uint64(x/641))
	h = mix(h, uint64(x%641))
	h = mix(h, uint64(x/-641))
	h = mix(h, uint64(x%-641))
	h = mix(h, uint64(x/1000))
	h = mix(h, uint64(x%1000))
	h = mix(h, uint64(x/6700417))
	h = mix(h, uint64(x%6700417))
	h = mix(h, uint64(x/1000000007))
	h = mix(h, uint64(x%1000000007))
	h = mix(h, uint64(x/2147483647))
	h = mix(h, uint64(x%2147483647))
	h = mix(h, uint64(x/-2147483647))
	h = mix(h, uint64(x%-2147483647))
	h = mix(h, uint64(x/2))
	h = mix(h, uint64(x%2))
	h = mix(h, uint64(x/-2))
	h = mix(h, uint64(x%-2))
	h = mix(h, uint64(x/4))
	h = mix(h, uint64(x%4))
	h = mix(h, uint64(x/-8))
	h = mix(h, uint64(x%-8))
	h = mix(h, uint64(x/1024))
	h = mix(h, uint64(x%1024))
	h = mix(h, uint64(x/1073741824))
	h = mix(h, uint64(x%1073741824))
	h = mix(h, uint64(x/-1073741824))
	h = mix(h, uint64(x%-1073741824))
	h = mix(h, uint64(x/-2147483648))
	h = mix(h, uint64(x%-2147483648))
	h = mix(h, uint64(x/-1))
	h = mix(h, uint64(x%-1))
	return h
}

// x / 1 is x, and once the two are one term, x counts as not pure (a
// division may trap): kept apart so that s32all's remainders are rewritten.
func trivial32(x int32) uint64 {
	return mix(mix(uint64(x), uint64(x/1)), uint64(x%1))
}

//go:wasmexport s32sum
func s32sum(off int32) uint64 {
	var h uint64 = 14695981039346656037
	for _, e := range sedges {
		h = mix(h, s32all(e+off))
		h = mix(h, trivial32(e+off))
		for _, d := range sdivs {
			m := (e + off) / d * d
			h = mix(h, s32all(m-1))
			h = mix(h, s32all(m))
			h = mix(h, s32all(m+1))
			h = mix(h, s32all(m+d-1))
			h = mix(h, s32all(m-d+1))
			h = mix(h, s32all(-m))
		}
	}
	return h
}

func n8all(a int8, b uint8) uint64 {
	h := uint64(a)
	h = mix(h, uint64(a/3))
	h = mix(h, uint64(a%3))
	h = mix(h, uint64(a/-3))
	h = mix(h, uint64(a%-3))
	h = mix(h, uint64(a/7))
	h = mix(h, uint64(a%7))
	h = mix(h, uint64(a/10))
	h = mix(h, uint64(a%10))
	h = mix(h, uint64(a/100))
	h = mix(h, uint64(a%100))
	h = mix(h, uint64(a/127))
	h = mix(h, uint64(a%127))
	h = mix(h, uint64(a/-127))
	h = mix(h, uint64(a/2))
	h = mix(h, uint64(a/-4))
	h = mix(h, uint64(a%-4))
	h = mix(h, uint64(a/-128))
	h = mix(h, uint64(a%-128))
	h = mix(h, uint64(a/-1))
	h = mix(h, uint64(b/3))
	h = mix(h, uint64(b%3))
	h = mix(h, uint64(b/7))
	h = mix(h, uint64(b%7))
	h = mix(h, uint64(b/10))
	h = mix(h, uint64(b%10))
	h = mix(h, uint64(b/100))
	h = mix(h, uint64(b%100))
	h = mix(h, uint64(b/255))
	h = mix(h, uint64(b%255))
	h = mix(h, uint64(b/129))
	h = mix(h, uint64(b%129))
	return h
}

//go:wasmexport n8sum
func n8sum(off int32) uint64 {
	var h uint64 = 14695981039346656037
	for i := int32(0); i < 256; i++ {
		h = mix(h, n8all(int8(i+off), uint8(i+off)))
	}
	return h
}

func n16all(a int16, b uint16) uint64 {
	h := uint64(a)
	h = mix(h, uint64(a/3))
	h = mix(h, uint64(a%3))
	h = mix(h, uint64(a/7))
	h = mix(h, uint64(a%7))
	h = mix(h, uint64(a/-7))
	h = mix(h, uint64(a%-7))
	h = mix(h, uint64(a/1000))
	h = mix(h, uint64(a%1000))
	h = mix(h, uint64(a/32767))
	h = mix(h, uint64(a%32767))
	h = mix(h, uint64(a/-32768))
	h = mix(h, uint64(a/16))
	h = mix(h, uint64(a%16))
	h = mix(h, uint64(b/3))
	h = mix(h, uint64(b%3))
	h = mix(h, uint64(b/7))
	h = mix(h, uint64(b%7))
	h = mix(h, uint64(b/10))
	h = mix(h, uint64(b%10))
	h = mix(h, uint64(b/1000))
	h = mix(h, uint64(b%1000))
	h = mix(h, uint64(b/257))
	h = mix(h, uint64(b%257))
	h = mix(h, uint64(b/65535))
	h = mix(h, uint64(b%65535))
	return h
}

//go:wasmexport n16sum
func n16sum(off int32) uint64 {
	var h uint64 = 14695981039346656037
	for i := int32(-3); i < 3; i++ {
		for j := int32(0); j < 64; j++ {
			v := i*32768 + j*512 + j + off
			h = mix(h, n16all(int16(v), uint16(v)))
			h = mix(h, n16all(int16(v-1), uint16(v-1)))
		}
	}
	return h
}

var s64edges = [...]int64{0, 1, -1, 2, -2, 7, -7, 1 << 40, -(1 << 40), 9223372036854775807, -9223372036854775808, -9223372036854775807, 4611686018427387904, -4611686018427387904}

func s64all(x int64) uint64 {
	h := uint64(x)
	h = mix(h, uint64(x/2))
	h = mix(h, uint64(x%2))
	h = mix(h, uint64(x/-2))
	h = mix(h, uint64(x%-2))
	h = mix(h, uint64(x/8))
	h = mix(h, uint64(x%8))
	h = mix(h, uint64(x/-16))
	h = mix(h, uint64(x%-16))
	h = mix(h, uint64(x/(1<<40)))
	h = mix(h, uint64(x%(1<<40)))
	h = mix(h, uint64(x/(1<<62)))
	h = mix(h, uint64(x%(1<<62)))
	h = mix(h, uint64(x/-(1<<62)))
	h = mix(h, uint64(x%-(1<<62)))
	h = mix(h, uint64(x/-9223372036854775808))
	h = mix(h, uint64(x%-9223372036854775808))
	h = mix(h, uint64(x/7))
	h = mix(h, uint64(x%7))
	h = mix(h, uint64(x/-7))
	h = mix(h, uint64(x%-7))
	h = mix(h, uint64(x/-1))
	h = mix(h, uint64(x%-1))
	return h
}

//go:wasmexport s64sum
func s64sum(off int64) uint64 {
	var h uint64 = 14695981039346656037
	for _, e := range s64edges {
		for k := int64(-17); k <= 17; k++ {
			h = mix(h, s64all(e+off+k))
		}
	}
	return h
}

var calls int32

func next(x int32) int32 {
	calls++
	return x + calls
}

// Operands that are not a local: an expression (repeated where the
// rewrite reads it twice), an array element, and a call (which must run
// once, so a remainder of it stays a remainder).
//
//go:wasmexport operands
func operands(x int32) int64 {
	a := [4]int32{x, -x, x * 3, x ^ 0x5555}
	u := uint32(x)
	var s int64
	for i := 0; i < 4; i++ {
		s = s*31 + int64(a[i]/7) + int64(a[i]%10)*3 + int64((a[i]+1)%-641)
		s = s*31 + int64((u+uint32(i))%1000) + int64((u*uint32(i+3))/3)
	}
	calls = 0
	s = s*31 + int64(next(x)%7)
	s = s*31 + int64(next(x)/7)
	s = s*31 + int64(uint32(next(x))%10)
	s = s*31 + int64(next(x)/-8)
	s = s*31 + int64(next(x)%-8)
	return s*31 + int64(calls)
}

// Single quotients, readable when one disagrees.
//
//go:wasmexport one32
func one32(x uint32) uint64 {
	return uint64(x/7)<<32 | uint64(x%7)<<24 | uint64(x/3000000000)<<16 | uint64(x%641)
}

//go:wasmexport ones32
func ones32(x int32) int64 {
	return int64(x/7)<<32 ^ int64(x%-7)<<24 ^ int64(x/-4)<<8 ^ int64(x%-4)
}

func main() {}
