// Goroutines and channels inside an export: the export blocks on a channel
// while other goroutines run, so its Go function unwinds the wasm stack
// and the wrapper's unwind branch resumes it. The seed's wrapper traps
// there: it has no unwind loop.
// run: c-shared
// call: sum 100
// call: pipeline 10
// call: plain 20 22
// seed: traps
package main

import "sync"

//go:wasmexport sum
func sum(n int32) int64 {
	ch := make(chan int64)
	var wg sync.WaitGroup
	for w := int32(0); w < 4; w++ {
		wg.Add(1)
		go func(w int32) {
			defer wg.Done()
			var s int64
			for i := w; i <= n; i += 4 {
				s += int64(i)
			}
			ch <- s
		}(w)
	}
	go func() { wg.Wait(); close(ch) }()
	var total int64
	for s := range ch {
		total += s
	}
	return total
}

//go:wasmexport pipeline
func pipeline(n int32) int32 {
	a, b := make(chan int32), make(chan int32)
	go func() {
		for i := int32(1); i <= n; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for x := range a {
			b <- x * x
		}
		close(b)
	}()
	var t int32
	for y := range b {
		t += y
	}
	return t
}

//go:wasmexport plain
func plain(a, b int32) int32 { return a + b }

func main() {}
