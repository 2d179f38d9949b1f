// The malloc/free idiom with runtime.Pinner: malloc pins a new buffer and
// hands only its address to the host, nothing in the program keeping it;
// the host writes into it, calls that make garbage and run runtime.GC()
// many times follow, and the buffer keeps its bytes (an unpinned one would
// be freed and reused by the garbage). free unpins the buffers, after
// which collections may take them.
//
// run: c-shared
// call: malloc 64 => $a
// write: $a str:pinned\sbuffer,\sonly\sthe\shost\sknows\sit
// call: malloc 300 => $b
// write: $b str:second
// call: churn 30
// read: $a 37
// read: $b 6
// call: sum $a 37
// call: churn 30
// call: sum $b 6
// read: $a 37
// call: free
// call: churn 5
// call: pins
package main

import (
	"runtime"
	"unsafe"
)

var pinner runtime.Pinner
var count int32

//go:wasmexport malloc
func malloc(n int32) unsafe.Pointer {
	b := make([]byte, n)
	pinner.Pin(&b[0])
	count++
	return unsafe.Pointer(&b[0])
}

//go:wasmexport free
func free() {
	pinner.Unpin()
	count = 0
}

//go:wasmexport pins
func pins() int32 {
	return count
}

//go:wasmexport churn
func churn(rounds int32) int32 {
	total := int32(0)
	for r := int32(0); r < rounds; r++ {
		for i := 0; i < 50; i++ {
			b := make([]byte, 64+i*8)
			for k := range b {
				b[k] = 0xAA
			}
			total += int32(b[i])
		}
		runtime.GC()
	}
	return total
}

//go:wasmexport sum
func sum(p unsafe.Pointer, n int32) int32 {
	t := int32(0)
	for _, c := range unsafe.Slice((*byte)(p), n) {
		t += int32(c)
	}
	return t
}

func main() {}
