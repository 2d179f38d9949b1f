// A fixed-width big number type (an array of base-10000 limbs in a struct)
// with add, multiply by a small number and compare methods: factorials and
// Fibonacci numbers past 64 bits, reduced to scalars for the host.
//
// run: c-shared
// call: fact 20
// call: fact 25
// call: fact 40
// call: fib 90
// call: fib 150
// call: cmp 100 101
// call: cmp 30 30
package main

const limbs = 12
const base = 10000

type big struct {
	d   [limbs]uint32
	len int
}

func small(v uint32) big {
	var b big
	for v > 0 {
		b.d[b.len] = v % base
		v /= base
		b.len++
	}
	return b
}

func (a big) add(b big) big {
	var r big
	carry := uint32(0)
	n := max(a.len, b.len)
	for i := 0; i < n || carry > 0; i++ {
		s := a.d[i] + b.d[i] + carry
		r.d[i] = s % base
		carry = s / base
		r.len = i + 1
	}
	return r
}

func (a *big) mulSmall(m uint32) {
	carry := uint64(0)
	for i := 0; i < a.len || carry > 0; i++ {
		p := uint64(a.d[i])*uint64(m) + carry
		a.d[i] = uint32(p % base)
		carry = p / base
		if i >= a.len {
			a.len = i + 1
		}
	}
}

func (a *big) cmp(b *big) int32 {
	if a.len != b.len {
		if a.len < b.len {
			return -1
		}
		return 1
	}
	for i := a.len - 1; i >= 0; i-- {
		if a.d[i] != b.d[i] {
			if a.d[i] < b.d[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// digest folds the limbs into a number the host can compare.
func (a big) digest() int64 {
	h := int64(a.len)
	for i := a.len - 1; i >= 0; i-- {
		h = h*31 + int64(a.d[i])
	}
	println("top", a.d[a.len-1], "limbs", a.len)
	return h
}

//go:wasmexport fact
func fact(n uint32) int64 {
	f := small(1)
	for i := uint32(2); i <= n; i++ {
		f.mulSmall(i)
	}
	return f.digest()
}

func fibBig(n int32) big {
	a, b := small(0), small(1)
	for i := int32(0); i < n; i++ {
		a, b = b, a.add(b)
	}
	return a
}

//go:wasmexport fib
func fib(n int32) int64 { return fibBig(n).digest() }

//go:wasmexport cmp
func cmp(x, y int32) int32 {
	a, b := fibBig(x), fibBig(y)
	return a.cmp(&b)*10 + b.cmp(&a)
}

func main() {}
