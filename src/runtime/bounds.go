// The panics of an index or a slice expression out of range, which the
// bounds checks of rules/lower/memory.rules call: one function for each of
// Go's texts, for a bound x of a signed type and (with a U) of an unsigned
// one. Go leaves out y when a signed x is negative.

package runtime

// boundsError prints Go's text: before x between y after, or, for a
// negative x, before x negative.
func boundsError(before string, x int, between string, y int, after string, negative string) {
	if deferpanic("runtime.boundsError", boxNew, 0, "") {
		return
	}
	if x < 0 {
		print("panic: runtime error: ", before, x, negative, "\n")
	} else {
		print("panic: runtime error: ", before, x, between, y, after, "\n")
	}
	fatalpanic()
}

func boundsErrorU(before string, x uint64, between string, y int, after string) {
	if deferpanic("runtime.boundsError", boxNew, 0, "") {
		return
	}
	print("panic: runtime error: ", before, x, between, y, after, "\n")
	fatalpanic()
}

// s[i]: "index out of range [5] with length 3".
func panicIndex(i int, n int) {
	boundsError("index out of range [", i, "] with length ", n, "", "]")
}

func panicIndexU(i uint64, n int) {
	boundsErrorU("index out of range [", i, "] with length ", n, "")
}

// s[:hi] beyond a string's or an array's length.
func panicSliceAlen(hi int, n int) {
	boundsError("slice bounds out of range [:", hi, "] with length ", n, "", "]")
}

func panicSliceAlenU(hi uint64, n int) {
	boundsErrorU("slice bounds out of range [:", hi, "] with length ", n, "")
}

// s[:hi] beyond a slice's capacity.
func panicSliceAcap(hi int, n int) {
	boundsError("slice bounds out of range [:", hi, "] with capacity ", n, "", "]")
}

func panicSliceAcapU(hi uint64, n int) {
	boundsErrorU("slice bounds out of range [:", hi, "] with capacity ", n, "")
}

// s[lo:hi] with lo beyond hi.
func panicSliceB(lo int, hi int) {
	boundsError("slice bounds out of range [", lo, ":", hi, "]", ":]")
}

func panicSliceBU(lo uint64, hi int) {
	boundsErrorU("slice bounds out of range [", lo, ":", hi, "]")
}

// a[::max] beyond an array's length.
func panicSlice3Alen(m int, n int) {
	boundsError("slice bounds out of range [::", m, "] with length ", n, "", "]")
}

func panicSlice3AlenU(m uint64, n int) {
	boundsErrorU("slice bounds out of range [::", m, "] with length ", n, "")
}

// s[::max] beyond a slice's capacity.
func panicSlice3Acap(m int, n int) {
	boundsError("slice bounds out of range [::", m, "] with capacity ", n, "", "]")
}

func panicSlice3AcapU(m uint64, n int) {
	boundsErrorU("slice bounds out of range [::", m, "] with capacity ", n, "")
}

// s[:hi:max] with hi beyond max.
func panicSlice3B(hi int, m int) {
	boundsError("slice bounds out of range [:", hi, ":", m, "]", ":]")
}

func panicSlice3BU(hi uint64, m int) {
	boundsErrorU("slice bounds out of range [:", hi, ":", m, "]")
}

// s[lo:hi:max] with lo beyond hi.
func panicSlice3C(lo int, hi int) {
	boundsError("slice bounds out of range [", lo, ":", hi, ":]", "::]")
}

func panicSlice3CU(lo uint64, hi int) {
	boundsErrorU("slice bounds out of range [", lo, ":", hi, ":]")
}
