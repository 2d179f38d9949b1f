// A bare //go:wasmexport without a name (and without a trailing space) is ignored by Go.
package main

//go:wasmexport// WARNING "without an export name is ignored"
func notexported(a int32) int32 { return a }

//go:wasmexport exported
func exported(a int32) int32 { return notexported(a) }

func main() {}
