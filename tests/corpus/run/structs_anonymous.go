// Anonymous struct types: as locals, package variables, fields and array
// elements; assignment between an anonymous struct and a named struct with
// the same underlying type, conversions between named struct types, and
// struct{} used as a value.
//
// run: c-shared
// call: run
// call: tick 3
// call: tick 4
// call: state
// call: convert 7 8
package main

type celsius struct {
	deg float64
}

type fahrenheit struct {
	deg float64
}

type pair struct {
	k string
	v int32
}

var config struct {
	name    string
	retries int32
	limits  struct {
		lo, hi int32
	}
}

var counter struct {
	n     int64
	calls int32
	last  struct{}
}

//go:wasmexport run
func run() int32 {
	config.name = "svc"
	config.retries = 3
	config.limits.hi = 10
	lim := config.limits
	lim.lo = -10
	println(config.name, config.retries, config.limits.lo, lim.lo, lim.hi)
	anon := struct {
		k string
		v int32
	}{"a", 1}
	var p pair = anon
	p.v++
	anon = p
	println(anon.k, anon.v, p.k, p.v)
	var table [3]struct {
		id  int16
		set bool
	}
	table[1].id = 5
	table[2].set = true
	t := table
	t[1].id = 6
	println(table[1].id, t[1].id, table[2].set)
	var s struct{}
	s2 := struct{}{}
	s = s2
	_ = s
	return anon.v + int32(table[1].id)
}

//go:wasmexport tick
func tick(by int64) int64 {
	counter.n += by
	counter.calls++
	counter.last = struct{}{}
	return counter.n
}

//go:wasmexport state
func state() int32 {
	c := counter
	counter.calls = 100
	println(c.n, c.calls, counter.calls)
	return c.calls
}

//go:wasmexport convert
func convert(a, b float64) float64 {
	c := celsius{a}
	f := fahrenheit(c)
	f.deg = f.deg*9/5 + 32
	back := celsius(fahrenheit{b})
	println(c.deg, back.deg)
	return f.deg + back.deg
}

func main() {}
