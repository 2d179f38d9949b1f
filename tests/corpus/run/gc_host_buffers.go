// The malloc idiom across collections: the host asks for buffers that the
// program keeps in a package slice, writes into them, and reads them back
// after calls that make garbage (about 20 MB of it) have run the
// collector several times; a buffer stays where it was and keeps its bytes.
//
// run: c-shared
// call: malloc 64 => $a
// write: $a str:first\sbuffer,\skept\salive\sby\sa\spackage\svariable
// call: malloc 1000 => $b
// write: $b str:second
// call: churn 40
// read: $a 47
// read: $b 6
// call: sum 0
// call: churn 40
// call: sum 1
// read: $a 47
package main

import "unsafe"

var pinned [][]byte

//go:wasmexport malloc
func malloc(n int32) unsafe.Pointer {
	b := make([]byte, n)
	pinned = append(pinned, b)
	return unsafe.Pointer(&b[0])
}

type cell struct {
	next *cell
	data [64]byte
}

//go:wasmexport churn
func churn(rounds int32) int32 {
	count := int32(0)
	for r := int32(0); r < rounds; r++ {
		var list *cell
		for i := 0; i < 4000; i++ {
			list = &cell{next: list}
			list.data[0] = byte(i)
		}
		for c := list; c != nil; c = c.next {
			count++
		}
		junk := make([]int64, 8000)
		junk[r] = int64(r)
	}
	return count
}

//go:wasmexport sum
func sum(k int32) int32 {
	t := int32(0)
	for _, c := range pinned[k] {
		t += int32(c)
	}
	return t
}

func main() {}
