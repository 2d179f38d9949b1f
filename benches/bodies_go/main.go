// The program of benches/bodies_go.rs: enough of the standard library
// (fmt, strings, strconv, sort, sync) for a module of about 2.5 MB, with
// exports of every shape Go's wrapper takes.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"structs"
	"sync"
	"unsafe"
)

type Pair struct {
	_    structs.HostLayout
	A, B int32
}

var mu sync.Mutex

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport mix
func mix(a int64, f float64, g float32, p uint32) float64 {
	return float64(a) + f + float64(g) + float64(p)
}

//go:wasmexport words
func words(s string) int32 {
	w := strings.Fields(s)
	sort.Strings(w)
	return int32(len(w))
}

//go:wasmexport encode
func encode(n int32) int32 {
	mu.Lock()
	defer mu.Unlock()
	s := fmt.Sprintf("{%q: %d, %q: %q}", "n", n, "s", strconv.Itoa(int(n)))
	fmt.Println(s)
	return int32(len(s))
}

//go:wasmexport swap
func swap(p *Pair) bool {
	p.A, p.B = p.B, p.A
	return p.A > p.B
}

//go:wasmexport raw
func raw(p unsafe.Pointer) uintptr { return uintptr(p) }

//go:wasmimport env log
func hostLog(x int32) int32

//go:wasmexport logged
func logged(x int32) int32 { return hostLog(x) }

func main() {}
