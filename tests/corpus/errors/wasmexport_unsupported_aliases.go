// byte is printed as byte, other aliases as the aliased type, and rune (int32) is accepted.
package main

type Word = int
type Buf = []byte

//go:wasmexport b
func b(x byte, r rune) rune { return r } // ERROR "^go:wasmexport: unsupported parameter type byte$"

//go:wasmexport rb
func rb() byte { return 0 } // ERROR "^go:wasmexport: unsupported result type byte$"

//go:wasmexport ru8
func ru8() uint8 { return 0 } // ERROR "^go:wasmexport: unsupported result type uint8$"

//go:wasmexport aliased
func aliased(w Word, b Buf) {} // ERROR "^go:wasmexport: unsupported parameter type int$" "^go:wasmexport: unsupported parameter type \[\]byte$"

func main() {}
