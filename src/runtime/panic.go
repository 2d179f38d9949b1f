// panic(v): Go's message for each kind of value, then the program stops
// (src/check/panics.rs turns the call into one of these). A value of a
// defined type is printed as Go prints it, `main.T(5)` or `main.S("x")`;
// name is that type's name, or "" for a type without one.

package runtime

import "unsafe"

func panicstring(name string, s string) {
	if deferpanic("", boxNew, 0, s) {
		return
	}
	print("panic: ")
	if name != "" {
		print(name, "(\"")
	}
	// Go indents the lines after the first, so that they read as the
	// message's continuation.
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			print(s[start:i+1], "\t")
			start = i + 1
		}
	}
	print(s[start:])
	if name != "" {
		print("\")")
	}
	print("\n")
	fatalpanic()
}

func panicint(name string, v int64) {
	deferword(uint64(v))
	panicOpen(name)
	print(v)
	panicClose(name)
}

func panicuint(name string, v uint64) {
	deferword(v)
	panicOpen(name)
	print(v)
	panicClose(name)
}

func panicfloat64(name string, v float64) {
	deferfloat64(v)
	panicOpen(name)
	print(v)
	panicClose(name)
}

func panicfloat32(name string, v float32) {
	deferfloat32(v)
	panicOpen(name)
	print(v)
	panicClose(name)
}

func panicbool(name string, v bool) {
	deferbool(v)
	panicOpen(name)
	print(v)
	panicClose(name)
}

// panicOpen starts the message of a value: "panic: ", and the name of its
// defined type with a parenthesis ("main.T(").
func panicOpen(name string) {
	if deferpanic("", boxNew, 0, "") {
		return
	}
	print("panic: ")
	if name != "" {
		print(name, "(")
	}
}

// panicClose ends it, and the program.
func panicClose(name string) {
	if name != "" {
		print(")")
	}
	print("\n")
	fatalpanic()
}

// panicpointer prints the pointer's type, then its address.
func panicpointer(name string, p unsafe.Pointer) {
	if deferpanic("", boxNew, uint64(uintptr(p)), "") {
		return
	}
	print("panic: (", name, ") ", p, "\n")
	fatalpanic()
}

func panicnilvalue() {
	if deferpanic("runtime.PanicNilError", boxNew, 0, "") {
		return
	}
	print("panic: runtime error: panic called with nil argument\n")
	fatalpanic()
}

// panicwrap: (*T).M of a method declared on T, called with a nil pointer
// (method is main.T.M, typ is T).
func panicwrap(method string, typ string) {
	if deferpanic("runtime.plainError", boxNew, 0, "") {
		return
	}
	print("panic: value method ", method, " called using nil *", typ, " pointer\n")
	fatalpanic()
}
