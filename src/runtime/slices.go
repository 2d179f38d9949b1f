// Slices: the memory that make, append and the conversions take, sized as
// Go's allocator sizes it (so that cap() agrees with Go's).

package runtime

import "unsafe"

// sizeClasses holds Go's small allocation sizes (8 bytes to 32 KiB), two
// bytes each, little-endian: an allocation takes the smallest that fits.
const sizeClasses = "\x00\x00\x08\x00\x10\x00\x18\x00\x20\x00\x30\x00\x40\x00\x50\x00\x60\x00\x70\x00\x80\x00\x90\x00\xa0\x00\xb0\x00\xc0\x00\xd0\x00\xe0\x00\xf0\x00\x00\x01\x20\x01\x40\x01\x60\x01\x80\x01\xa0\x01\xc0\x01\xe0\x01\x00\x02\x40\x02\x80\x02\xc0\x02\x00\x03\x80\x03\x00\x04\x80\x04\x00\x05\x80\x05\x00\x06\x00\x07\x00\x08\x00\x09\x80\x0a\x00\x0c\x80\x0c\x80\x0d\x00\x10\x00\x13\x00\x15\x00\x18\x80\x19\x80\x1a\x00\x1b\x00\x20\x00\x25\x00\x26\x00\x28\x80\x2a\x00\x30\x00\x35\x00\x38\x00\x40\x00\x48\x80\x4a\x00\x50\x00\x55\x00\x60\x80\x6a\x00\x70\x00\x80"

const maxSmallSize = 32768
const allocPageSize = 8192

// Objects with pointers in them larger than this carry an 8-byte header
// in Go's heap, which the size class must hold too.
const minSizeForMallocHeader = 512
const mallocHeaderSize = 8

// roundupsize is the size Go's allocator gives a request of size bytes.
func roundupsize(size uintptr, noscan bool) uintptr {
	req := size
	if req <= maxSmallSize-mallocHeaderSize {
		if !noscan && req > minSizeForMallocHeader {
			req += mallocHeaderSize
		}
		for i := 1; i < len(sizeClasses)/2; i++ {
			class := uintptr(sizeClasses[2*i]) | uintptr(sizeClasses[2*i+1])<<8
			if class >= req {
				return class - (req - size)
			}
		}
	}
	if req+allocPageSize-1 < req {
		return size
	}
	return (req + allocPageSize - 1) &^ (allocPageSize - 1)
}

// makeslice is the memory of make([]T, n, c) for a T of size bytes.
func makeslice(size int, n int, c int) uintptr {
	limit := maxAlloc / uintptr(max(size, 1))
	if n < 0 || uintptr(n) > limit {
		panicMakeslice("len")
	}
	if c < n || uintptr(c) > limit {
		panicMakeslice("cap")
	}
	return alloc(uintptr(size) * uintptr(c))
}

// maxAlloc is the most one allocation may take (wasm32's memory).
const maxAlloc = 1 << 32

func panicMakeslice(what string) {
	if deferpanic("runtime.errorString", boxStatic, 0, what) {
		return
	}
	print("panic: runtime error: makeslice: ", what, " out of range\n")
	fatalpanic()
}

