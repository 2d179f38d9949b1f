// Bounds checks that an earlier check, a condition or a counted loop
// proves, which wexlab drops (src/ir/proven/), beside look-alikes it must
// keep: an index or a slice assigned between two checks, a condition that
// is false, a loop whose index is also assigned in its body, steps of two,
// negative starts, a shrinking slice, a copy of the index, an `&&` whose
// first half fails, break and continue. Each export returns what the loop
// computed, or -1000 less the elements seen when a recovered panic cut it
// short.
//
// run: c-shared
// call: twice 3 5
// call: twice 4 5
// call: reassigned 2 5
// call: reassigned 4 5
// call: sliceShrinks 3 5
// call: sliceShrinks 1 5
// call: guarded 2 5
// call: guarded -1 5
// call: guarded 7 5
// call: unguarded -3 5
// call: counted 0 6
// call: counted 2 6
// call: countedFrom -2 6
// call: countedPast 0 6
// call: bodyMoves 6
// call: stepTwo 7
// call: downward 6
// call: rangeCopy 6
// call: rangeValues 6
// call: shrinkInLoop 6
// call: andand 4 5
// call: andand 0 5
// call: andand 9 5
// call: oror 9 5
// call: afterAndand -1 5
// call: afterAndand 2 5
// call: afterAndand 0 5
// call: breaks 6 3
// call: continues 6 2
// call: narrow 9
// call: narrow 12
// call: insertion 9 3
// call: insertion 1 3
// call: belowPrevious 0 5
// call: belowPrevious 3 5
// call: belowPrevious 5 5
// call: nextAfter 3 5
// call: nextAfter 4 5
// call: downNotNonNeg 4 5
// call: downTwicePerTurn 5 5
// call: heldTest 2 5
// call: heldTest 4 5
// call: heldTestStale 4 5
// call: heldTestShrunk 3 5
// call: heldBoth 3 5
// call: heldBoth -1 5
// call: upToLen 4 5
// call: upToLen 0 5
// call: narrowUp 126
// call: narrowUp 127
// call: insertionArray 9 0
// call: insertionArray 9 1
// call: prefix 9
// call: prefix 0
// call: bubble 9 0
// call: bubble 9 1
package main

var table [8]int32

func fill(n int) []int64 {
	s := make([]int64, n)
	for i := range s {
		s[i] = int64(i*i + 1)
	}
	return s
}

// seen counts the elements a helper read before it stopped; the exports
// report it when a panic cut the helper short.
var seen int64

func outcome(f func() int64) (r int64) {
	seen = 0
	defer func() {
		if recover() != nil {
			r = -1000 - seen
		}
	}()
	return f()
}

// The same index read twice: the second check is the first's.
//
//go:wasmexport twice
func twice(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		a := s[i]
		seen++
		return a*10 + s[i]
	})
}

// The index changes between two reads: the second is checked again.
//
//go:wasmexport reassigned
func reassigned(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		a := s[i]
		seen++
		i += 2
		return a*10 + s[i]
	})
}

// The slice changes between two reads of one index.
//
//go:wasmexport sliceShrinks
func sliceShrinks(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		a := s[i]
		seen++
		s = s[:2]
		return a*10 + s[i]
	})
}

// Inside `if 0 <= i && i < len(s)` the read needs no check.
//
//go:wasmexport guarded
func guarded(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		if i >= 0 && i < len(s) {
			return s[i]
		}
		return -1
	})
}

// `i < len(s)` alone says nothing about a negative i.
//
//go:wasmexport unguarded
func unguarded(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		if i < len(s) {
			return s[i]
		}
		return -1
	})
}

