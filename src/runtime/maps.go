// Maps: open addressing with linear probing over raw key and value bytes.
// A map value is the address of its header (0 for a nil map). The key
// type is described by a string the compiler builds (src/ir/maps.rs), one
// 9-byte entry per part of the key: a kind byte, then the part's offset and
// size, 32-bit little-endian. Kinds: 'm' bytes compared as they are, 'f' a
// float32, 'd' a float64 (+0 equals -0, NaN equals nothing), 's' a string
// (compared by content).

package runtime

import "unsafe"

// The header's words.
const (
	mapCount   = 0  // live entries
	mapCap     = 8  // slots, a power of two (0 before the first insert)
	mapUsed    = 16 // live entries and deleted slots
	mapKeySize = 24
	mapValSize = 32
	mapDescPtr = 40
	mapDescLen = 48
	mapCtrl    = 56 // one byte per slot: slotEmpty, slotFull or slotDeleted
	mapKeys    = 64
	mapVals    = 72
	mapNoscan  = 80 // whether keys (bit 0) and values (bit 1) hold no pointers
	mapClears  = 88 // how many times clear emptied the map
	mapHeader  = 96
)

const (
	slotEmpty   = 0
	slotFull    = 1
	slotDeleted = 2
)

// The iterator's words.
const (
	iterMap    = 0
	iterCtrl   = 8 // the slot arrays when iteration started
	iterKeys   = 16
	iterVals   = 24
	iterCap    = 32
	iterNext   = 40 // the next slot to look at
	iterKey    = 48 // the current entry's key and value
	iterVal    = 56
	iterClears = 64 // the map's clear count when iteration started
	iterBytes  = 72
)

// zeroBlock is zeroed memory that reads of missing keys point into; it
// grows to the largest value size asked for.
var zeroBlock uintptr
var zeroBlockSize uintptr

// nanHash makes each NaN key hash differently: none is ever found again.
var nanHash uint64

func word(p uintptr) uintptr {
	return *(*uintptr)(unsafe.Pointer(p))
}

func setWord(p uintptr, v uintptr) {
	*(*uintptr)(unsafe.Pointer(p)) = v
}

func byteAt(p uintptr) uint8 {
	return *(*uint8)(unsafe.Pointer(p))
}

func setByte(p uintptr, v uint8) {
	*(*uint8)(unsafe.Pointer(p)) = v
}

func u32At(p uintptr) uintptr {
	return uintptr(*(*uint32)(unsafe.Pointer(p)))
}

// makemap is make(map[K]V, hint) for keys described by desc; a negative
// hint counts as none, as in Go. The collector skips the keys, or the
// values, when their type holds no pointers.
func makemap(desc string, keysize uintptr, valsize uintptr, keysNoscan bool, valsNoscan bool, hint int) uintptr {
	h := alloc(mapHeader)
	noscan := uintptr(0)
	if keysNoscan {
		noscan |= 1
	}
	if valsNoscan {
		noscan |= 2
	}
	setWord(h+mapNoscan, noscan)
	setWord(h+mapKeySize, keysize)
	setWord(h+mapValSize, valsize)
	setWord(h+mapDescPtr, stringptr(desc))
	setWord(h+mapDescLen, uintptr(len(desc)))
	if hint > 0 {
		n := uintptr(8)
		for n*3 < uintptr(hint)*4 {
			n *= 2
		}
		mapResize(h, n)
	}
	return h
}

// maplen is len(m).
func maplen(h uintptr) int {
	if h == 0 {
		return 0
	}
	return int(word(h + mapCount))
}

// mapaccess is the address of m[key]'s value, or of zeroed memory when
// the key is missing (mapfound tells which).
func mapaccess(h uintptr, key uintptr, valsize uintptr) uintptr {
	if h != 0 {
		i := mapFind(h, key)
		if i >= 0 {
			return word(h+mapVals) + uintptr(i)*word(h+mapValSize)
		}
	}
	if valsize > zeroBlockSize {
		zeroBlockSize = max(valsize, 256)
		zeroBlock = allocNoscan(zeroBlockSize)
	}
	return zeroBlock
}

// mapfound is whether mapaccess found its key.
func mapfound(v uintptr) bool {
	return v != zeroBlock
}

