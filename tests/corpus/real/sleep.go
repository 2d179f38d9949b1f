// time.Sleep inside an export: the goroutine parks until the timer fires,
// the scheduler waits in poll_oneoff, and the export resumes.
// run: c-shared
// call: nap 2
// seed: traps
package main

import (
	"fmt"
	"time"
)

//go:wasmexport nap
func nap(ms int32) int32 {
	start := time.Now()
	time.Sleep(time.Duration(ms) * time.Millisecond)
	if time.Since(start) >= time.Duration(ms)*time.Millisecond {
		fmt.Println("slept")
		return 1
	}
	return 0
}

func main() {}
