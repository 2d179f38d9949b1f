// wasmexports with string and []byte parameters and results under
// --rules buffers: a []byte parameter is (pointer, length) with its
// capacity equal to its length, a string or []byte result comes back as
// (pointer, length). tests/buffers.rs calls each export with generated
// bytes and integers and compares what it reads back (results, and each
// []byte parameter's bytes after the call) with the same functions run
// natively by Go.
package main

//go:wasmexport greet
func greet(name string) string { return "hello, " + name + "!" }

//go:wasmexport upper
func upper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// Changes the host's buffer in place: the host reads it back.
//
//go:wasmexport rot13
func rot13(b []byte) {
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
}

// cap equals len: appending one byte must copy.
//
//go:wasmexport caps
func caps(b []byte) int64 {
	c := append(b, '!')
	if len(b) > 0 {
		c[0] = '?'
	}
	return int64(cap(b))<<32 | int64(len(b))
}

//go:wasmexport sum
func sum(b []byte) uint32 {
	var t uint32
	for _, c := range b {
		t = t*31 + uint32(c)
	}
	return t
}

// A subslice of the parameter: the result points into the host's buffer.
//
//go:wasmexport middle
func middle(b []byte, from int32) []byte {
	if from < 0 || int(from) > len(b) {
		return nil
	}
	return b[from:]
}

//go:wasmexport repeat
func repeat(s string, n int32) string {
	if n < 0 || n > 20 {
		return ""
	}
	out := ""
	for i := int32(0); i < n; i++ {
		out += s
	}
	return out
}

//go:wasmexport concat
func concat(a []byte, s string, b []byte) []byte {
	out := append([]byte(nil), a...)
	out = append(out, s...)
	return append(out, b...)
}

// A string result that is a constant, in the module's data.
//
//go:wasmexport kind
func kind(n int32) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return ""
	}
	return "positive"
}

//go:wasmexport itoa
func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var digits []byte
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		digits = append(digits, byte('0'+d))
		n /= 10
	}
	if neg {
		digits = append(digits, '-')
	}
	for i, j := 0, len(digits)-1; i < j; i, j = i+1, j-1 {
		digits[i], digits[j] = digits[j], digits[i]
	}
	return string(digits)
}

func main() {}
