// Loop conditions a && b whose b indexes an array: b runs only while a
// holds (keys[-1] is never read), the loop ends at the first false
// operand, and an index out of range in b panics with Go's text.
//
// run: c-shared
// call: sort 6
// call: first 40
// call: first 99
// call: walk 5
// call: walk 9
package main

var keys [8]int32

//go:wasmexport sort
func sort(n int32) int32 {
	for i := int32(0); i < n; i++ {
		keys[i] = (i*37 + 11) % 50
	}
	for i := int32(1); i < n; i++ {
		v := keys[i]
		j := i - 1
		for j >= 0 && keys[j] > v {
			keys[j+1] = keys[j]
			j--
		}
		keys[j+1] = v
	}
	h := int32(0)
	for i := int32(0); i < n; i++ {
		println(keys[i])
		h = h*3 + keys[i]
	}
	return h
}

// first is the index of the first key at least k among the first six.
//
//go:wasmexport first
func first(k int32) int32 {
	i := int32(0)
	for i < 6 && keys[i] < k {
		i++
	}
	return i
}

// walk reads keys[0..n) with no bound of its own but n: past 8 it panics.
//
//go:wasmexport walk
func walk(n int32) int32 {
	i := int32(0)
	for i < n && keys[i] >= 0 {
		i++
	}
	return i
}

func main() {}