// for i := k; i < len(s); i++, k at least 0.
//
//go:wasmexport counted
func counted(k32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := int(k32); i < len(s); i++ {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// The same loop from a start that may be negative.
//
//go:wasmexport countedFrom
func countedFrom(k32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		i := int(k32)
		for ; i < len(s); i++ {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// A bound past the slice.
//
//go:wasmexport countedPast
func countedPast(k32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := int(k32); i < len(s)+2; i++ {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// The body moves the index too: not a counted loop.
//
//go:wasmexport bodyMoves
func bodyMoves(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := 0; i < len(s); i++ {
			t = t*3 + s[i]
			seen++
			if i == 3 {
				i -= 5
			}
			if seen > 20 {
				break
			}
		}
		return t
	})
}

// Steps of two run past the end.
//
//go:wasmexport stepTwo
func stepTwo(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := 0; i < len(s)+1; i += 2 {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// Counting down to and past zero.
//
//go:wasmexport downward
func downward(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := len(s) - 1; i >= -1; i-- {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// A range loop reads a copy of its index against a copy of the length.
//
//go:wasmexport rangeCopy
func rangeCopy(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := range s {
			t = t*3 + s[i]
			s[i] = 0
			seen++
		}
		return t + s[len(s)-1]
	})
}

// A range loop over values; the slice is changed inside, the loop goes
// on over the original.
//
//go:wasmexport rangeValues
func rangeValues(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for _, v := range s {
			t = t*3 + v
			s = s[:1]
			seen++
		}
		return t
	})
}

// The slice shrinks inside a counted loop over its length.
//
//go:wasmexport shrinkInLoop
func shrinkInLoop(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := 0; i < len(s); i++ {
			s = s[:len(s)-1]
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// `for j >= 0 && s[j] > 0`, with j starting inside or past the slice.
//
//go:wasmexport andand
func andand(j32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for j := int(j32); j >= 0 && s[j] > 0; j-- {
			t = t*3 + s[j]
			seen++
		}
		return t
	})
}

// `||` proves nothing for the body.
//
//go:wasmexport oror
func oror(j32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		j := int(j32)
		if j < 0 || s[0] > 0 {
			seen++
			return s[j]
		}
		return -1
	})
}

// After `j >= 0 && s[j] > 1` the check of s[j] may not have run.
//
//go:wasmexport afterAndand
func afterAndand(j32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		j := int(j32)
		t := int64(0)
		if j >= 0 && s[j] > 1 {
			t = 1
		}
		seen++
		return t*100 + s[j]
	})
}

// A break leaves before the read past the end.
//
//go:wasmexport breaks
func breaks(n32, stop32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		i := 0
		for ; i < len(s); i++ {
			if i == int(stop32) {
				break
			}
			t = t*3 + s[i]
		}
		seen = int64(i)
		return t*10 + s[i]
	})
}

// continue skips to the increment.
//
//go:wasmexport continues
func continues(n32, skip32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := 0; i < len(s); i++ {
			if i%int(skip32) == 0 {
				continue
			}
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

// An int32 index counted against an array's length, and one past it.
//
//go:wasmexport narrow
func narrow(n int32) int64 {
	return outcome(func() int64 {
		t := int64(0)
		for i := int32(0); i < 8; i++ {
			table[i] = i * 3
		}
		for i := int32(0); i < n; i++ {
			t = t*3 + int64(table[i%8])
			seen++
		}
		for i := int32(0); i < n; i++ {
			t += int64(table[i])
			seen++
		}
		return t
	})
}

// An insertion sort of a slice; the bound of its outer loop may pass the end.
//
//go:wasmexport insertion
func insertion(n32, extra32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		for i := range s {
			s[i] = int64((i*7 + 3) % 5)
		}
		for i := 1; i < len(s)+int(extra32)*int(n32&1); i++ {
			v := s[i]
			j := i - 1
			for j >= 0 && s[j] > v {
				s[j+1] = s[j]
				j--
			}
			s[j+1] = v
			seen++
		}
		t := int64(0)
		for _, v := range s {
			t = t*5 + v
		}
		return t
	})
}

// s[i-1] for i from the argument: i-1 is -1 at 0.
//
//go:wasmexport belowPrevious
func belowPrevious(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		j := i - 1
		seen++
		return s[j]
	})
}

// s[i] then s[i+1]: the second is past the end at the last index.
//
//go:wasmexport nextAfter
func nextAfter(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		a := s[i]
		seen++
		return a*100 + s[i+1]
	})
}