// mapassign is the address of m[key]'s value, the entry added (its value
// zero) when missing.
func mapassign(h uintptr, key uintptr) uintptr {
	if h == 0 {
		panicstring("", "assignment to entry in nil map")
	}
	i := mapFind(h, key)
	if i < 0 {
		n := word(h + mapCap)
		if (word(h+mapUsed)+1)*4 > n*3 {
			// Deleted slots are dropped; the table doubles only when the
			// live entries need it.
			if (word(h+mapCount)+1)*2 > n {
				n *= 2
			}
			mapResize(h, max(n, 8))
		}
		i = mapInsertSlot(h, key)
		setWord(h+mapCount, word(h+mapCount)+1)
	}
	return word(h+mapVals) + uintptr(i)*word(h+mapValSize)
}

// mapdelete is delete(m, key).
func mapdelete(h uintptr, key uintptr) {
	if h == 0 {
		return
	}
	i := mapFind(h, key)
	if i < 0 {
		return
	}
	at := uintptr(i)
	setByte(word(h+mapCtrl)+at, slotDeleted)
	ks, vs := word(h+mapKeySize), word(h+mapValSize)
	mapZero(word(h+mapKeys)+at*ks, ks)
	mapZero(word(h+mapVals)+at*vs, vs)
	setWord(h+mapCount, word(h+mapCount)-1)
}

// mapclear is clear(m): new empty slots, so that an iteration in progress
// produces nothing more.
func mapclear(h uintptr) {
	if h == 0 || word(h+mapCount) == 0 {
		return
	}
	setWord(h+mapCount, 0)
	setWord(h+mapClears, word(h+mapClears)+1)
	mapResize(h, word(h+mapCap))
}

func mapZero(p uintptr, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		setByte(p+i, 0)
	}
}

// mapResize moves the live entries to new slot arrays of n slots.
func mapResize(h uintptr, n uintptr) {
	oldCtrl, oldKeys, oldVals := word(h+mapCtrl), word(h+mapKeys), word(h+mapVals)
	oldCap := word(h + mapCap)
	ks, vs := word(h+mapKeySize), word(h+mapValSize)
	setWord(h+mapCtrl, allocNoscan(n))
	setWord(h+mapKeys, mallocgc(n*ks, word(h+mapNoscan)&1 != 0))
	setWord(h+mapVals, mallocgc(n*vs, word(h+mapNoscan)&2 != 0))
	setWord(h+mapCap, n)
	setWord(h+mapUsed, 0)
	if word(h+mapCount) == 0 {
		return
	}
	for i := uintptr(0); i < oldCap; i++ {
		if byteAt(oldCtrl+i) != slotFull {
			continue
		}
		j := uintptr(mapInsertSlot(h, oldKeys+i*ks))
		memmove(word(h+mapVals)+j*vs, oldVals+i*vs, int(vs))
	}
}

// mapInsertSlot puts key in the first free slot of its probe sequence (the
// key is known to be missing, the table to have room) and returns it.
func mapInsertSlot(h uintptr, key uintptr) int {
	n := word(h + mapCap)
	ctrl := word(h + mapCtrl)
	ks := word(h + mapKeySize)
	i := uintptr(mapHash(h, key)) & (n - 1)
	for byteAt(ctrl+i) == slotFull {
		i = (i + 1) & (n - 1)
	}
	if byteAt(ctrl+i) == slotEmpty {
		setWord(h+mapUsed, word(h+mapUsed)+1)
	}
	setByte(ctrl+i, slotFull)
	memmove(word(h+mapKeys)+i*ks, key, int(ks))
	return int(i)
}

// mapFind is the slot holding key, or -1.
func mapFind(h uintptr, key uintptr) int {
	n := word(h + mapCap)
	if word(h+mapCount) == 0 {
		return -1
	}
	ctrl := word(h + mapCtrl)
	keys := word(h + mapKeys)
	ks := word(h + mapKeySize)
	i := uintptr(mapHash(h, key)) & (n - 1)
	for probes := uintptr(0); probes < n; probes++ {
		c := byteAt(ctrl + i)
		if c == slotEmpty {
			return -1
		}
		if c == slotFull && mapEqual(h, keys+i*ks, key) {
			return int(i)
		}
		i = (i + 1) & (n - 1)
	}
	return -1
}

