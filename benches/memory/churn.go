// A reactor whose export makes about 1 MB of garbage per call (a linked
// list of small objects, a byte buffer, strings), of which it keeps only a
// running checksum. cargo bench --bench memory calls it 10,000 times.
package main

type cell struct {
	next *cell
	val  int64
}

var checksum int64

//go:wasmexport churn
func churn(seed int64) int64 {
	var list *cell
	for i := int64(0); i < 8000; i++ {
		list = &cell{next: list, val: seed + i}
	}
	for c := list; c != nil; c = c.next {
		checksum += c.val
	}
	buf := make([]byte, 512<<10)
	buf[seed%int64(len(buf))] = byte(seed)
	s := ""
	for i := 0; i < 64; i++ {
		s += "x"
	}
	checksum += int64(buf[seed%int64(len(buf))]) + int64(len(s))
	return checksum
}

func main() {}
