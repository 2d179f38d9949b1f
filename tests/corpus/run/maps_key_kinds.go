// Every kind of comparable key the subset has: integers of each width
// (negative ones too), bools, strings (equal by content, not by address),
// pointers, floats (+0 and -0 are one key, NaN is never found and each NaN
// is a new entry), arrays, structs with padding and blank fields, nested
// aggregates and named types.
//
// run: exe
package main

type pair struct {
	a int8
	b int64
	_ int32
	c string
}

type ID uint16

type nested struct {
	p   pair
	arr [3]float32
	ok  bool
}

func main() {
	i8 := map[int8]int{-1: 1, 127: 2, -128: 3}
	i8[-1] += 10
	println(len(i8), i8[-1], i8[127], i8[-128], i8[0])

	i16 := map[int16]int16{}
	u32 := map[uint32]uint32{}
	i64 := map[int64]int64{}
	u64 := map[uint64]bool{}
	up := map[uintptr]int{}
	for k := 0; k < 300; k++ {
		i16[int16(k*-97)] = int16(k)
		u32[uint32(k)*2654435761] = uint32(k)
		i64[int64(k)<<40] = int64(-k)
		u64[uint64(k)*0x9e3779b97f4a7c15] = k%2 == 0
		up[uintptr(k*8)] = k
	}
	seven, four, five := uint32(7), uint64(4), uint64(5)
	println(len(i16), i16[-97*5], len(u32), u32[seven*2654435761], len(i64), i64[9<<40])
	println(len(u64), u64[four*0x9e3779b97f4a7c15], u64[five*0x9e3779b97f4a7c15], len(up), up[80])

	b := map[bool]string{true: "yes"}
	b[false] = "no"
	b[true] += "!"
	println(len(b), b[true], b[false])

	s := map[string]int{}
	x := "hello, world"
	s[x[:5]] = 1
	s["hel"+"lo"] += 1
	s[""] = 5
	println(len(s), s["hello"], s[""])

	p1, p2 := new(int), new(int)
	ptr := map[*int]int{p1: 1, p2: 2, nil: 3}
	println(len(ptr), ptr[p1], ptr[p2], ptr[nil], ptr[new(int)])

	f := map[float64]int{}
	zero := 0.0
	f[zero] = 1
	f[-zero] += 1
	nan := zero / zero
	f[nan] = 5
	f[nan] = 6
	_, found := f[nan]
	println(len(f), f[0], found)
	sum := 0
	for k, v := range f {
		if k != k {
			sum += v
		}
	}
	println(sum)
	f32 := map[float32]int{1.5: 1, -0.25: 2}
	println(f32[1.5], f32[-0.25], f32[2])

	arr := map[[2]string]int{{"a", "b"}: 1}
	arr[[2]string{"a", "b"}]++
	arr[[2]string{"b", "a"}] = 7
	println(len(arr), arr[[2]string{"a", "b"}], arr[[2]string{"b", "a"}])

	st := map[pair]int{}
	st[pair{a: 1, b: 2, c: "x"}] = 10
	st[pair{a: 1, b: 2, c: "x"}] += 5
	st[pair{a: 1, b: 3, c: "x"}] = 20
	println(len(st), st[pair{1, 2, 0, "x"}], st[pair{a: 1, b: 3, c: "x"}])

	n := map[nested]int{}
	k := nested{p: pair{a: -1, c: "k"}, arr: [3]float32{0, 1, 2}, ok: true}
	n[k] = 3
	k.arr[0] = float32(-zero)
	n[k]++
	k.ok = false
	println(len(n), n[k], n[nested{p: pair{a: -1, c: "k"}, arr: [3]float32{0, 1, 2}, ok: true}])

	ids := map[ID]ID{}
	for i := ID(0); i < 50; i++ {
		ids[i*3] = i
	}
	println(len(ids), ids[30], ids[31])

	type empty struct{}
	e := map[empty]int{}
	e[empty{}] = 4
	e[empty{}]++
	println(len(e), e[empty{}])
}
