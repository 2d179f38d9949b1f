// An export that switches goroutines: sum starts workers and waits for
// their results on a channel. While it waits, its Go function unwinds the
// wasm stack back to the wrapper, which must resume it (README, "Real Go
// programs").
package main

import "fmt"

//go:wasmexport sum
func sum(n int32) int64 {
	results := make(chan int64)
	for w := int32(0); w < 4; w++ {
		go func(w int32) {
			var s int64
			for i := w; i <= n; i += 4 {
				s += int64(i)
			}
			results <- s
		}(w)
	}
	var total int64
	for w := 0; w < 4; w++ {
		total += <-results
	}
	fmt.Println("sum of 0 ..", n, "is", total)
	return total
}

func main() {}
