// The walking skeleton: three functions exported to the wasm host.
//
//	wexlab run examples/add.go --invoke add 2 3
package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport mix
func mix(a int64, f float64, g float32, p uint32) float64 {
	return float64(a) + f + float64(g) + float64(p)
}

//go:wasmexport nothing
func nothing() {}

func main() {}
