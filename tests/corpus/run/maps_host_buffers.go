// The malloc/free idiom with a package map[uint32][]byte: the host asks for
// buffers by handle, writes into them, and reads them back after calls
// that make garbage (about 36 MB, maps among it) have run the collector
// several times; freed handles leave the map and their memory may be reused,
// the others keep their place and bytes. The map itself grows and shrinks
// across the calls.
//
// run: c-shared
// call: alloc 1 64 => $a
// write: $a str:first\sbuffer,\skept\sonly\sby\sa\spackage\smap
// call: alloc 2 1000 => $b
// write: $b str:second
// call: fill 3 500
// call: churn 40
// read: $a 43
// read: $b 6
// call: sum 1
// call: sum 3
// call: release 3
// call: count
// call: churn 40
// call: alloc 4 32 => $c
// write: $c str:third
// call: churn 10
// call: sum 1
// call: sum 4
// read: $a 43
// read: $b 6
// read: $c 5
// call: count
package main

import "unsafe"

var buffers = map[uint32][]byte{}

//go:wasmexport alloc
func alloc(handle uint32, n int32) unsafe.Pointer {
	b := make([]byte, n)
	buffers[handle] = b
	return unsafe.Pointer(&b[0])
}

//go:wasmexport fill
func fill(handle uint32, n int32) {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i)
	}
	buffers[handle] = b
}

//go:wasmexport release
func release(handle uint32) {
	delete(buffers, handle)
}

//go:wasmexport count
func count() int32 {
	return int32(len(buffers))
}

//go:wasmexport sum
func sum(handle uint32) int32 {
	t := int32(0)
	for _, c := range buffers[handle] {
		t += int32(c)
	}
	return t
}

//go:wasmexport churn
func churn(rounds int32) int32 {
	total := int32(0)
	for r := int32(0); r < rounds; r++ {
		m := map[int32][]int64{}
		for i := int32(0); i < 50; i++ {
			m[i] = make([]int64, 1000)
			m[i][0] = int64(i)
		}
		for k, v := range m {
			total += k - int32(v[0])
		}
		names := map[string]int32{}
		for i := int32(0); i < 20; i++ {
			names[string(rune('a'+i%26))+string(rune('a'+i/26))] += i
		}
		total += int32(len(names))
		for i := uint32(1000); i < 1020; i++ {
			buffers[i] = make([]byte, 16)
		}
		for i := uint32(1000); i < 1020; i++ {
			delete(buffers, i)
		}
	}
	return total
}

func main() {}
