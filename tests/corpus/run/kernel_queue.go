// A ring-buffer queue of structs with pointer-receiver methods, kept in a
// package variable: enqueue and dequeue across calls with wrap-around,
// a full queue refusing items, and a copy of the queue that drains
// independently of the original.
//
// run: c-shared
// call: put 1 10
// call: put 2 20
// call: put 3 30
// call: take
// call: put 4 40
// call: put 5 50
// call: put 6 60
// call: size
// call: drain
// call: take
// call: size
package main

type job struct {
	id       int32
	priority int32
}

type queue struct {
	buf        [4]job
	head, size int
	dropped    int32
}

func (q *queue) push(j job) bool {
	if q.size == len(q.buf) {
		q.dropped++
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = j
	q.size++
	return true
}

func (q *queue) pop() (job, bool) {
	if q.size == 0 {
		return job{}, false
	}
	j := q.buf[q.head]
	q.buf[q.head] = job{}
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return j, true
}

func (q queue) peekSum() int32 {
	t := int32(0)
	for {
		j, ok := q.pop()
		if !ok {
			return t
		}
		t += j.priority
	}
}

var jobs queue

//go:wasmexport put
func put(id, prio int32) bool {
	return jobs.push(job{id: id, priority: prio})
}

//go:wasmexport take
func take() int32 {
	j, ok := jobs.pop()
	if !ok {
		return -1
	}
	return j.id*1000 + j.priority
}

//go:wasmexport size
func size() int32 {
	return int32(jobs.size)*100 + jobs.dropped*10 + int32(jobs.head)
}

//go:wasmexport drain
func drain() int32 {
	copyq := jobs
	sum := copyq.peekSum()
	n := int32(0)
	for {
		j, ok := copyq.pop()
		if !ok {
			break
		}
		println("drained", j.id, j.priority)
		n++
	}
	return sum*10 + n
}

func main() {}
