// A directive separated from its function by a blank line or by a plain comment still applies.
package main

//go:wasmexport afterblank

func afterblank(a int32) int32 { return a }

//go:wasmexport aftercomment
// aftercomment doubles its argument.
func aftercomment(a int64) int64 { return a * 2 }

//go:wasmimport env hostfn

// hostfn is provided by the host.
func hostfn(a int32) int32

//go:wasmexport callhost
func callhost(a int32) int32 { return hostfn(a) }

func main() {}