// nextslicecap is the capacity append grows a slice of capacity oldCap to
// so that it holds newLen elements: double while small, then by a quarter.
func nextslicecap(newLen int, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// growslice moves a slice's n elements of size bytes (at p) to new memory
// that holds newLen, and returns it with its capacity.
func growslice(p uintptr, n int, oldCap int, newLen int, size int, noscan bool) (uintptr, int) {
	if newLen < 0 {
		panicGrowslice()
	}
	if size == 0 {
		return alloc(0), newLen
	}
	newcap := nextslicecap(newLen, oldCap)
	bytes := roundupsize(uintptr(newcap)*uintptr(size), noscan)
	if uintptr(newcap) > maxAlloc/uintptr(size) {
		panicGrowslice()
	}
	newcap = int(bytes / uintptr(size))
	q := mallocgc(uintptr(newcap)*uintptr(size), noscan)
	memmove(q, p, n*size)
	return q, newcap
}

func panicGrowslice() {
	if deferpanic("runtime.errorString", boxStatic, 0, "growslice") {
		return
	}
	print("panic: runtime error: growslice: len out of range\n")
	fatalpanic()
}

//go:wexlab-intrinsic byteslice
func byteslice(p uintptr, n int, c int) []byte

//go:wexlab-intrinsic runeslice
func runeslice(p uintptr, n int, c int) []rune

//go:wexlab-intrinsic bytesptr
func bytesptr(b []byte) uintptr

//go:wexlab-intrinsic runesptr
func runesptr(r []rune) uintptr

// stringtoslicebyte is []byte(s), its capacity rounded up as Go's
// allocator rounds it, or exactly its length for a constant s (which Go's
// compiler allocates as an array of that length).
func stringtoslicebyte(s string, exact bool) []byte {
	c := len(s)
	if !exact {
		c = int(roundupsize(uintptr(len(s)), true))
	}
	p := allocNoscan(uintptr(c))
	memmove(p, stringptr(s), len(s))
	return byteslice(p, len(s), c)
}

// slicebytetostring is string(b).
func slicebytetostring(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	q := allocNoscan(uintptr(len(b)))
	memmove(q, bytesptr(b), len(b))
	return makestring(q, len(b))
}

// stringtoslicerune is []rune(s), its capacity as stringtoslicebyte's.
func stringtoslicerune(s string, exact bool) []rune {
	n := 0
	for range s {
		n++
	}
	c := n
	if !exact {
		c = int(roundupsize(uintptr(n)*4, true) / 4)
	}
	p := allocNoscan(uintptr(c) * 4)
	i := 0
	for _, r := range s {
		*(*rune)(unsafe.Pointer(p + uintptr(i)*4)) = r
		i++
	}
	return runeslice(p, n, c)
}

// slicerunetostring is string(r): each rune's UTF-8 encoding in turn.
func slicerunetostring(r []rune) string {
	p := runesptr(r)
	s := ""
	for i := 0; i < len(r); i++ {
		s += string(*(*rune)(unsafe.Pointer(p + uintptr(i)*4)))
	}
	return s
}

// unsafeslicecheck is Go's check of unsafe.Slice(p, n) for elements of
// size bytes (what is "unsafe.String" for unsafe.String(p, n), size 1).
func unsafeslicecheck(what string, p uintptr, n int, size int) {
	if n < 0 || size > 0 && uintptr(n) > maxAlloc/uintptr(size) {
		if deferpanic("runtime.errorString", boxStatic, 0, what+"len") {
			return
		}
		print("panic: runtime error: ", what, ": len out of range\n")
		fatalpanic()
	}
	if p == 0 && n > 0 {
		if deferpanic("runtime.errorString", boxStatic, 0, what+"nil") {
			return
		}
		print("panic: runtime error: ", what, ": ptr is nil and len is not zero\n")
		fatalpanic()
	}
}

// checkslicetoarray is Go's check of [n]T(s) and (*[n]T)(s) for a slice
// of length have.
func checkslicetoarray(have int, n int) {
	if have < n {
		if deferpanic("runtime.boundsError", boxNew, 0, "") {
			return
		}
		print("panic: runtime error: cannot convert slice with length ", have, " to array or pointer to array with length ", n, "\n")
		fatalpanic()
	}
}

// The stores below are bytes in the caller's frame that Go's compiler gives
// a backing store that does not escape its function (src/ir/escape.rs).

// growslicefirst is growslice for an append whose slice stays in its
// function: the first time (taken is false) an empty slice grows to at
// most k elements, it takes the store, whole.
func growslicefirst(p uintptr, n int, oldCap int, newLen int, size int, noscan bool, store uintptr, k int, taken bool) (uintptr, int, bool) {
	if newLen <= k && !taken && n == 0 {
		memclr(store, k*size)
		return store, k, true
	}
	q, c := growslice(p, n, oldCap, newLen, size, noscan)
	return q, c, taken
}

// growslicestore is growslice for a slice that keeps the store until it is
// handed on: while the elements fit, they move to the store, to the next
// size class, so that the move to the heap wastes nothing.
func growslicestore(p uintptr, n int, oldCap int, newLen int, size int, noscan bool, store uintptr, k int) (uintptr, int) {
	if newLen > k {
		return growslice(p, n, oldCap, newLen, size, noscan)
	}
	if p != store && n != 0 {
		memmove(store, p, n*size)
	}
	c := int(roundupsize(uintptr(newLen*size), noscan) / uintptr(size))
	if newLen < c {
		memclr(store+uintptr(newLen*size), (c-newLen)*size)
	}
	return store, c
}

// movetoheap is the slice p[:n:c], copied to the heap if it is in the
// store: all c elements when its capacity is read, else n, rounded up to
// a size class.
func movetoheap(p uintptr, n int, c int, size int, noscan bool, keepCap bool, store uintptr) (uintptr, int, int) {
	if p-store >= storeBytes {
		return p, n, c
	}
	if !keepCap {
		c = int(roundupsize(uintptr(n*size), noscan) / uintptr(size))
	}
	if c == 0 {
		return alloc(0), 0, 0
	}
	q := mallocgc(uintptr(c*size), noscan)
	memmove(q, p, n*size)
	return q, n, c
}

// storeBytes is the size of a store (escape.rs's STORE_BYTES).
const storeBytes = 32

// stringtoslicebytestore is []byte(s) in a store of 32 bytes when s fits.
func stringtoslicebytestore(s string, store uintptr) []byte {
	if len(s) > storeBytes {
		return stringtoslicebyte(s, false)
	}
	memclr(store, storeBytes)
	memmove(store, stringptr(s), len(s))
	return byteslice(store, len(s), storeBytes)
}

// stringtoslicerunestore is []rune(s) in a store of 32 runes when s fits.
func stringtoslicerunestore(s string, store uintptr) []rune {
	n := 0
	for range s {
		n++
	}
	if n > storeBytes {
		return stringtoslicerune(s, false)
	}
	memclr(store, storeBytes*4)
	i := 0
	for _, r := range s {
		*(*rune)(unsafe.Pointer(store + uintptr(i)*4)) = r
		i++
	}
	return runeslice(store, n, storeBytes)
}

// memclr zeroes n bytes at p.
func memclr(p uintptr, n int) {
	clear(unsafe.Slice((*byte)(unsafe.Pointer(p)), n))
}
