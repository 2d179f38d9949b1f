// Go 1.22's loop variables: each iteration has its own, so pointers to
// the loop variable taken in different iterations differ; a change made
// in the body carries into the next iteration's copy.
//
// run: c-shared
// call: run 4
// call: run 1
package main

//go:wasmexport run
func run(n int32) int32 {
	var ps []*int32
	for i := int32(0); i < n; i++ {
		ps = append(ps, &i)
		if i == 1 {
			i++
		}
	}
	total := int32(0)
	for k, p := range ps {
		total += *p * int32(k+1)
		*p += 100
	}
	var ss []*int32
	for j := int32(0); j < 3; j++ {
		x := j * 2
		ss = append(ss, &x)
	}
	println(len(ps), total, *ss[0], *ss[1], *ss[2])
	return total*10 + *ss[2]
}

func main() {}