// Counting down while j > -3: j goes negative inside the loop.
//
//go:wasmexport downNotNonNeg
func downNotNonNeg(j32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for j := int(j32); j > -3; j-- {
			t = t*3 + s[j]
			seen++
		}
		return t
	})
}

// The step runs twice an iteration, from a nested loop.
//
//go:wasmexport downTwicePerTurn
func downTwicePerTurn(j32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for j := int(j32) - 1; j >= 0; {
			t = t*3 + s[j]
			seen++
			for k := 0; k < 2; k++ {
				j--
			}
			t += s[j+1]
		}
		return t
	})
}

// A comparison kept in a local and tested later.
//
//go:wasmexport heldTest
func heldTest(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		ok := i >= 0 && i < len(s)-1
		seen++
		if ok {
			return s[i] + s[i+1]
		}
		return -1
	})
}

// The index moves after the comparison was kept.
//
//go:wasmexport heldTestStale
func heldTestStale(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		ok := i >= 0 && i < len(s)
		i++
		seen++
		if ok {
			return s[i]
		}
		return -1
	})
}

// The slice shrinks after the comparison was kept.
//
//go:wasmexport heldTestShrunk
func heldTestShrunk(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		ok := i >= 0 && i < len(s)
		s = s[:2]
		seen++
		if ok {
			return s[i]
		}
		return -1
	})
}

// Two kept comparisons, both needed.
//
//go:wasmexport heldBoth
func heldBoth(i32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		i := int(i32)
		low := i >= 0
		high := i < len(s)
		seen++
		if high {
			seen++
			if low {
				return s[i]
			}
			return s[i+1]
		}
		return -1
	})
}

// Counting up to len(s) inclusive: the last index is past the end.
//
//go:wasmexport upToLen
func upToLen(k32, n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		t := int64(0)
		for i := int(k32); i <= len(s); i++ {
			t = t*3 + s[i]
			seen++
		}
		return t
	})
}

var small [130]int8

// An int8 index counted to its maximum would wrap; below it, it does not.
//
//go:wasmexport narrowUp
func narrowUp(n int32) int64 {
	return outcome(func() int64 {
		t := int64(0)
		for i := int8(0); i < int8(n); i++ {
			small[i] = i
			t += int64(small[i+1]) + int64(i)
			seen++
		}
		return t
	})
}

var sortable [16]int32

// An insertion sort of an array with an int32 index and a bound that may
// pass the array.
//
//go:wasmexport insertionArray
func insertionArray(n, past int32) int64 {
	return outcome(func() int64 {
		for i := range sortable {
			sortable[i] = int32((i*11 + 5) % 7)
		}
		for i := int32(1); i < n+past*8; i++ {
			v := sortable[i]
			j := i - 1
			for j >= 0 && sortable[j] > v {
				sortable[j+1] = sortable[j]
				j--
			}
			sortable[j+1] = v
			seen++
		}
		t := int64(0)
		for _, v := range sortable {
			t = t*7 + int64(v)
		}
		return t
	})
}

// Running sums: s[i-1] for i from 1.
//
//go:wasmexport prefix
func prefix(n32 int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		for i := 1; i < len(s); i++ {
			s[i] += s[i-1]
			seen++
		}
		return s[len(s)-1]
	})
}

// A bubble sort: i < k <= len(s)-1 puts i+1 in range; with `past`, the
// inner loop runs to k itself and reads one past the end.
//
//go:wasmexport bubble
func bubble(n32, past int32) int64 {
	return outcome(func() int64 {
		s := fill(int(n32))
		for i := range s {
			s[i] = int64((i*5 + 2) % 9)
		}
		for k := len(s) - 1; k > 0; k-- {
			for i := 0; i < k+int(past); i++ {
				if s[i] > s[i+1] {
					s[i], s[i+1] = s[i+1], s[i]
				}
				seen++
			}
		}
		t := int64(0)
		for _, v := range s {
			t = t*9 + v
		}
		return t
	})
}

func main() {}
