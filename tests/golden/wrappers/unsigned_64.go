// docs/abi.md: uint32, uint64 and float32 results.
package main

//go:wasmexport u32
func u32(x uint32) uint32 { return x }

//go:wasmexport u64
func u64(x uint64) uint64 { return x }

//go:wasmexport f32
func f32(x float32) float32 { return x }

func main() {}
