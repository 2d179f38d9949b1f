// Changing a map while ranging over it, as Go allows: entries deleted
// before the loop reaches them are not produced, entries changed are seen
// with their new values, clear stops the loop, and growth in the middle
// (new entries may or may not be seen) still produces every old entry
// exactly once. Only facts that do not depend on the order are printed.
//
// run: exe
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = 1
	}
	// Each step deletes the partner of what it sees: of each pair, exactly
	// one is produced.
	seen := 0
	for k := range m {
		seen++
		delete(m, k^1)
	}
	println(seen, len(m))

	// Values set during the loop are read back when reached.
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	sum := 0
	for k, v := range m {
		if v != k && v != 2*k {
			println("bad value", k, v)
		}
		m[k^1] = 2 * (k ^ 1)
		sum += v
	}
	println(sum >= 4950, len(m))

	// clear during the loop: nothing more is produced.
	count := 0
	for range m {
		count++
		clear(m)
	}
	println(count, len(m))

	// Growth during the loop: every entry present from the start is
	// produced once; added ones perhaps.
	old := map[int]bool{}
	for i := 0; i < 8; i++ {
		old[i] = true
	}
	produced := map[int]int{}
	for k := range old {
		produced[k]++
		if k < 8 {
			for j := 0; j < 20; j++ {
				old[1000+k*100+j] = false
			}
		}
	}
	originals := 0
	for k, n := range produced {
		if k < 8 {
			originals++
			if n != 1 {
				println("produced twice", k)
			}
		}
	}
	println(originals, len(old))

	// Deleting entries not yet reached while growing.
	g := map[int]int{}
	for i := 0; i < 10; i++ {
		g[i] = i
	}
	reached := 0
	for k := range g {
		if k < 10 {
			reached++
			for j := 0; j < 10; j++ {
				if j != k {
					delete(g, j)
				}
			}
			for j := 0; j < 50; j++ {
				g[100+j] = j
			}
		}
	}
	println(reached, len(g))

	// NaN keys are never found again, yet a loop produces each of them
	// once, even when the map grows under it; after clear, none.
	zero := 0.0
	nan := zero / zero
	f := map[float64]int{}
	for i := 0; i < 5; i++ {
		f[nan] = i
	}
	f[1] = 10
	nans, values := 0, 0
	for k, v := range f {
		if k != k {
			nans++
			values += v
		}
		for j := 0; j < 30; j++ {
			f[float64(100+j)] = j
		}
	}
	println(nans, values, len(f))
	// The first NaN the loop meets clears the map: no other NaN is
	// produced, and each entry, old or new, at most once. (How many of the
	// old entries come before it is the order's, and Go's varies.)
	after, nansAfter := 0, 0
	for k := range f {
		if k != k {
			nansAfter++
			clear(f)
			for j := 0; j < 30; j++ {
				f[float64(j)] = j
			}
		}
		after++
	}
	println(nansAfter, after <= 36+30, len(f))
}
