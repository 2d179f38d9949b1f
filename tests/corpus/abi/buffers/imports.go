// wasmimports with string and []byte parameters and results under
// --rules buffers: the host receives a []byte or string argument as
// (pointer, length) and returns a string or []byte as two i32 results
// (pointer, length). The host functions (tests/buffers.rs, and the same
// in Go in tests/oracle/buffers_harness.go):
//   env.checksum(b []byte) uint32  — FNV-1a of the bytes
//   env.inner(s string) string     — s without its first and last byte
//   env.shout(b []byte) []byte     — b upper-cased in place, returned whole
package main

//go:wasmimport env checksum
func checksum(b []byte) uint32

//go:wasmimport env inner
func inner(s string) string

//go:wasmimport env shout
func shout(b []byte) []byte

//go:wasmexport check
func check(b []byte) uint32 { return checksum(b) }

//go:wasmexport trimmed
func trimmed(s string) string {
	t := inner(s)
	return t + "|" + inner(t)
}

// The import's []byte result has cap == len; appending copies, so b is
// shouted once.
//
//go:wasmexport loud
func loud(b []byte) []byte {
	c := make([]byte, len(b))
	copy(c, b)
	r := shout(c)
	if cap(r) != len(r) {
		return nil
	}
	return append(r, '!')
}

func main() {}
