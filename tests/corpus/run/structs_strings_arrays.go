// Structs holding strings and arrays: a fixed-capacity record with a name,
// a tag array and a score array; copies of the record, element writes
// through fields, and string fields rebuilt by concatenation across calls.
//
// run: c-shared
// call: run
// call: rename str:bob
// call: tag 0 str:x
// call: tag 2 str:yz
// call: score 1 40
// call: score 3 -2
// call: describe
// call: rename str:carol
// call: describe
package main

type record struct {
	name   string
	tags   [3]string
	scores [4]int16
	note   string
}

var cur = record{name: "ann", scores: [4]int16{1, 2, 3, 4}}
var prev record

func (r record) joined() string {
	s := r.name
	for _, t := range r.tags {
		if t != "" {
			s += "," + t
		}
	}
	return s
}

func total(r record) int32 {
	t := int32(0)
	for i := range r.scores {
		t += int32(r.scores[i])
	}
	return t
}

//go:wasmexport run
func run() int32 {
	r := record{name: "x", tags: [3]string{"a", "", "c"}}
	c := r
	c.tags[0] = "changed"
	c.name += "y"
	c.scores[3] = 9
	println(r.joined(), c.joined(), r.scores[3], c.scores[3])
	println(len(r.tags), len(c.tags[0]), r.note == c.note)
	return total(c) + int32(len(c.joined()))
}

//go:wasmexport rename
func rename(s string) int32 {
	prev = cur
	cur.name = s + "!"
	cur.note = "was " + prev.name
	return int32(len(cur.name))
}

//go:wasmexport tag
func tag(i int32, s string) int32 {
	cur.tags[i] = s
	return int32(len(cur.joined()))
}

//go:wasmexport score
func score(i int32, v int32) int32 {
	cur.scores[i] += int16(v)
	return total(cur)
}

//go:wasmexport describe
func describe() int32 {
	println(cur.joined(), "|", cur.note, "|", prev.joined())
	return total(prev)
}

func main() {}
