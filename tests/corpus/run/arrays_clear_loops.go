// Loops that only zero consecutive elements of an array (`a[i] = 0` for
// i from a start below n), which wexlab clears with one memory.fill: every
// start and bound, inside the array and past it (the panic comes at the
// first index out of range, after the elements before it are cleared),
// negative starts, element types of one to eight bytes, package arrays,
// local arrays and arrays behind a pointer, and the index's value after
// the loop.
//
// run: c-shared
// call: clear8 0 10
// call: clear8 3 7
// call: clear8 5 5
// call: clear8 6 2
// call: clear8 0 16
// call: clearRecovered 2 17
// call: clearRecovered 3 40
// call: clearRecovered -2 5
// call: clearRecovered 15 16
// call: clearWords 1 9
// call: clearWords 3 10
// call: clearLocal 2 6
// call: clearLocal 0 8
// call: clearThrough 1 6
// call: clearNil 0 0
// call: clearNil 2 5
// call: clearFloats 0 3
// call: clearSmall 120 127
// call: clearUnsigned 3 16
// call: clearRange 1
// call: clearRange 2
// call: clearRangeFrom 4
// call: clearRangeFrom 0
// call: clearRangeAt3 0
// call: clear8 4 100
package main

var bytes8 [16]uint8
var words [10]int64
var floats [4]float64

func fill8() {
	for k := range bytes8 {
		bytes8[k] = uint8(k + 1)
	}
}

func sum8() int32 {
	s := int32(0)
	for k, b := range bytes8 {
		s += int32(b) * int32(k+1)
	}
	return s
}

// The cleared bytes weighted by position, and where i ended.
//
//go:wasmexport clear8
func clear8(i, n int32) int32 {
	fill8()
	for ; i < n; i++ {
		bytes8[i] = 0
	}
	return sum8()*100 + i
}

func clearFrom(i, n int32) int32 {
	for ; i < n; i++ {
		bytes8[i] = 0
	}
	return i
}

// A panic past the end (or at a negative start) is recovered: what was
// cleared before it stays cleared.
//
//go:wasmexport clearRecovered
func clearRecovered(i, n int32) (r int32) {
	fill8()
	defer func() {
		if recover() != nil {
			r = -sum8()
		}
	}()
	clearFrom(i, n)
	return sum8()
}

//go:wasmexport clearWords
func clearWords(from32, n32 int32) int64 {
	for k := range words {
		words[k] = int64(k*k + 1)
	}
	from, n := int(from32), int(n32)
	i := from
	for ; i < n; i++ {
		words[i] = 0
	}
	s := int64(0)
	for _, w := range words {
		s = s*3 + w
	}
	return s
}

//go:wasmexport clearLocal
func clearLocal(from, n int32) int32 {
	var a [8]int16
	for k := range a {
		a[k] = int16(k*7 + 1)
	}
	for i := from; i < n; i++ {
		a[i] = 0
	}
	s := int32(0)
	for k, v := range a {
		s += int32(v) * int32(k+1)
	}
	return s
}

//go:wasmexport clearThrough
func clearThrough(from, n int32) int32 {
	p := new([6]int32)
	for k := range p {
		p[k] = int32(k + 10)
	}
	for i := from; i < n; i++ {
		p[i] = 0
	}
	return p[0] + p[1]*2 + p[2]*3 + p[3]*4 + p[4]*5 + p[5]*6
}

func clearPointed(p *[6]int32, i, n int32) {
	for ; i < n; i++ {
		p[i] = 0
	}
}

// Through a nil pointer: nothing happens when the loop does not run; the
// nil dereference when it does.
//
//go:wasmexport clearNil
func clearNil(from, n int32) (r int32) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	clearPointed(nil, from, n)
	return 1
}

//go:wasmexport clearFloats
func clearFloats(from, n int32) float64 {
	for k := range floats {
		floats[k] = float64(k) + 0.5
	}
	for i := from; i < n; i++ {
		floats[i] = 0
	}
	return floats[0] + floats[1]*2 + floats[2]*3 + floats[3]*4
}

var big [200]uint8

// An int8 index: a bound of 127 is reached without overflow.
//
//go:wasmexport clearSmall
func clearSmall(from32, n32 int32) int32 {
	for k := range big {
		big[k] = 1
	}
	from, n := int8(from32), int8(n32)
	i := from
	for ; i < n; i++ {
		big[i] = 0
	}
	s := int32(0)
	for _, b := range big {
		s += int32(b)
	}
	return s*1000 + int32(i)
}

//go:wasmexport clearUnsigned
func clearUnsigned(from, n uint32) int32 {
	fill8()
	for i := from; i < n; i++ {
		bytes8[i] = 0
	}
	return sum8()
}

// `for i := range a { a[i] = 0 }` of a package array and of a local one,
// and a clearing loop over a range with a value read after it.
//
//go:wasmexport clearRange
func clearRange(k int32) int32 {
	fill8()
	var local [5]int16
	for i := range local {
		local[i] = int16(i) + int16(k)
	}
	before := sum8()
	for i := range bytes8 {
		bytes8[i] = 0
	}
	for i := range local {
		local[i] = 0
	}
	t := int32(0)
	for _, v := range local {
		t += int32(v)
	}
	return before*100 + sum8()*10 + t + int32(local[4])
}

// A copied index from a start: elements before it stay.
//
//go:wasmexport clearRangeFrom
func clearRangeFrom(from int32) int32 {
	fill8()
	i := int(from)
	for ; i < len(bytes8); i++ {
		j := i
		bytes8[j] = 0
	}
	return sum8()*100 + int32(i)
}

// The same from a constant start, whose checks are proven.
//
//go:wasmexport clearRangeAt3
func clearRangeAt3(k int32) int32 {
	fill8()
	i := 3
	for ; i < len(bytes8); i++ {
		j := i
		bytes8[j] = 0
	}
	return sum8()*100 + int32(i) + k
}

func main() {}
