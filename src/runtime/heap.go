// The heap: blocks of memory from where the Go stack ends (docs/module.md)
// to the end of the linear memory, which grows when they run out. Each
// block starts with an 8-byte header (its size with the header, and
// whether it is free, marked or holds no pointers); the blocks lie end to
// end, so the collector (gc.go) can walk them, and a bitmap of where
// headers are lets it find the block a pointer points into. Free blocks
// are kept in lists by the power of two of their size; a block comes from
// the first list that has one big enough, split if it is much bigger, else
// from the memory after the last block. When the memory cannot grow, the
// program stops with Go's out-of-memory error.

package runtime

import "unsafe"

const (
	headerSize = 8
	sizeMask   = 1<<32 - 1
	flagFree   = 1 << 32
	flagMark   = 1 << 33
	flagNoscan = 1 << 34
	// Blocks below this size are not split off a bigger one.
	minBlock = 16
	// The heap grows by at least a quarter, so that the bitmap, copied at
	// each growth, costs little.
	growDivisor = 4
	// No collection before the heap has taken this much.
	minHeapGoal = 4 << 20
)

// heapNext is where the next block after the last one goes, 0 before the
// first allocation; heapEnd is where the memory ends.
var heapNext uintptr
var heapEnd uintptr

// startBits is the bitmap block: bit i says a block starts at
// heapStart()+8*i. It covers the heap up to heapEnd.
var startBits uintptr

// freeLists[k] links the free blocks of 2^k to 2^(k+1)-1 bytes through
// their first payload word.
var freeLists [33]uintptr

// gcStress makes every allocation collect first, to test that the
// collector finds every root (WEXLAB_GC_STRESS when building sets it).
var gcStress bool

// allocated counts the bytes taken since the last collection; heapGoal is
// how many may be before the next.
var allocated uintptr
var heapGoal uintptr = minHeapGoal

const pageSize = 65536

// The largest memory wasm32 addresses: 65536 pages.
const maxPages = 65536

// alloc returns n bytes of zeroed memory, aligned to 8, that the collector
// scans for pointers.
func alloc(n uintptr) uintptr {
	return mallocgc(n, false)
}

// allocNoscan is alloc for bytes that hold no pointers.
func allocNoscan(n uintptr) uintptr {
	return mallocgc(n, true)
}

func mallocgc(n uintptr, noscan bool) uintptr {
	if heapNext == 0 {
		heapNext = heapStart()
		heapEnd = heapNext
	}
	size := (n+7)&^7 + headerSize
	if size < n || size > sizeMask {
		outOfMemory(n)
	}
	if size < minBlock {
		// A free block keeps its list link after its header.
		size = minBlock
	}
	if (allocated+size > heapGoal || gcStress) && !collecting {
		collect()
	}
	h := takeFree(size)
	if h == 0 {
		h = takeNew(size, n)
	}
	size = blockSize(h)
	allocated += size
	flags := uint64(0)
	if noscan {
		flags = flagNoscan
	}
	setHeader(h, size, flags)
	return h + headerSize
}

func header(h uintptr) uint64 {
	return *(*uint64)(unsafe.Pointer(h))
}

func setHeader(h uintptr, size uintptr, flags uint64) {
	*(*uint64)(unsafe.Pointer(h)) = uint64(size) | flags
}

func blockSize(h uintptr) uintptr {
	return uintptr(header(h) & sizeMask)
}

// sizeClass is the free list of a block of size bytes: its highest bit.
func sizeClass(size uintptr) int {
	k := 0
	for size > 1 {
		size >>= 1
		k++
	}
	return k
}

// takeFree unlinks a free block of at least size bytes, zeroed, or returns 0.
func takeFree(size uintptr) uintptr {
	for k := sizeClass(size); k < len(freeLists); k++ {
		prev := uintptr(0)
		for h := freeLists[k]; h != 0; h = nextFree(h) {
			if blockSize(h) >= size {
				if prev == 0 {
					freeLists[k] = nextFree(h)
				} else {
					setNextFree(prev, nextFree(h))
				}
				split(h, size)
				memclr(h+headerSize, int(blockSize(h)-headerSize))
				return h
			}
			prev = h
		}
	}
	return 0
}