// mapHash hashes the key at k (FNV-1a, then mixed) part by part.
func mapHash(h uintptr, k uintptr) uint64 {
	x := uint64(14695981039346656037)
	desc, n := word(h+mapDescPtr), word(h+mapDescLen)
	for e := uintptr(0); e < n; e += 9 {
		kind := byteAt(desc + e)
		p := k + u32At(desc+e+1)
		size := u32At(desc + e + 5)
		if kind == 's' {
			p, size = word(p), word(p+8)
		} else if kind == 'f' || kind == 'd' {
			// Equal floats hash alike: +0 and -0 both as nothing.
			var f float64
			bits := uint64(*(*uint32)(unsafe.Pointer(p)))
			if kind == 'f' {
				f = float64(*(*float32)(unsafe.Pointer(p)))
			} else {
				f = *(*float64)(unsafe.Pointer(p))
				bits = *(*uint64)(unsafe.Pointer(p))
			}
			if f != f {
				nanHash++
				x = (x ^ nanHash) * 1099511628211
			} else if f != 0 {
				x = (x ^ bits) * 1099511628211
			}
			continue
		}
		// Eight bytes at a time (keys are 8-aligned), then the rest.
		i := uintptr(0)
		for ; i+8 <= size; i += 8 {
			x = (x ^ *(*uint64)(unsafe.Pointer(p + i))) * 1099511628211
			x ^= x >> 32
		}
		for ; i < size; i++ {
			x = (x ^ uint64(*(*uint8)(unsafe.Pointer(p + i)))) * 1099511628211
		}
		x = (x ^ uint64(size)) * 1099511628211
	}
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return x
}

// mapEqual is whether the keys at a and b are equal, part by part.
func mapEqual(h uintptr, a uintptr, b uintptr) bool {
	desc, n := word(h+mapDescPtr), word(h+mapDescLen)
	for e := uintptr(0); e < n; e += 9 {
		kind := byteAt(desc + e)
		off := u32At(desc + e + 1)
		size := u32At(desc + e + 5)
		pa, pb := a+off, b+off
		switch kind {
		case 'f':
			if *(*float32)(unsafe.Pointer(pa)) != *(*float32)(unsafe.Pointer(pb)) {
				return false
			}
		case 'd':
			if *(*float64)(unsafe.Pointer(pa)) != *(*float64)(unsafe.Pointer(pb)) {
				return false
			}
		case 's':
			if word(pa+8) != word(pb+8) || !mapBytesEqual(word(pa), word(pb), word(pa+8)) {
				return false
			}
		default:
			if !mapBytesEqual(pa, pb, size) {
				return false
			}
		}
	}
	return true
}

func mapBytesEqual(a uintptr, b uintptr, n uintptr) bool {
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		if *(*uint64)(unsafe.Pointer(a + i)) != *(*uint64)(unsafe.Pointer(b + i)) {
			return false
		}
	}
	for ; i < n; i++ {
		if *(*uint8)(unsafe.Pointer(a + i)) != *(*uint8)(unsafe.Pointer(b + i)) {
			return false
		}
	}
	return true
}

// mapiterinit starts `for k, v := range m` (in slot order).
func mapiterinit(h uintptr) uintptr {
	it := alloc(iterBytes)
	setWord(it+iterMap, h)
	if h != 0 {
		setWord(it+iterCtrl, word(h+mapCtrl))
		setWord(it+iterKeys, word(h+mapKeys))
		setWord(it+iterVals, word(h+mapVals))
		setWord(it+iterCap, word(h+mapCap))
		setWord(it+iterClears, word(h+mapClears))
	}
	return it
}

// mapiternext moves to the next entry (mapiterkey and mapiterval then
// address it), or says there is none. Entries deleted before they are
// reached are not produced; after the map moved to new slots, each entry
// of the old slots is looked up again. A NaN key is never found, nor
// deleted: its entry is produced from the old slots unless clear ran.
func mapiternext(it uintptr) bool {
	h := word(it + iterMap)
	ctrl := word(it + iterCtrl)
	n := word(it + iterCap)
	for i := word(it + iterNext); i < n; i++ {
		if byteAt(ctrl+i) != slotFull {
			continue
		}
		setWord(it+iterNext, i+1)
		key := word(it+iterKeys) + i*word(h+mapKeySize)
		if ctrl == word(h+mapCtrl) {
			setWord(it+iterKey, key)
			setWord(it+iterVal, word(it+iterVals)+i*word(h+mapValSize))
			return true
		}
		j := mapFind(h, key)
		if j >= 0 {
			setWord(it+iterKey, word(h+mapKeys)+uintptr(j)*word(h+mapKeySize))
			setWord(it+iterVal, word(h+mapVals)+uintptr(j)*word(h+mapValSize))
			return true
		}
		if !mapEqual(h, key, key) && word(h+mapClears) == word(it+iterClears) {
			setWord(it+iterKey, key)
			setWord(it+iterVal, word(it+iterVals)+i*word(h+mapValSize))
			return true
		}
	}
	setWord(it+iterNext, n)
	return false
}

func mapiterkey(it uintptr) uintptr {
	return word(it + iterKey)
}

func mapiterval(it uintptr) uintptr {
	return word(it + iterVal)
}
