// A method expression's nil-receiver panic is recovered like any other:
// (*T).M of a method on T called with nil, under a deferred recover.
//
// run: exe
package main

type box struct{ v int32 }

func (b box) get() int32 { return b.v + 1 }

func try(get func(*box) int32, b *box) (r int32) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return get(b)
}

func main() {
	get := (*box).get
	println(try(get, &box{41}), try(get, nil), try(get, &box{1}))
}
