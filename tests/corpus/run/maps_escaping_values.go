// Slices and pointers stored in a map leave their function's frame: a
// slice built by append in a loop, a []byte conversion, the address of a
// local and a composite literal each stay intact after the function
// returns and other calls reuse its frame.
//
// run: exe
package main

type box struct{ v int }

func lists() map[int][]int {
	m := map[int][]int{}
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i, i+1)
		m[i] = s
	}
	return m
}

func bytes(words []string) map[string][]byte {
	m := make(map[string][]byte)
	for _, w := range words {
		b := []byte(w)
		b[0] = 'X'
		m[w] = b
	}
	return m
}

func boxes() map[int]*box {
	m := map[int]*box{}
	for i := 0; i < 3; i++ {
		b := box{i * 10}
		m[i] = &b
	}
	m[9] = &box{90}
	return m
}

func noise(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%64]
}

func main() {
	l := lists()
	b := bytes([]string{"ab", "cd"})
	x := boxes()
	println(noise(5), noise(7))
	println(l[0][0], l[0][1], l[1][0], l[1][1], l[2][0], l[2][1], cap(l[2]) >= 2)
	println(string(b["ab"]), string(b["cd"]))
	println(x[0].v, x[1].v, x[2].v, x[9].v)
}
