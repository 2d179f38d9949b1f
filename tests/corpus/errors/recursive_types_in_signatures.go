// Self- and mutually recursive types reach export signatures: Go's signature error, not a crash.
package main

type node struct {
	val  int64
	next *node
}

type left struct{ r *right }
type right struct{ l *left }

//go:wasmexport sum
func sum(n *node) int64 { return 0 } // ERROR "^go:wasmexport: unsupported parameter type \*node$"

//go:wasmexport pair
func pair(l *left) int32 { return 0 } // ERROR "^go:wasmexport: unsupported parameter type \*left$"

func main() {}
