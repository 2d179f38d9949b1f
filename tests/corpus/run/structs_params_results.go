// Large structs by value through calls: parameters and results mixing
// every field kind, a recursive function that changes its own copy at each
// level, fields and elements selected directly from call results (f().x,
// f().arr[i]) and value methods called on call results.
//
// run: c-shared
// call: run
// call: walk 0
// call: walk 5
// call: pick 0
// call: pick 3
// call: mix 2 0.5
package main

type big struct {
	i8  int8
	u16 uint16
	i32 int32
	i64 int64
	f32 float32
	f64 float64
	ok  bool
	s   string
	arr [3]int32
	sub struct{ a, b uint8 }
}

func seed(k int32) big {
	return big{
		i8: int8(k), u16: uint16(k * 1000), i32: k * k, i64: int64(k) << 40,
		f32: float32(k) / 2, f64: float64(k) * 1.25, ok: k%2 == 0, s: "s",
		arr: [3]int32{k, k + 1, k + 2},
	}
}

func (b big) score() int64 {
	t := int64(b.i8) + int64(b.u16) + int64(b.i32) + b.i64>>40
	t += int64(b.f32*2) + int64(b.f64*4) + int64(len(b.s))
	for _, v := range b.arr {
		t += int64(v)
	}
	if b.ok {
		t++
	}
	return t + int64(b.sub.a) + int64(b.sub.b)
}

func descend(b big, n int32) int64 {
	if n == 0 {
		return b.score()
	}
	b.i32 += n
	b.arr[n%3] *= 2
	b.s += "x"
	b.sub.a++
	inner := descend(b, n-1)
	return inner*10 + int64(b.i32%10)
}

//go:wasmexport run
func run() int64 {
	b := seed(3)
	c := b
	c.sub.b = 200
	println(b.score(), c.score(), seed(4).arr[2], seed(5).s, len(seed(1).arr))
	println(seed(6).sub.a, seed(7).f64, seed(2).ok)
	return b.score() + seed(9).score()
}

//go:wasmexport walk
func walk(n int32) int64 {
	b := seed(1)
	r := descend(b, n)
	println(b.i32, b.s, b.arr[0], b.sub.a)
	return r
}

//go:wasmexport pick
func pick(i int32) int32 {
	return seed(10).arr[i%3] + seed(i).i32
}

//go:wasmexport mix
func mix(k int32, f float64) float64 {
	b := seed(k)
	b.f64 *= f
	b.f32 += float32(f)
	return b.f64 + float64(b.f32) + float64(seed(k).score())
}

func main() {}
