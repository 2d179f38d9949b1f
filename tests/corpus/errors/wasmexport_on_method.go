// //go:wasmexport on a method is rejected at the receiver's opening parenthesis, even with an allowed signature.
package main

type T struct{}

//go:wasmexport m
func (t T) m() {} // ERROR "^cannot use //go:wasmexport on a method$"

//go:wasmexport pm
func (t *T) pm() {} // ERROR "^cannot use //go:wasmexport on a method$"

type Counter int32

//go:wasmexport add
func (c Counter) add(d int32) int32 { return int32(c) + d } // ERROR "^cannot use //go:wasmexport on a method$"

//go:wasmexport fine
func fine(d int32) int32 { return d }

func main() {}
