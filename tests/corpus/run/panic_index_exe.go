// An exe program whose main fills a histogram array and then indexes it
// with a bucket number computed past its end: Go's index panic, exit code 2.
//
// run: exe
package main

type histogram struct {
	buckets [4]int32
	width   int32
}

func (h *histogram) add(v int32) {
	h.buckets[v/h.width]++
}

func main() {
	h := histogram{width: 10}
	for _, v := range [...]int32{1, 5, 12, 39, 20, 0} {
		h.add(v)
	}
	for i, n := range h.buckets {
		println(i, n)
	}
	h.add(41)
	println("not reached")
}
