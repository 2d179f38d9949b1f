// main allocates far more than it keeps (about 40 MB in total, a live set
// of a few hundred KB: trees, byte buffers, strings, slices grown by
// append), and checks what it kept: the collector must reuse the garbage
// and never touch what is reachable from package variables, from locals of
// calls in progress, or from other live objects.
//
// run: exe
package main

type node struct {
	left, right *node
	val         int
}

func tree(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{left: tree(d - 1), right: tree(d - 1), val: d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

var kept *node
var buffers [][]byte
var names []string

func fill(b []byte, seed int) {
	for i := range b {
		b[i] = byte(seed + i)
	}
}

func check(b []byte, seed int) bool {
	for i := range b {
		if b[i] != byte(seed+i) {
			return false
		}
	}
	return true
}

func main() {
	kept = tree(9)
	local := tree(8)
	total := 0
	for i := 0; i < 300; i++ {
		t := tree(9)
		total += t.sum()
		b := make([]byte, 40000)
		fill(b, i)
		if i%30 == 0 {
			buffers = append(buffers, b)
		}
		s := ""
		for j := 0; j < 30; j++ {
			s += string(rune('a' + (i+j)%26))
		}
		if i%50 == 0 {
			names = append(names, s)
		}
		var grown []int
		for j := 0; j < 200; j++ {
			grown = append(grown, j*i)
		}
		total += grown[199]
	}
	ok := true
	for k, b := range buffers {
		ok = ok && check(b, k*30)
	}
	println(total, kept.sum(), local.sum(), len(buffers), ok)
	for _, n := range names {
		println(n)
	}
}
