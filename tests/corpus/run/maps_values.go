// Maps as values: held in struct fields, slices, arrays and package
// variables, passed to and returned from functions (all sharing one map),
// maps of maps and of slices, struct values read, replaced and copied out,
// and values assigned in tuple assignments and from calls.
//
// run: exe
package main

type point struct {
	x, y int32
	name string
}

type registry struct {
	byName map[string]point
	count  int
}

var tables = map[string]map[int]string{}

var hist map[byte]int

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func made(n int) map[int]int {
	m := make(map[int]int, n)
	fill(m, n)
	return m
}

func (r *registry) add(p point) {
	r.byName[p.name] = p
	r.count++
}

func key(s string) string {
	return s + "!"
}

func main() {
	a := made(20)
	b := a
	b[100] = 1
	println(len(a), a[100], a[7])

	r := registry{byName: map[string]point{}}
	r.add(point{1, 2, "p"})
	r.add(point{3, 4, "q"})
	p := r.byName["p"]
	p.x = 99
	println(r.byName["p"].x, p.x, r.byName["q"].y, r.count, r.byName["none"].name == "")
	q, ok := r.byName["q"]
	println(q.name, ok)

	slices := []map[int]int{made(3), nil, made(5)}
	total := 0
	for _, m := range slices {
		for k, v := range m {
			total += k + v
		}
	}
	println(len(slices[0]), len(slices[1]), total)
	arr := [2]map[string]bool{}
	arr[1] = map[string]bool{"t": true}
	println(arr[0] == nil, arr[1]["t"])

	for i := 0; i < 5; i++ {
		name := key(string(rune('a' + i)))
		if tables[name] == nil {
			tables[name] = map[int]string{}
		}
		tables[name][i] = name
		tables[name][i+10] = name + name
	}
	println(len(tables), tables["c!"][2], tables["c!"][12], len(tables["zz"]))

	lists := map[int][]int{}
	for i := 0; i < 30; i++ {
		lists[i%3] = append(lists[i%3], i)
	}
	println(len(lists), len(lists[0]), lists[1][2], lists[2][9])

	hist = make(map[byte]int)
	text := "the quick brown fox jumps over the lazy dog"
	for i := 0; i < len(text); i++ {
		hist[text[i]]++
	}
	println(hist[' '], hist['o'], hist['z'], len(hist))

	x, y := map[int]int{1: 1}, map[int]int{2: 2}
	x, y = y, x
	x[3], y[4] = len(x), len(y)
	println(len(x), len(y), x[3], y[4], x[2], y[1])

	grid := map[[2]int]point{}
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			grid[[2]int{i, j}] = point{int32(i), int32(j), ""}
		}
	}
	g := grid[[2]int{2, 3}]
	println(len(grid), g.x, g.y)
}
