// Pointers into composite values: &a[i] of an array of structs, &s.arr[j]
// of an array inside a struct, &a[i].f, pointers into package arrays kept
// across calls, and a pointer to a whole row of a 2-D array.
//
// run: c-shared
// call: run
// call: sel 2
// call: inc 5
// call: inc 5
// call: sel 0
// call: inc 1
// call: dump
package main

type particle struct {
	pos [2]float64
	vel [2]float64
	id  int32
}

var swarm [3]particle
var selected *particle = &swarm[1]
var table [3][4]int32

func step(p *particle, dt float64) {
	for i := range p.pos {
		p.pos[i] += p.vel[i] * dt
	}
}

//go:wasmexport run
func run() float64 {
	var ps [4]particle
	for i := range ps {
		p := &ps[i]
		p.id = int32(i)
		p.vel = [2]float64{float64(i), -float64(i)}
	}
	for i := range ps {
		step(&ps[i], 0.5)
	}
	vx := &ps[3].vel[0]
	*vx = 10
	step(&ps[3], 1)
	println(ps[1].pos[0], ps[2].pos[1], ps[3].pos[0], ps[3].pos[1])
	idp := &ps[2].id
	ps[2] = particle{id: 77}
	println(*idp, ps[2].pos[0])
	row := &table[1]
	row[2] = 5
	cell := &row[3]
	*cell = 6
	println(table[1][2], table[1][3])
	return ps[3].pos[0] + ps[1].pos[0]
}

//go:wasmexport sel
func sel(i int32) int32 {
	selected = &swarm[i]
	selected.id = i + 100
	return swarm[i].id
}

//go:wasmexport inc
func inc(by int32) float64 {
	selected.vel[0] += float64(by)
	step(selected, 0.25)
	return selected.pos[0]
}

//go:wasmexport dump
func dump() float64 {
	t := 0.0
	for _, p := range swarm {
		println(p.id, p.pos[0], p.vel[0])
		t += p.pos[0]
	}
	return t
}

func main() {}
