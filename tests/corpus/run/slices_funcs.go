// Slices through function calls: the callee shares the backing array (its
// element writes are seen) but gets its own copy of the header (its
// append does not change the caller's length); functions returning
// slices; an insertion sort on a slice of structs; pointers to slice
// elements; a slice kept in a struct.
//
// run: c-shared
// call: run
// call: sorted 5
// call: sorted 9
// call: push 4
// call: push 6
// call: stats
package main

type score struct {
	who   int32
	value int32
}

type history struct {
	data  []int32
	total int64
}

var h history

func fillAndGrow(s []int32) {
	for i := range s {
		s[i] = int32(i + 1)
	}
	s = append(s, 100)
	s[0] = -1
}

func evens(n int) []int32 {
	var out []int32
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			out = append(out, int32(i))
		}
	}
	return out
}

func sortScores(s []score) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].value < s[j-1].value; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (h *history) add(v int32) {
	h.data = append(h.data, v)
	h.total += int64(v)
}

//go:wasmexport run
func run() int32 {
	a := make([]int32, 3, 3)
	fillAndGrow(a)
	println(a[0], a[2], len(a))
	b := make([]int32, 3, 10)
	fillAndGrow(b)
	println(b[0], len(b), b[:4][3])
	e := evens(9)
	println(len(e), e[len(e)-1])
	p := &e[1]
	*p = 50
	return e[1] + a[0] + b[0]
}

//go:wasmexport sorted
func sorted(n int32) int32 {
	s := make([]score, n)
	x := uint32(12345)
	for i := range s {
		x = x*1103515245 + 12345
		s[i] = score{int32(i), int32(x>>16) % 100}
	}
	sortScores(s)
	r := int32(0)
	for i := 1; i < len(s); i++ {
		if s[i-1].value > s[i].value {
			return -1
		}
	}
	for _, v := range s[:3] {
		r = r*100 + v.who
	}
	return r
}

//go:wasmexport push
func push(v int32) int32 {
	h.add(v)
	h.add(v * 2)
	return int32(len(h.data))
}

//go:wasmexport stats
func stats() int64 {
	c := h
	c.add(1000)
	println(len(h.data), len(c.data), c.total, h.total)
	return h.total*10 + int64(len(c.data))
}

func main() {}
