// Array composite literals: [...]T{...} with the length counted, indexed
// elements [5]int{1: 10, 3: 30} with the rest zeroed, indices that continue
// after a keyed element, constant index expressions, elided inner types in
// arrays of structs, arrays and pointers ([2]*P{{1, 2}} means &P{1, 2}),
// and literals built from variables at run time.
//
// run: c-shared
// call: run
// call: lookup 0
// call: lookup 3
// call: lookup 4
// call: lookup 6
// call: days 1
// call: days 0
// call: seq 5
// call: seq -4
package main

type pt struct {
	x, y int32
}

const (
	red = iota
	green
	blue
)

var colors = [...]string{blue: "blue", red: "red", green: "green"}
var sparse = [7]int64{1: 10, 3: 30, 40, 6: 60}
var monthDays = [...]int32{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

//go:wasmexport run
func run() int32 {
	a := [...]int32{5, 6, 7}
	b := [5]int32{1: 10, 3: 30}
	println(len(a), len(b), b[0], b[1], b[2], b[3], b[4])
	ps := [2]pt{{1, 2}, {3, 4}}
	pp := [2]*pt{{5, 6}, {x: 7}}
	pp[0].y++
	println(ps[1].x, pp[0].y, pp[1].y, len(colors), colors[green])
	grid := [2][3]int8{{1, 2, 3}, {4}}
	println(grid[0][2], grid[1][0], grid[1][2])
	nested := [...][2]pt{{{1, 1}, {2, 2}}, 2: {{9, 9}}}
	println(len(nested), nested[2][0].x, nested[1][1].y)
	v := int32(8)
	c := [3]int32{v, v * 2, -v}
	d := [4]string{"a", 2: "c"}
	println(c[1], c[2], d[0], d[1] == "", d[2])
	return a[2] + b[3] + int32(nested[0][1].y)
}

//go:wasmexport lookup
func lookup(i int32) int64 {
	return sparse[i]
}

//go:wasmexport days
func days(leap int32) int32 {
	m := monthDays
	if leap != 0 {
		m[1]++
	}
	t := int32(0)
	for _, d := range m {
		t += d
	}
	return t*10 + m[1] - monthDays[1]
}

//go:wasmexport seq
func seq(start int32) int32 {
	s := [...]pt{
		{start, start + 1},
		{start + 2, start + 3},
		2: {},
		{y: start},
	}
	t := int32(len(s)) * 1000
	for _, p := range s {
		t += p.x - p.y
	}
	return t
}

func main() {}
