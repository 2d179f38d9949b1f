// What allocates: the intrinsics the heap (heap.go) and the collector
// (gc.go) are built on, and the string operations that take memory.

package runtime

//go:wexlab-intrinsic heap_start
func heapStart() uintptr

//go:wexlab-intrinsic memory_size
func memorySize() uintptr

//go:wexlab-intrinsic memory_grow
func memoryGrow(pages int32) int32

//go:wexlab-intrinsic memmove
func memmove(dst, src uintptr, n int)

// makestring is the string of n bytes at p.
//
//go:wexlab-intrinsic makestring
func makestring(p uintptr, n int) string

// stringptr is the address of a string's bytes.
//
//go:wexlab-intrinsic stringptr
func stringptr(s string) uintptr

// concatstrings is a + b, in new memory unless one of them is empty.
func concatstrings(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := len(a) + len(b)
	if n < 0 {
		panicConcatOverflow()
	}
	p := allocNoscan(uintptr(n))
	memmove(p, stringptr(a), len(a))
	memmove(p+uintptr(len(a)), stringptr(b), len(b))
	return makestring(p, n)
}

func panicConcatOverflow() {
	if deferpanic("runtime.plainError", boxNew, 0, "") {
		return
	}
	print("panic: string concatenation too long\n")
	fatalpanic()
}

// intstring is string(r) of an integer: r's UTF-8 encoding, or U+FFFD's
// when r is no Unicode code point (negative, a surrogate, beyond U+10FFFF).
func intstring(r int64) string {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = 0xFFFD
	}
	n := 4
	switch {
	case r < 0x80:
		n = 1
	case r < 0x800:
		n = 2
	case r < 0x10000:
		n = 3
	}
	p := allocNoscan(uintptr(n))
	if n == 1 {
		store(p, byte(r))
		return makestring(p, n)
	}
	// The first byte carries n high bits of ones, then the top bits of r;
	// each following byte 10 and six bits of r.
	shift := 6 * (n - 1)
	store(p, byte(0xF0<<(4-n))|byte(r>>shift))
	for i := 1; i < n; i++ {
		shift -= 6
		store(p+uintptr(i), 0x80|byte(r>>shift)&0x3F)
	}
	return makestring(p, n)
}
