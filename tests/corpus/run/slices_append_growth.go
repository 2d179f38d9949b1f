// append to slices kept in package variables (their backing arrays live
// on the heap) and the capacities Go's runtime growslice gives: doubling
// up to 256 elements, then about 1.25x plus 192, each rounded up to the
// allocator's size classes, for element sizes 1, 2, 8, 12 and 16;
// appending several elements at once, a slice to itself, and appending
// past a capacity chosen with make.
//
// run: c-shared
// call: bytes 100
// call: shorts 70
// call: words 1500
// call: recs 40
// call: strs 20
// call: multi 3
// call: multi 11
// call: spread 1 13
// call: spread 0 300
// call: preset 5 7
package main

type rec struct {
	a, b, c int32
}

var bs []byte
var hs []int16
var ws []int64
var rs []rec
var ss []string
var ms []int32

func report(what string, l, c int) {
	println(what, "len", l, "cap", c)
}

//go:wasmexport bytes
func bytes(n int32) int32 {
	last := -1
	for i := int32(0); i < n; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			report("byte", len(bs), cap(bs))
		}
	}
	return int32(cap(bs))
}

//go:wasmexport shorts
func shorts(n int32) int32 {
	last := -1
	for i := int32(0); i < n; i++ {
		hs = append(hs, int16(i))
		if cap(hs) != last {
			last = cap(hs)
			report("int16", len(hs), cap(hs))
		}
	}
	return int32(cap(hs))
}

//go:wasmexport words
func words(n int32) int64 {
	last := -1
	for i := int32(0); i < n; i++ {
		ws = append(ws, int64(i))
		if cap(ws) != last {
			last = cap(ws)
			report("int64", len(ws), cap(ws))
		}
	}
	return int64(cap(ws))*100000 + ws[n-1]
}

//go:wasmexport recs
func recs(n int32) int32 {
	last := -1
	for i := int32(0); i < n; i++ {
		rs = append(rs, rec{i, -i, i * i})
		if cap(rs) != last {
			last = cap(rs)
			report("rec", len(rs), cap(rs))
		}
	}
	return int32(cap(rs)) + rs[n-1].c
}

//go:wasmexport strs
func strs(n int32) int32 {
	last := -1
	for i := int32(0); i < n; i++ {
		ss = append(ss, "s")
		if cap(ss) != last {
			last = cap(ss)
			report("string", len(ss), cap(ss))
		}
	}
	return int32(cap(ss))
}

//go:wasmexport multi
func multi(k int32) int32 {
	for i := int32(0); i < k; i++ {
		ms = append(ms, i, i+1, i+2)
		report("three", len(ms), cap(ms))
	}
	return int32(cap(ms))
}

//go:wasmexport spread
func spread(start, n int32) int32 {
	ws = make([]int64, start)
	ws = append(ws, 1, 2, 3, 4, 5)
	report("five", len(ws), cap(ws))
	ws = append(ws, make([]int64, n)...)
	report("spread", len(ws), cap(ws))
	ws = append(ws, ws...)
	report("self", len(ws), cap(ws))
	return int32(len(ws))*10000 + int32(cap(ws))
}

//go:wasmexport preset
func preset(c, n int32) int32 {
	bs = make([]byte, 0, c)
	for i := int32(0); i < n; i++ {
		bs = append(bs, 'a')
		report("preset", len(bs), cap(bs))
	}
	return int32(cap(bs))
}

func main() {}
