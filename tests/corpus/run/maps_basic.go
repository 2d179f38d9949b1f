// Maps of strings to ints: make, assignment, op-assign, ++, reads of
// missing keys, comma-ok, delete, len, clear, a range loop summing what it
// sees (the order is the map's own, so only sums are printed), growth
// through a thousand entries, and a literal.
//
// run: exe
package main

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] += 2
	m["a"]++
	m["c"]--
	println(len(m), m["a"], m["b"], m["c"], m["missing"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["zz"]
	println(v, ok)
	_, ok = m["a"]
	println(ok)
	delete(m, "a")
	delete(m, "never there")
	println(len(m), m["a"])
	for i := 0; i < 1000; i++ {
		m[string(rune('a'+i%26))+string(rune('a'+i/26))] = i
	}
	sum, keys := 0, 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	println(len(m), sum, keys)
	count := 0
	for range m {
		count++
	}
	for k := range m {
		if k[0] == 'b' {
			delete(m, k)
		}
	}
	println(count, len(m))
	clear(m)
	println(len(m), m["ab"])
	m["again"] = 7
	println(len(m), m["again"])

	lit := map[string]int{"one": 1, "two": 2, "three": 3}
	total := 0
	for _, v := range lit {
		total += v
	}
	println(len(lit), total, lit["two"])
	var declared = map[int]string{1: "x", 2: "yy"}
	s, found := declared[2]
	println(s, found, len(declared[3]))
}