func nextFree(h uintptr) uintptr {
	return *(*uintptr)(unsafe.Pointer(h + headerSize))
}

func setNextFree(h uintptr, next uintptr) {
	*(*uintptr)(unsafe.Pointer(h + headerSize)) = next
}

// split gives back what block h has beyond size bytes, when that is worth
// a block.
func split(h uintptr, size uintptr) {
	rest := blockSize(h) - size
	if rest < minBlock {
		return
	}
	setHeader(h, size, 0)
	freeBlock(h+size, rest)
}

// freeBlock makes the size bytes at h a free block.
func freeBlock(h uintptr, size uintptr) {
	setHeader(h, size, flagFree)
	setStart(h)
	k := sizeClass(size)
	setNextFree(h, freeLists[k])
	freeLists[k] = h
}

// takeNew places a block of size bytes after the last one, growing the
// memory (and the bitmap) when it does not fit.
func takeNew(size uintptr, n uintptr) uintptr {
	for size > heapEnd-heapNext {
		grow(size, n)
	}
	h := heapNext
	heapNext += size
	setHeader(h, size, 0)
	setStart(h)
	return h
}

// grow makes room for a block of size bytes: more memory, and a new
// bitmap covering all of it, placed after the last block.
func grow(size uintptr, n uintptr) {
	start := heapStart()
	used := heapNext - start
	room := used / growDivisor
	if room < size {
		room = size
	}
	end := heapNext + room
	// The bitmap takes a 64th of what it covers, itself included, and the
	// memory's last page rounds the end up by less than a page.
	end += (end-start)/63 + (pageSize/64 + 2*headerSize)
	if end < heapNext {
		outOfMemory(n)
	}
	if end > heapEnd {
		pages := (end - heapEnd + pageSize - 1) / pageSize
		if pages > maxPages || memoryGrow(int32(pages)) < 0 {
			outOfMemory(n)
		}
		heapEnd = memorySize()
	}
	newBits := heapNext
	words := ((heapEnd-start)/8 + 63) / 64
	heapNext += headerSize + words*8
	setHeader(newBits, headerSize+words*8, flagNoscan)
	old := startBits
	startBits = newBits
	if old != 0 {
		memmove(newBits+headerSize, old+headerSize, int(blockSize(old)-headerSize))
		setStart(newBits)
		freeBlock(old, blockSize(old))
	} else {
		setStart(newBits)
	}
}

func setStart(h uintptr) {
	i := (h - heapStart()) / 8
	w := startBits + headerSize + i/64*8
	*(*uint64)(unsafe.Pointer(w)) |= uint64(1) << (i % 64)
}

func clearStart(h uintptr) {
	i := (h - heapStart()) / 8
	w := startBits + headerSize + i/64*8
	*(*uint64)(unsafe.Pointer(w)) &^= uint64(1) << (i % 64)
}

// blockOf is the block that address p, below heapNext, lies in: the last
// block start at or before it.
func blockOf(p uintptr) uintptr {
	start := heapStart()
	i := (p - start) / 8
	words := startBits + headerSize
	w := i / 64
	bits := *(*uint64)(unsafe.Pointer(words + w*8)) & (uint64(1)<<(i%64+1) - 1)
	for bits == 0 {
		if w == 0 {
			return 0
		}
		w--
		bits = *(*uint64)(unsafe.Pointer(words + w*8))
	}
	return start + (w*64+uintptr(highestBit(bits)))*8
}

// highestBit is the index of x's highest set bit (x is not 0).
func highestBit(x uint64) int {
	k := 0
	for step := 32; step > 0; step >>= 1 {
		if x>>step != 0 {
			x >>= step
			k += step
		}
	}
	return k
}

func outOfMemory(n uintptr) {
	print("runtime: out of memory: cannot allocate ", n, "-byte block (", heapNext-heapStart(), " in use)\n")
	print("fatal error: out of memory\n")
	fatalpanic()
}
