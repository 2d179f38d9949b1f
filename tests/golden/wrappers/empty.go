// docs/abi.md: func() — ()→(), frame 0: no prologue, no epilogue in Go 1.27.3.
package main

//go:wasmexport nothing
func nothing() {}

func main() {}
