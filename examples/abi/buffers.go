// Strings and byte slices in and out, which Go refuses (go:wasmexport:
// unsupported parameter type []byte, unsupported result type string) and
// --rules buffers passes as (pointer, length). The host puts its bytes in
// a buffer from the module's malloc and frees it after the call; a result's
// bytes are valid until the next call into the module.
//
//	wexlab build examples/abi/buffers.go --rules buffers --buildmode c-shared -o buffers.wasm
//	python3 examples/abi/buffers.py buffers.wasm
package main

// shout returns b upper-cased, with an exclamation mark.
//
//go:wasmexport shout
func shout(b []byte) string {
	out := make([]byte, 0, len(b)+1)
	for _, c := range b {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(append(out, '!'))
}

// words counts the space-separated words of s.
//
//go:wasmexport words
func words(s string) int32 {
	n := int32(0)
	inWord := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// reverse reverses the host's buffer where it is: a []byte parameter is
// the host's bytes, with a capacity equal to its length.
//
//go:wasmexport reverse
func reverse(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func main() {}
