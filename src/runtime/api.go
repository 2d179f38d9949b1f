// What `import "runtime"` gives a program besides KeepAlive, which the
// checker treats as a builtin (src/check/runtimepkg.rs).

package runtime

// GC runs a collection now. Callers keep their roots in their frames first
// (src/ir/gc.rs counts it as allocating). A pin leaked by an unreachable
// runtime.Pinner panics here (pinner.go).
func GC() {
	pinscrub()
	collect()
	pinleak()
}

// keepalive is runtime.KeepAlive(p): the use of p keeps it a root until
// here.
func keepalive(p uintptr) {
}
