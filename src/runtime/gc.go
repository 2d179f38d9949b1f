// The collector: mark and sweep, run by an allocation when the heap has
// taken as much again as was live after the last collection (at least
// minHeapGoal). Nothing moves. Marking starts from the roots: the package
// variables, and the Go stack from SP to its top, where every function
// that calls something that may allocate keeps a copy of each of its
// locals that can hold an address (the IR builder stores them before such
// calls: src/ir/gc.rs). A root or a heap word is taken as a pointer when
// it points into an allocated block (conservatively: an integer that
// happens to is one too). Sweeping frees every block left unmarked,
// joining neighbours, and rebuilds the free lists.

package runtime

import "unsafe"

//go:wexlab-intrinsic data_start
func dataStart() uintptr

//go:wexlab-intrinsic data_end
func dataEnd() uintptr

//go:wexlab-intrinsic getsp
func getsp() uintptr

// collecting is set while a collection runs (it allocates nothing).
var collecting bool

// markStack holds blocks marked but not yet scanned: markDepth of them, at
// most markCap. When it is full, overflowed says that some marked blocks
// were not scanned, and the heap is walked for them.
var markStack uintptr
var markDepth uintptr
var overflowed bool

const markCap = 16384

// collect frees what nothing reachable points to.
func collect() {
	collecting = true
	if markStack == 0 {
		// Kept by this variable, so marked like the rest.
		markStack = allocNoscan(markCap * 8)
	}
	markRange(dataStart(), dataEnd())
	markRange(getsp(), heapStart())
	drain()
	for overflowed {
		overflowed = false
		rescan()
		drain()
	}
	pinscan()
	live := sweep()
	allocated = 0
	heapGoal = live
	if heapGoal < minHeapGoal {
		heapGoal = minHeapGoal
	}
	collecting = false
}

// markRange marks what the words from lo to hi point to.
func markRange(lo uintptr, hi uintptr) {
	for a := (lo + 7) &^ 7; a+8 <= hi; a += 8 {
		mark(*(*uintptr)(unsafe.Pointer(a)))
	}
}

// mark marks the block p points into, if it is allocated and not marked.
func mark(p uintptr) {
	if p < heapStart() || p >= heapNext {
		return
	}
	h := blockOf(p)
	if h == 0 {
		return
	}
	x := header(h)
	if x&(flagFree|flagMark) != 0 {
		return
	}
	*(*uint64)(unsafe.Pointer(h)) = x | flagMark
	if x&flagNoscan != 0 {
		return
	}
	if markDepth == markCap {
		overflowed = true
		return
	}
	*(*uintptr)(unsafe.Pointer(markStack + markDepth*8)) = h
	markDepth++
}

// drain scans the blocks on the mark stack until it is empty.
func drain() {
	for markDepth > 0 {
		markDepth--
		h := *(*uintptr)(unsafe.Pointer(markStack + markDepth*8))
		markRange(h+headerSize, h+blockSize(h))
	}
}

// rescan scans every marked block again, after the mark stack overflowed.
func rescan() {
	for h := heapStart(); h < heapNext; h += blockSize(h) {
		x := header(h)
		if x&flagMark != 0 && x&flagNoscan == 0 {
			markRange(h+headerSize, h+blockSize(h))
			drain()
		}
	}
}

// sweep frees the unmarked blocks, joined with free neighbours, clears
// the marks, and returns how many bytes stay in use.
func sweep() uintptr {
	for k := range freeLists {
		freeLists[k] = 0
	}
	live := uintptr(0)
	run := uintptr(0)
	for h := heapStart(); h < heapNext; {
		x := header(h)
		size := uintptr(x & sizeMask)
		if x&flagMark != 0 {
			*(*uint64)(unsafe.Pointer(h)) = x &^ flagMark
			live += size
			if run != 0 {
				freeBlock(run, h-run)
				run = 0
			}
		} else if run == 0 {
			run = h
		} else {
			clearStart(h)
		}
		h += size
	}
	if run != 0 {
		freeBlock(run, heapNext-run)
	}
	return live
}
