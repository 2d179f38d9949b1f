// Go 1.22 gives each iteration of a range loop its own iteration
// variables: closures made in the loop, and pointers taken to the
// variables, keep that iteration's values (over a slice, an array, a
// string, an integer and a map). wexlab once shared one variable across
// the iterations.
//
// run: exe
package main

func main() {
	var fs []func() int
	for i, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return i*1000 + v })
	}
	for _, f := range fs {
		println(f())
	}

	var ps []*int
	for _, v := range [3]int{1, 2, 3} {
		ps = append(ps, &v)
	}
	println(*ps[0], *ps[1], *ps[2])

	var rs []*rune
	for _, r := range "héllo" {
		rs = append(rs, &r)
	}
	println(len(rs), *rs[0], *rs[1], *rs[4])

	var ns []func() int
	for n := range 4 {
		ns = append(ns, func() int { return n * n })
	}
	println(ns[0](), ns[1](), ns[2](), ns[3]())

	sum := 0
	var ms []func() int
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		ms = append(ms, func() int { return k * v })
	}
	for _, m := range ms {
		sum += m()
	}
	println(len(ms), sum)
}
