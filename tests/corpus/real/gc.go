// The garbage collector: allocations that only a collection frees, and
// runtime.GC called from an export, which waits for the collector's
// goroutines: the export unwinds, and the seed's wrapper traps.
// run: c-shared
// call: churn 2000
// call: collect
// seed: traps
package main

import "runtime"

var keep [][]byte

//go:wasmexport churn
func churn(n int32) int32 {
	var total int32
	for i := int32(0); i < n; i++ {
		b := make([]byte, 1024+int(i%7))
		b[0] = byte(i)
		total += int32(b[0])
		if i%100 == 0 {
			keep = append(keep, b)
		}
	}
	return total
}

//go:wasmexport collect
func collect() int32 {
	keep = nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.NumGC > 0 {
		return 1
	}
	return 0
}

func main() {}
