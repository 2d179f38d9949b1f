// String indexes whose checks the code before them proves (src/ir/proven/
// sees a string's index checks as it sees a slice's), beside look-alikes
// whose checks must stay: a loop bound of the other string, a guard that
// is not a return, a comparison that says nothing of the lengths, and an
// index one past the end. A recovered panic makes the export return -1000
// less the bytes seen. Then range loops over strings, whose ASCII bytes
// are read in the loop and the rest decoded by the runtime: mixed, invalid
// and cut-off UTF-8.
//
// run: c-shared
// call: equalPrefix 3 3
// call: equalPrefix 3 5
// call: equalPrefix 5 3
// call: otherBound 2 4
// call: otherBound 4 2
// call: notAReturn 3 3
// call: notAReturn 4 2
// call: lessThan 3 5
// call: lessThan 5 3
// call: onePast 4
// call: ranged 0
// call: ranged 1
// call: ranged 2
// call: ranged 3
package main

var text = "go wasm é€ x"

func bytesOf(n int32) string { return text[:n] }

// After `len(a) != len(b)` returns, the lengths are equal: b[i] is
// proven by i < len(a).
//
//go:wasmexport equalPrefix
func equalPrefix(n, m int32) int32 {
	a, b := bytesOf(n), bytesOf(m)
	if len(a) != len(b) {
		return -1
	}
	same := int32(0)
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			same++
		}
	}
	return same
}

// i < len(a) says nothing about len(b).
//
//go:wasmexport otherBound
func otherBound(n, m int32) (r int32) {
	a, b := bytesOf(n), bytesOf(m)
	seen := int32(0)
	defer func() {
		if recover() != nil {
			r = -1000 - seen
		}
	}()
	for i := 0; i < len(a); i++ {
		seen += int32(b[i] & 1)
		seen++
	}
	return seen
}

// The guard does not return: after it the lengths may differ.
//
//go:wasmexport notAReturn
func notAReturn(n, m int32) (r int32) {
	a, b := bytesOf(n), bytesOf(m)
	seen := int32(0)
	defer func() {
		if recover() != nil {
			r = -1000 - seen
		}
	}()
	if len(a) != len(b) {
		seen = 100
	}
	for i := 0; i < len(a); i++ {
		seen += int32(b[i] & 1)
	}
	return seen
}

// After `len(a) < len(b)` returns, len(b) <= len(a): b[i] for i < len(b)
// is in a too.
//
//go:wasmexport lessThan
func lessThan(n, m int32) int32 {
	a, b := bytesOf(n), bytesOf(m)
	if len(a) < len(b) {
		return -1
	}
	sum := int32(0)
	for i := 0; i < len(b); i++ {
		sum += int32(a[i]) - int32(b[i]) + 1
	}
	return sum
}

//go:wasmexport onePast
func onePast(n int32) (r int32) {
	s := bytesOf(n)
	seen := int32(0)
	defer func() {
		if recover() != nil {
			r = -1000 - seen
		}
	}()
	for i := 0; i <= len(s); i++ {
		seen += int32(s[i] & 1)
		seen++
	}
	return seen
}

var samples = []string{
	"plain ascii",
	"h\u00e9llo \u20ac\U0001F600!",
	"bad \xff\xfe bytes \xc3",
	"cut \xe2\x82",
}

//go:wasmexport ranged
func ranged(k int32) int64 {
	sum := int64(0)
	for i, r := range samples[k] {
		sum = sum*31 + int64(i)*7 + int64(r)
	}
	return sum
}

func main() {}
