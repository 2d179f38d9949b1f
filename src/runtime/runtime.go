// Package runtime is wexlab's runtime: what compiled programs call to print,
// to panic, and to report fatal errors. It is written in the Go subset that
// wexlab compiles, and compiled with every program; functions a program does
// not reach are left out of its module.
//
// The rules in rules/ call these functions by name (runtime.printint,
// runtime.panicdivide, …) with the direct ABI (rules/lower/func.rules). Output goes to standard error, as
// Go's print does, through WASI's fd_write.
package runtime

import "unsafe"

// WASI's fd_write and proc_exit, reached through intrinsics rather than
// //go:wasmimport, so that a rule set for wasmimport (--rules) never has to
// carry the runtime's own imports (see rules/lower/intrinsic.rules).
//
//go:wexlab-intrinsic fd_write
func fdWrite(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wexlab-intrinsic proc_exit
func procExit(code int32)

// trap executes wasm's unreachable instruction.
//
//go:wexlab-intrinsic trap
func trap()

// isLibrary reports whether the module was built with -buildmode=c-shared.
//
//go:wexlab-intrinsic library
func isLibrary() bool

// iov is one WASI iovec: the buffer address in the low 32 bits, the length
// in the high 32 bits.
var iov uint64
var written uint32

// scratch holds the digits of numbers being printed.
var scratch [128]byte

var space byte = ' '
var newline byte = '\n'

// write writes n bytes at address p to standard error.
func write(p uintptr, n int) {
	if capture(p, n) {
		return
	}
	for n > 0 {
		iov = uint64(uint32(p)) | uint64(n)<<32
		written = 0
		if fdWrite(2, unsafe.Pointer(&iov), 1, unsafe.Pointer(&written)) != 0 || written == 0 {
			return
		}
		p += uintptr(written)
		n -= int(written)
	}
}

func scratchAddr() uintptr {
	return uintptr(unsafe.Pointer(&scratch))
}

func store(addr uintptr, b byte) {
	*(*byte)(unsafe.Pointer(addr)) = b
}

func load(addr uintptr) byte {
	return *(*byte)(unsafe.Pointer(addr))
}

// ---------------------------------------------------------------- print

func printstring(p uintptr, n int) {
	write(p, n)
}

func printsp() {
	write(uintptr(unsafe.Pointer(&space)), 1)
}

func printnl() {
	write(uintptr(unsafe.Pointer(&newline)), 1)
}

func printbool(b bool) {
	if b {
		print("true")
	} else {
		print("false")
	}
}

func printuint(v uint64) {
	end := scratchAddr() + 32
	i := end
	for {
		i--
		store(i, byte('0'+v%10))
		v /= 10
		if v == 0 {
			break
		}
	}
	write(i, int(end-i))
}

func printint(v int64) {
	if v < 0 {
		print("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	end := scratchAddr() + 32
	i := end
	for {
		i--
		d := byte(v % 16)
		if d < 10 {
			store(i, '0'+d)
		} else {
			store(i, 'a'+d-10)
		}
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	store(i, 'x')
	i--
	store(i, '0')
	write(i, int(end-i))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// ---------------------------------------------------------------- panics and fatal errors

// fatalpanic ends the program after a panic message: exit status 2 for a
// program (as Go's exit(2)), a trap for a library (as Go's abort).
func fatalpanic() {
	if deferfatal() {
		return
	}
	print("\ngoroutine 1 [running]:\n")
	die()
}

func die() {
	if !isLibrary() {
		procExit(2)
	}
	trap()
}

func panicdivide() {
	if deferpanic("runtime.divideError", boxStatic, 0, "") {
		return
	}
	print("panic: runtime error: integer divide by zero\n")
	fatalpanic()
}

func panicshift() {
	if deferpanic("runtime.shiftError", boxStatic, 0, "") {
		return
	}
	print("panic: runtime error: negative shift amount\n")
	fatalpanic()
}

func panicnil() {
	if deferpanic("runtime.memoryError", boxStatic, 0, "") {
		return
	}
	print("panic: runtime error: invalid memory address or nil pointer dereference\n")
	print("[signal 0xb code=0x0 addr=0x0 pc=0x0]\n")
	fatalpanic()
}

// morestack is called (by $runtime.overflow, rules/lower/entry.rules) when a
// function's frame would go below the Go stack.
func morestack() {
	print("runtime: goroutine stack exceeds the 1048576-byte limit of wexlab's stack\n")
	print("fatal error: stack overflow\n")
	fatalpanic()
}

// notInitialized1 prints Go's message for a wasmexport function called
// before _start or _initialize (the wasm-ABI glue then traps).
func notInitialized1() {
	print("runtime: wasmexport function called before runtime initialization\n")
	if isLibrary() {
		print("\tcall _initialize first\n")
	} else {
		print("\tcall _start first\n")
	}
}

func initializedTwice() {
	if isLibrary() {
		print("fatal error: _initialize called twice: the runtime is initialized already\n")
	} else {
		print("fatal error: _start called twice: the runtime is initialized already\n")
	}
	trap()
}

// mainReturned ends a program whose main function returned.
func mainReturned() {
	procExit(0)
}

func printfloat64(v float64) {
	printfloat(v, 64)
}

func printfloat32(v float32) {
	printfloat(float64(v), 32)
}

// printslice prints a slice as Go's print does: [len/cap]pointer.
func printslice(p unsafe.Pointer, n int, c int) {
	print("[", n, "/", c, "]")
	printpointer(p)
}
