// The malloc/free lifecycle across collections: `churn` makes garbage (a
// new slice a round, nothing kept), so that the collector runs between the
// host's calls while buffers it allocated with malloc are live;
// tests/buffers.rs checks that their bytes survive and that memory stays
// bounded when a host churns through buffers.
package main

var kept []byte

//go:wasmexport churn
func churn(rounds int32) int32 {
	// At most 4 MiB of garbage a call, whatever the host asks.
	rounds = max(0, min(rounds, 64))
	n := int32(0)
	for i := int32(0); i < rounds; i++ {
		b := make([]byte, 64<<10)
		b[i%100] = byte(i)
		n += int32(b[i%100])
	}
	return n
}

//go:wasmexport checksum
func checksum(b []byte) uint32 {
	var t uint32
	for _, c := range b {
		t = t*31 + uint32(c)
	}
	return t
}

// Keeps a copy of the last buffer, so that the module allocates under
// the host's calls too.
//
//go:wasmexport keep
func keep(b []byte) int32 {
	kept = append([]byte(nil), b...)
	return int32(len(kept))
}

func main() {}
