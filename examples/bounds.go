// Bounds checks: Go checks every index; wexlab drops the checks that the
// code before them already proves (src/ir/proven/) and keeps the rest.
// `--emit terms` shows a proven check as (go.inbounds …), an unproven one
// as (go.boundscheck …):
//
//	wexlab build examples/bounds.go --emit terms --func main.sort
//	wexlab run examples/bounds.go --invoke sorted 7
//	wexlab run examples/bounds.go --invoke pick 9    # index out of range
package main

// sort sorts s by insertion. Every index is proven: i counts up from 1
// below len(s); j starts at i-1 and only shrinks while j >= 0, so j+1 <= i.
func sort(s []int64) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

var data [64]int64

// next is a step of a random number generator. It calls nothing and
// cannot panic: its calls are built in place (src/ir/inline.rs), as
// `--emit terms --func main.sorted` shows.
func next(x uint32) uint32 { return x*1664525 + 1013904223 }

// sorted sorts n pseudo-random numbers (up to 64) and returns a hash of
// them in order.
//
//go:wasmexport sorted
func sorted(n int32) int64 {
	s := data[:n]
	x := uint32(7)
	for i := range s {
		x = next(x)
		s[i] = int64(x >> 20)
	}
	sort(s)
	h := int64(0)
	for _, v := range s {
		h = h*31 + v
	}
	return h
}

var table = [8]int32{2, 3, 5, 7, 11, 13, 17, 19}

// pick's index comes from the caller: its check stays, and panics past 7.
// A second read of the same index needs none.
//
//go:wasmexport pick
func pick(i int32) int32 {
	return table[i] * table[i]
}

func main() {}
