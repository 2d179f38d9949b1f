// make with a negative size hint computed at run time panics as Go does.
//
// run: exe
package main

func size(n int) int { return n - 10 }

func main() {
	m := make(map[int]int, size(20))
	m[1] = 1
	println(len(m))
	n := make(map[int]int, int64(size(3)))
	println(len(n))
}
