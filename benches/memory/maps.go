// A map-heavy kernel: integer-keyed maps filled, probed, updated and
// emptied again, maps rebuilt from scratch each round (their old tables
// garbage), and a string-keyed word count over generated text; about
// 2.5 million inserts in all. It prints order-independent checksums.
package main

func main() {
	const rounds = 20
	sum := 0
	live := map[int]int{}
	for r := 0; r < rounds; r++ {
		// A table rebuilt each round: the previous one is garbage.
		m := make(map[int]int)
		for i := 0; i < 50000; i++ {
			m[i*7919+r] = i
		}
		for i := 0; i < 100000; i++ {
			if v, ok := m[i*7919+r]; ok {
				sum += v & 0xff
			}
		}
		for i := 0; i < 50000; i += 2 {
			delete(m, i*7919+r)
		}
		for k, v := range m {
			sum += (k ^ v) & 0xf
		}
		// A long-lived table that keeps changing.
		for i := 0; i < 20000; i++ {
			live[(i*31+r*17)%30000] += i
		}
		for i := 0; i < 10000; i++ {
			delete(live, (i*13+r)%30000)
		}
		// Word counts over text made from a small vocabulary.
		words := map[string]int{}
		seed := uint32(r + 1)
		for i := 0; i < 20000; i++ {
			seed = seed*1664525 + 1013904223
			n := 1 + int(seed>>28)%6
			w := make([]byte, n)
			for j := range w {
				w[j] = byte('a' + (seed>>(4*uint(j)))%4)
			}
			words[string(w)]++
		}
		for w, c := range words {
			sum += len(w) * c
		}
	}
	total := 0
	for k, v := range live {
		total += k + v
	}
	println(sum, len(live), total)
}
