// Export and import names may differ from the Go names and contain characters that are not Go identifiers.
package main

//go:wasmexport my-export.v2
func myExport(a int32) int32 { return a }

//go:wasmexport Add
func add(a, b int64) int64 { return a + b }

//go:wasmimport host-env get.value
func getValue() int32

//go:wasmexport callGet
func callGet() int32 { return getValue() }

func main() {}
