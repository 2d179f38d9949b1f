// copy(dst, src): it copies min(len(dst), len(src)) elements and returns
// that count; overlapping copies within one slice in both directions
// (memmove semantics); copy from a string into a []byte; copying structs;
// deleting and inserting elements with copy.
//
// run: c-shared
// call: run
// call: shift 1
// call: shift -1
// call: fromstr str:hello 3
// call: fromstr str:hi 8
// call: del 0
// call: del 4
// call: ins 2 9
package main

type pt struct {
	x, y int16
}

var nums = []int32{1, 2, 3, 4, 5}

//go:wasmexport run
func run() int32 {
	src := []int64{1, 2, 3}
	dst := make([]int64, 5)
	n := copy(dst, src)
	println(n, dst[0], dst[2], dst[3])
	short := make([]int64, 2)
	m := copy(short, src)
	println(m, short[1])
	ps := []pt{{1, 2}, {3, 4}}
	qs := make([]pt, 2)
	copy(qs, ps)
	qs[0].x = 10
	println(ps[0].x, qs[0].x, qs[1].y)
	var none []int64
	z := copy(none, src)
	z += copy(dst, none)
	return int32(n*100+m*10) + int32(z)
}

//go:wasmexport shift
func shift(dir int32) int32 {
	s := []int32{1, 2, 3, 4, 5, 6}
	if dir > 0 {
		copy(s[1:], s)
	} else {
		copy(s, s[1:])
	}
	r := int32(0)
	for _, v := range s {
		r = r*10 + v
	}
	return r
}

//go:wasmexport fromstr
func fromstr(s string, n int32) int32 {
	b := make([]byte, n)
	c := copy(b, s)
	t := int32(0)
	for _, v := range b {
		t += int32(v)
	}
	return int32(c)*10000 + t
}

//go:wasmexport del
func del(i int32) int32 {
	s := append([]int32(nil), nums...)
	copy(s[i:], s[i+1:])
	s = s[:len(s)-1]
	r := int32(0)
	for _, v := range s {
		r = r*10 + v
	}
	return r*10 + int32(len(s))
}

//go:wasmexport ins
func ins(i, v int32) int32 {
	s := append(nums, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	r := int32(0)
	for _, x := range s {
		r = r*10 + x
	}
	return r
}

func main() {}
