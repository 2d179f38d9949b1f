// Methods on named non-struct types: a named int with value methods, a
// named float, a named string, and a named array type with both value and
// pointer methods (a fixed-size bit set), called on locals, package
// variables and results of other calls.
//
// run: c-shared
// call: run
// call: set 3
// call: set 70
// call: set 3
// call: has 70
// call: has 71
// call: count
// call: flip
// call: count
package main

type celsius float64
type weekday int32
type path string
type bitset [2]uint64

var flags bitset

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (d weekday) next() weekday { return (d + 1) % 7 }

func (d weekday) weekend() bool { return d == 0 || d == 6 }

func (p path) ext() path {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' {
			return p[i+1:]
		}
	}
	return ""
}

func (p path) join(q path) path { return p + "/" + q }

func (b *bitset) set(i int32) { b[i/64] |= 1 << (uint(i) % 64) }

func (b bitset) has(i int32) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }

func (b bitset) count() int32 {
	n := int32(0)
	for _, w := range b {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return n
}

func (b *bitset) invert() {
	for i := range b {
		b[i] = ^b[i]
	}
}

//go:wasmexport run
func run() int32 {
	c := celsius(100)
	println(c.fahrenheit(), celsius(-40).fahrenheit())
	d := weekday(5)
	n := 0
	for i := 0; i < 10; i++ {
		if d.weekend() {
			n++
		}
		d = d.next()
	}
	println(d, n, d.next().next().weekend())
	p := path("home").join("user").join("notes.txt")
	println(p, p.ext(), path("noext").ext() == "")
	var b bitset
	b.set(0)
	b.set(127)
	bc := b
	bc.set(1)
	println(b.count(), bc.count(), b.has(127), b.has(1))
	return int32(d) + int32(len(p.ext())) + bc.count()
}

//go:wasmexport set
func set(i int32) int32 {
	was := flags.has(i)
	flags.set(i)
	if was {
		return 1
	}
	return 0
}

//go:wasmexport has
func has(i int32) bool { return flags.has(i) }

//go:wasmexport count
func count() int32 { return flags.count() }

//go:wasmexport flip
func flip() int32 {
	p := &flags
	p.invert()
	return p.count()
}

func main() {}
