// //go:linkname takes a local name and at most one target; otherwise its usage is a syntax error, reported as Go's parser does.
package main

import _ "unsafe"

//go:linkname // ERROR "^usage: //go:linkname localname \[linkname\]$"
func other() int64 { return 1 }

func main() {
	println(other())
}
