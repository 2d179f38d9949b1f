#!/usr/bin/env python3
"""Generates the //go:wasmexport signature corpus of this directory.

Every .go file of this directory is written by this script (and any other .go
file here is removed); run it with any Python 3 (stdlib only) from anywhere:

    python3 tests/corpus/signatures/generate.py

The output is deterministic: a fixed-seed xorshift generator picks the random
signatures and call arguments, so rerunning rewrites the same bytes.

Each export hashes all of its parameters into a uint64 `h` (and its float
parameters into a float accumulator) with position-dependent multipliers, so
that a parameter read from the wrong offset, with the wrong width or the wrong
extension changes the result. Exports without a result store into package
variables read back by the getters get_sink / get_fsink. Exports without
parameters step a package counter, so that repeated calls differ.

The argument area (parameters each aligned to its size, results from the end
of the parameters rounded up to 8, the total rounded up to 8) is checked to be
at most 128 bytes; at most 16 parameters.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))


# --- deterministic random numbers -------------------------------------------

class Rng:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF or 1

    def next(self):
        x = self.s
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.s = x
        return x

    def below(self, n):
        return self.next() % n

    def choice(self, seq):
        return seq[self.below(len(seq))]


# --- types ---------------------------------------------------------------------

# go type -> (kind, size). Kinds: i32 u32 i64 u64 f32 f64 b up (uintptr)
# usp (unsafe.Pointer) p (typed pointer).
TYPES = {
    "int32": ("i32", 4),
    "uint32": ("u32", 4),
    "int64": ("i64", 8),
    "uint64": ("u64", 8),
    "float32": ("f32", 4),
    "float64": ("f64", 8),
    "bool": ("b", 1),
    "uintptr": ("up", 8),
    "unsafe.Pointer": ("usp", 8),
    "*int8": ("p", 8),
    "*uint8": ("p", 8),
    "*int16": ("p", 8),
    "*uint16": ("p", 8),
    "*int32": ("p", 8),
    "*uint32": ("p", 8),
    "*int64": ("p", 8),
    "*uint64": ("p", 8),
    "*float32": ("p", 8),
    "*float64": ("p", 8),
    "*bool": ("p", 8),
    # Named types.
    "MyI32": ("i32", 4),
    "MyI32b": ("i32", 4),
    "MyU32": ("u32", 4),
    "MyI64": ("i64", 8),
    "MyU64": ("u64", 8),
    "MyF32": ("f32", 4),
    "MyF64": ("f64", 8),
    "MyBool": ("b", 1),
    "MyUptr": ("up", 8),
    "MyPtr": ("usp", 8),
    "PI16": ("p", 8),
    "PI16b": ("p", 8),
    "PBool": ("p", 8),
    "PMyU32": ("p", 8),
    "*MyI8": ("p", 8),
    "*MyF64": ("p", 8),
    "*MyI32": ("p", 8),
}

VALUE_TYPES = ["int32", "uint32", "int64", "uint64", "float32", "float64",
               "bool", "uintptr", "unsafe.Pointer"]
POINTER_TYPES = ["*int8", "*uint8", "*int16", "*uint16", "*int32", "*uint32",
                 "*int64", "*uint64", "*float32", "*float64", "*bool"]
NAMED_TYPES = ["MyI32", "MyI32b", "MyU32", "MyI64", "MyU64", "MyF32", "MyF64",
               "MyBool", "MyUptr", "MyPtr", "PI16", "PI16b", "PBool", "PMyU32",
               "*MyI8", "*MyF64", "*MyI32"]
ALL_TYPES = VALUE_TYPES + POINTER_TYPES + NAMED_TYPES

# Named type declarations, with the names each depends on.
NAMED_DECLS = {
    "MyI32": ("type MyI32 int32", []),
    "MyI32b": ("type MyI32b MyI32", ["MyI32"]),
    "MyU32": ("type MyU32 uint32", []),
    "MyI64": ("type MyI64 int64", []),
    "MyU64": ("type MyU64 uint64", []),
    "MyF32": ("type MyF32 float32", []),
    "MyF64": ("type MyF64 float64", []),
    "MyBool": ("type MyBool bool", []),
    "MyUptr": ("type MyUptr uintptr", []),
    "MyPtr": ("type MyPtr unsafe.Pointer", []),
    "PI16": ("type PI16 *int16", []),
    "PI16b": ("type PI16b PI16", ["PI16"]),
    "PBool": ("type PBool *bool", []),
    "PMyU32": ("type PMyU32 *MyU32", ["MyU32"]),
    "MyI8": ("type MyI8 int8", []),
}
NAMED_ORDER = ["MyI8", "MyI32", "MyI32b", "MyU32", "MyI64", "MyU64", "MyF32",
               "MyF64", "MyBool", "MyUptr", "MyPtr", "PI16", "PI16b", "PBool",
               "PMyU32"]


def kind(t):
    return TYPES[t][0]


def size(t):
    return TYPES[t][1]


def plain(t):
    """Whether t is a predeclared (unnamed) type or an unnamed pointer."""
    return t in VALUE_TYPES or t in POINTER_TYPES


def named_used(t):
    """The named declarations a type needs."""
    base = t[1:] if t.startswith("*") else t
    return [base] if base in NAMED_DECLS else []


def align(n, a):
    return (n + a - 1) // a * a


def frame_size(params, result):
    off = 0
    for t in params:
        off = align(off, size(t)) + size(t)
    if result is not None:
        off = align(off, 8) + size(result)
    return align(off, 8)


# --- call arguments ------------------------------------------------------------

TYPICAL = {
    "i32": ["7", "-3", "100", "-1000", "42", "1", "-77", "12345"],
    "u32": ["9", "1", "200", "65535", "31", "4000", "5"],
    "i64": ["11", "-5", "300", "-123456789", "1000000007", "64"],
    "u64": ["13", "2", "400", "987654321", "65536", "3"],
    "f32": ["2.5", "-1.75", "0.5", "100.25", "-3", "7.125"],
    "f64": ["3.25", "-0.5", "1.5", "-1000.125", "0.1", "42"],
    "b": ["0", "1"],
    "up": ["1", "8", "100", "4096", "12"],
    "usp": ["0", "16", "64", "1024"],
    "p": ["0", "8", "16", "24", "256"],
}
EXTREME = {
    "i32": ["-2147483648", "2147483647", "-1", "0", "4294967295"],
    "u32": ["4294967295", "2147483648", "0", "3000000000", "2147483647"],
    "i64": ["9223372036854775807", "-9223372036854775808", "-1", "0",
            "4294967296", "-4294967297"],
    "u64": ["18446744073709551615", "9223372036854775808", "0",
            "4294967295", "1099511627776"],
    "f32": ["-0", "nan", "inf", "-inf", "3.4028235e38", "1e-45", "0x7fc00001",
            "0x80000000", "1e10", "-2e9", "0xff800000"],
    "f64": ["-0", "nan", "inf", "-inf", "1.7976931348623157e308", "5e-324",
            "0x7ff8000000000001", "0x8000000000000000", "1e300", "-3e15",
            "9007199254740993"],
    "b": ["0", "1"],
    "up": ["0", "4294967295", "2147483648", "65536", "1"],
    "usp": ["0", "4294967295", "2147483648", "65535", "8"],
    "p": ["0", "8", "16", "4096", "65536"],
}


def call_args(rng, params, which):
    out = []
    for i, t in enumerate(params):
        k = kind(t)
        if which == 0:
            if k == "b":
                out.append("1" if i % 2 == 0 else "0")
            else:
                out.append(TYPICAL[k][(i + rng.below(3)) % len(TYPICAL[k])])
        elif which == 1:
            out.append(EXTREME[k][(i + rng.below(5)) % len(EXTREME[k])])
        else:
            pool = TYPICAL[k] + EXTREME[k]
            out.append(rng.choice(pool))
    return out


# Interesting values for identities, per kind: one call line each.
IDENTITY = {
    "i32": [["-2147483648"], ["2147483647"], ["-1"]],
    "u32": [["4294967295"], ["2147483648"], ["7"]],
    "i64": [["-9223372036854775808"], ["9223372036854775807"], ["-1"]],
    "u64": [["18446744073709551615"], ["9223372036854775808"], ["4294967296"]],
    "f32": [["-0"], ["0x7fc00001"], ["-inf"]],
    "f64": [["-0"], ["0x7ff8000000000001"], ["5e-324"]],
    "b": [["1"], ["0"]],
    "up": [["4294967295"], ["0"], ["2147483648"]],
    "usp": [["4294967295"], ["0"], ["4096"]],
    "p": [["65536"], ["0"], ["8"]],
}


# --- Go code -------------------------------------------------------------------

NAMES = ["a", "b", "c", "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o",
         "q", "r"]
MULTS = [31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101]
SEED = "14695981039346656037"

HELPERS = {
    "mixf64": """// mixf64 folds a float64 into h without out-of-range conversions.
func mixf64(h uint64, x float64) uint64 {
	if x != x {
		return h + 11
	}
	if x > -1e15 && x < 1e15 {
		h = h + uint64(int64(x*4))
		if x == 0 && 1/x < 0 {
			h = h + 13
		}
		return h
	}
	if x > 0 {
		return h + 5
	}
	return h + 7
}
""",
    "mixf32": """// mixf32 folds a float32 into h without out-of-range conversions.
func mixf32(h uint64, x float32) uint64 {
	if x != x {
		return h + 17
	}
	if x > -1e15 && x < 1e15 {
		h = h + uint64(int64(x*4))
		if x == 0 && 1/x < 0 {
			h = h + 19
		}
		return h
	}
	if x > 0 {
		return h + 23
	}
	return h + 29
}
""",
}


def pointee_conv(t):
    """A Go conversion prefix from unsafe.Pointer to pointer type t."""
    if t.startswith("*"):
        return "(%s)" % t
    return t


class Export:
    def __init__(self, params, result, style="hash", note=None):
        self.params = list(params)
        self.result = result
        self.style = style
        self.note = note
        assert len(self.params) <= 16, self.params
        fs = frame_size(self.params, self.result)
        assert fs <= 128, (self.params, self.result, fs)
        self.frame = fs


class FileGen:
    def __init__(self, name, doc, exports, seed):
        self.name = name
        self.doc = doc
        self.exports = exports
        self.rng = Rng(seed)
        self.helpers = set()
        self.named = set()
        self.needs_sink = False
        self.needs_fsink = False
        self.needs_counter = False
        self.uses_unsafe = False

    # Expression of parameter x of type t as a uint64.
    def as_u64(self, x, t):
        k = kind(t)
        if k in ("i32", "u32", "i64", "u64", "up"):
            return "uint64(%s)" % x
        if k == "usp":
            return "uint64(uintptr(%s))" % x
        if k == "p":
            self.uses_unsafe = True
            return "uint64(uintptr(unsafe.Pointer(%s)))" % x
        raise ValueError(t)

    def result_expr(self, t, have_floats, facc_type, ptr_params, variant):
        k = kind(t)
        conv = (lambda e: e) if plain(t) else (lambda e: "%s(%s)" % (t, e))
        if k == "i32":
            return conv(["int32(h)", "int32(h>>32) ^ int32(h)"][variant % 2])
        if k == "u32":
            return conv(["uint32(h)", "uint32(h >> 17)"][variant % 2])
        if k == "i64":
            return conv(["int64(h)", "int64(h) >> 3"][variant % 2])
        if k == "u64":
            return conv(["h", "h * 3"][variant % 2])
        if k == "up":
            return conv(["uintptr(h)", "uintptr(h >> 20)"][variant % 2])
        if k == "b":
            if have_floats and variant % 2:
                return conv("fs > 0 || h&7 == 3")
            return conv(["h%3 == 1", "h&4 != 0"][variant % 2])
        if k in ("f32", "f64"):
            base = "float32" if k == "f32" else "float64"
            if have_floats:
                fs = "fs" if facc_type == base else "%s(fs)" % base
                if variant % 2 == 0:
                    return conv(fs)
                return conv("%s*0.5 - %s(int32(h>>20))" % (fs, base))
            return conv("%s(int32(h)) * 0.25" % base)
        if k == "usp":
            if plain(t):
                return "unsafe.Pointer(uintptr(h & 0xfff0))"
            return conv("uintptr(h & 0xfff0)")
        if k == "p":
            self.uses_unsafe = True
            return "%s(unsafe.Pointer(uintptr(h & 0xfff8)))" % pointee_conv(t)
        raise ValueError(t)

    def body(self, ex, name):
        params = ex.params
        pnames = NAMES[:len(params)]
        lines = []
        style = ex.style
        for t in params + ([ex.result] if ex.result else []):
            for n in named_used(t):
                self.named.add(n)
            if "unsafe" in t:
                self.uses_unsafe = True
        if style == "empty":
            return lines
        if style == "identity":
            lines.append("return %s" % pnames[0])
            return lines
        if style == "counter":
            self.needs_counter = True
            lines.append("counter = counter*6364136223846793005 + 1442695040888963407")
            lines.append("h := counter ^ counter>>33")
            if ex.result is None:
                self.needs_sink = True
                lines.append("gsink = h")
                return lines
            lines.append("return %s" % self.result_expr(
                ex.result, False, None, [], self.rng.below(2)))
            return lines
        # hash style.
        lines.append("h := uint64(%s)" % SEED)
        floats = [(n, t) for n, t in zip(pnames, params) if kind(t) in ("f32", "f64")]
        facc = None
        if floats:
            if (ex.result is not None and kind(ex.result) == "f32"
                    and all(kind(t) == "f32" for _, t in floats)):
                facc = "float32"
            else:
                facc = "float64"
        for i, (x, t) in enumerate(zip(pnames, params)):
            m = MULTS[i]
            k = kind(t)
            if k == "b":
                lines.append("if %s {" % x)
                lines.append("\th = h*%d + 1" % m)
                lines.append("} else {")
                lines.append("\th = h*%d + 2" % m)
                lines.append("}")
            elif k == "f64":
                self.helpers.add("mixf64")
                arg = x if t == "float64" else "float64(%s)" % x
                lines.append("h = mixf64(h*%d, %s)" % (m, arg))
            elif k == "f32":
                self.helpers.add("mixf32")
                arg = x if t == "float32" else "float32(%s)" % x
                lines.append("h = mixf32(h*%d, %s)" % (m, arg))
            else:
                lines.append("h = h*%d + %s" % (m, self.as_u64(x, t)))
        variant = self.rng.below(2)
        res_kind = kind(ex.result) if ex.result is not None else None
        same = [x for x, t in zip(pnames, params) if t == ex.result]
        ptrsel = res_kind in ("p", "usp") and same and variant == 0
        uses_fs = bool(floats) and not ptrsel and (
            res_kind in (None, "f32", "f64") or (res_kind == "b" and variant == 1))
        if uses_fs:
            for j, (x, t) in enumerate(floats):
                base = "float32" if kind(t) == "f32" else "float64"
                v = x if base == facc and plain(t) else "%s(%s)" % (facc, x)
                if j == 0:
                    lines.append("fs := %s" % v)
                else:
                    lines.append("fs = fs*0.75 + %s" % v)
        lines.append("h = h ^ h>>29")
        if ex.result is None:
            self.needs_sink = True
            lines.append("gsink = h")
            if floats:
                self.needs_fsink = True
                lines.append("gfsink = %s" % ("fs" if facc == "float64" else "float64(fs)"))
            return lines
        if ptrsel:
            pick = same[self.rng.below(len(same))]
            if res_kind == "p":
                lines.append("if h&1 == 0 {")
                lines.append("\treturn %s" % pick)
                lines.append("}")
                lines.append("return nil")
                return lines
            lines.append("if h&2 == 0 {")
            lines.append("\treturn %s" % pick)
            lines.append("}")
        if uses_fs and res_kind in ("f32", "f64") and variant == 0:
            # Negation keeps -0 and NaN bits meaningful and still depends on h.
            lines.append("if h&1 == 1 {")
            lines.append("\tfs = -fs")
            lines.append("}")
        lines.append("return %s" % self.result_expr(
            ex.result, uses_fs, facc, [], variant))
        return lines

    def calls(self, ex, name):
        if ex.style == "identity":
            return [[name] + v for v in IDENTITY[kind(ex.params[0])]]
        if not ex.params:
            return [[name], [name]] + ([[name]] if ex.style == "counter" else [])
        n = 2 + self.rng.below(2)
        out = []
        for w in range(n):
            for _ in range(8):
                c = [name] + call_args(self.rng, ex.params, w)
                if c not in out:
                    out.append(c)
                    break
        return out

    def render(self):
        funcs = []
        call_lines = []
        for idx, ex in enumerate(self.exports):
            name = "s%03d" % (idx + 1)
            body = self.body(ex, name)
            sig = ", ".join("%s %s" % (n, t) for n, t in zip(NAMES, ex.params))
            head = "func %s(%s)" % (name, sig)
            if ex.result is not None:
                head += " " + ex.result
            text = ""
            comment = "frame %d" % ex.frame
            if ex.note:
                comment = "%s; %s" % (ex.note, comment)
            text += "// %s: %s.\n" % (name, comment)
            text += "//\n//go:wasmexport %s\n" % name
            if body:
                text += head + " {\n" + "".join("\t%s\n" % l for l in body) + "}\n"
            else:
                text += head + " {}\n"
            funcs.append(text)
            for c in self.calls(ex, name):
                call_lines.append(c)
                if ex.result is None and ex.style != "empty":
                    # Read back what each call stored.
                    call_lines.append(["get_sink"])
                    if any(kind(t) in ("f32", "f64") for t in ex.params):
                        call_lines.append(["get_fsink"])
        out = []
        for line in self.doc:
            out.append("// %s\n" % line if line else "//\n")
        out.append("//\n// Generated by generate.py; do not edit.\n//\n")
        out.append("// run: c-shared\n")
        for c in call_lines:
            out.append("// call: %s\n" % " ".join(c))
        out.append("package main\n\n")
        if self.uses_unsafe or any(
                "unsafe" in NAMED_DECLS[n][0] for n in self.named):
            out.append('import "unsafe"\n\n')
        # Named types, with dependencies.
        need = set()

        def add(n):
            if n in need:
                return
            need.add(n)
            for d in NAMED_DECLS[n][1]:
                add(d)
        for n in self.named:
            add(n)
        decls = [NAMED_DECLS[n][0] for n in NAMED_ORDER if n in need]
        if decls:
            out.append("".join(d + "\n" for d in decls) + "\n")
        globs = []
        if self.needs_sink:
            globs.append("var gsink uint64")
        if self.needs_fsink:
            globs.append("var gfsink float64")
        if self.needs_counter:
            globs.append("var counter uint64")
        if globs:
            out.append("".join(g + "\n" for g in globs) + "\n")
        for h in sorted(self.helpers):
            out.append(HELPERS[h] + "\n")
        out.append("\n".join(funcs))
        if self.needs_sink:
            out.append("\n// get_sink reads what the last export without a result stored.\n"
                       "//\n//go:wasmexport get_sink\n"
                       "func get_sink() uint64 { return gsink }\n")
        if self.needs_fsink:
            out.append("\n// get_fsink reads the float the last export without a result stored.\n"
                       "//\n//go:wasmexport get_fsink\n"
                       "func get_fsink() float64 { return gfsink }\n")
        out.append("\nfunc main() {}\n")
        return "".join(out)


# --- the corpus ----------------------------------------------------------------

def pick_type(rng):
    """A random allowed type: value types about half of the time."""
    w = rng.below(20)
    if w < 11:
        return rng.choice(VALUE_TYPES)
    if w < 16:
        return rng.choice(POINTER_TYPES)
    return rng.choice(NAMED_TYPES)


def E(params, result=None, style="hash", note=None):
    return Export(params, result, style, note)


def files():
    F = []

    # 1. No parameters: the empty frame, and every value result type.
    ex = [E([], None, "empty", "no parameters, no result: frame size 0"),
          E([], None, "counter", "no parameters, no result, a side effect")]
    for t in VALUE_TYPES:
        ex.append(E([], t, "counter", "no parameters, result " + t))
    for t in ["MyI32", "MyU64", "MyF32", "MyF64", "MyBool", "MyUptr"]:
        ex.append(E([], t, "counter", "no parameters, named result " + t))
    F.append(("sig_noparams.go",
              ["Exports without parameters: the empty frame (no parameters, no result) and",
               "every value result type, predeclared and named, read back from the frame."],
              ex))

    # 2. No parameters, pointer results.
    ex = []
    for t in POINTER_TYPES + ["PI16", "PI16b", "PBool", "PMyU32", "*MyI8", "*MyF64", "MyPtr"]:
        ex.append(E([], t, "counter", "no parameters, pointer result " + t))
    F.append(("sig_noparams_ptrs.go",
              ["Exports without parameters returning every allowed pointer type, named and",
               "unnamed, whose 8-byte result slot becomes an i32."],
              ex))

    # 3. Identities of value types.
    ex = []
    for t in VALUE_TYPES + ["MyI32", "MyI32b", "MyU32", "MyI64", "MyU64", "MyF32", "MyF64",
                            "MyBool", "MyUptr", "MyPtr"]:
        ex.append(E([t], t, "identity", "identity on " + t))
    F.append(("sig_identity.go",
              ["One parameter returned unchanged, for every value type, predeclared and named:",
               "extremes, -0 and NaN payloads must come back bit for bit."],
              ex))

    # 4. Identities of pointer types, and pointer-to-number single parameters.
    ex = []
    for t in POINTER_TYPES + ["PI16", "PI16b", "PBool", "PMyU32", "*MyI8", "*MyF64", "*MyI32"]:
        ex.append(E([t], t, "identity", "identity on " + t))
    F.append(("sig_identity_ptrs.go",
              ["One pointer parameter returned unchanged, for every allowed pointer type,",
               "named and unnamed: zero-extended to 8 bytes in, low 4 bytes out."],
              ex))

    # 5. One parameter of each type, no result (stored and read back), and
    # one parameter to a different result type.
    ex = []
    for t in VALUE_TYPES + POINTER_TYPES:
        ex.append(E([t], None, "hash", "one " + t + " parameter, no result"))
    F.append(("sig_void_single.go",
              ["Exports with one parameter of every allowed type and no result, each storing",
               "a hash of its parameter that get_sink and get_fsink read back."],
              ex))

    ex = [
        E(["int32", "int64"], None),
        E(["float64", "bool", "float32"], None),
        E(["bool", "int32", "bool", "int64", "bool"], None),
        E(["*int8", "float32", "uintptr", "float64"], None),
        E(["unsafe.Pointer", "uint32", "*bool", "uint64", "bool", "float32"], None),
        E(["MyI32", "MyF64", "MyBool", "PI16", "MyPtr"], None),
        E(["int64"] * 16, None, note="16 x int64 and no result: the 128-byte maximum"),
        E(["float32"] * 16, None, note="16 x float32, no result"),
        E(["bool"] * 16, None, note="16 x bool, no result"),
        E(["uint32", "float64"] * 8, None, note="8 x (uint32, float64): padding after each uint32"),
        E(["*uint16", "*float32", "*int64", "*uint8", "*float64"], None),
        E(["float64"] * 15 + ["bool"], None, note="15 x float64 and a bool: 121 bytes padded to 128"),
    ]
    F.append(("sig_void_multi.go",
              ["Exports with several parameters and no result, of mixed widths up to the",
               "128-byte maximum, each storing a hash of all its parameters for get_sink."],
              ex))

    # 6. Parameter counts 0..16 of int32, then of int64.
    ex = []
    for n in range(17):
        ex.append(E(["int32"] * n, "int32", "counter" if n == 0 else "hash",
                    "%d x int32 -> int32" % n))
    F.append(("sig_count_int32.go",
              ["Parameter counts 0 through 16 of int32 with an int32 result: every wasm",
               "local index and every 4-byte offset of the argument area."],
              ex))

    ex = []
    for n in range(1, 16):
        ex.append(E(["int64"] * n, "int64" if n % 2 else "uint64",
                    note="%d x int64" % n))
    ex.append(E(["float64"] * 15, "float64", note="15 x float64 -> float64: 128 bytes"))
    F.append(("sig_count_int64.go",
              ["Parameter counts 1 through 15 of int64 with a 64-bit result, the largest",
               "filling the whole 128-byte argument area, and 15 float64 to float64."],
              ex))

    # 7. Counts with a rotating type list.
    rot = ["int64", "float32", "bool", "uint32", "float64", "*int16", "uint64", "int32",
           "uintptr", "float32", "bool", "unsafe.Pointer", "int32", "float64", "uint32", "bool"]
    res = ["float64", "int32", "bool", "uint64", "float32", "uintptr", "int64", "uint32",
           "unsafe.Pointer", "*int16", "bool", "float64", "int32", "float32", "uint64", "int64"]
    ex = []
    for n in range(1, 17):
        ex.append(E(rot[:n], res[n - 1], note="the first %d of a rotating type list" % n))
    F.append(("sig_count_mixed.go",
              ["Parameter counts 1 through 16 over a fixed list mixing 1-, 4- and 8-byte",
               "types, each count with a different result type."],
              ex))

    # 8. Alignment and padding.
    ex = [
        E(["int32", "int64"], "int32", note="4 bytes of padding before the int64"),
        E(["bool", "int64"], "bool", note="7 bytes of padding after a bool"),
        E(["int32", "int64", "int32", "float32", "bool", "float64"], "float64"),
        E(["bool", "bool", "int32", "bool", "float32"], "int64",
          note="bools at 0, 1 and 8"),
        E(["float32"], "float64", note="result at 8 after one float32"),
        E(["bool"], "int32", note="result at 8 after one bool"),
        E(["int32", "bool"], "float32", note="params end at 5, result at 8"),
        E(["bool", "float64", "bool", "uintptr", "bool", "unsafe.Pointer"], "uint32"),
        E(["uint32", "*int16", "float32", "*float64", "bool", "*bool"], "*int8"),
        E(["float32", "float32", "float32"], "float64", note="params end at 12, result at 16"),
        E(["int64", "bool", "bool", "bool", "int32"], "uint64",
          note="three bools then an int32 at 12"),
        E(["bool"] * 5 + ["int32"] + ["bool"] * 3 + ["float64"], "float32"),
        E(["float32", "int64", "float32", "uint64", "float32", "float64", "float32"], "float32"),
        E(["bool", "uint32", "bool", "uint32", "bool", "uint32"], "bool"),
        E(["uint32", "bool", "bool", "bool", "bool", "uint32"], "int32",
          note="four bools packed between two uint32"),
    ]
    F.append(("sig_align.go",
              ["Parameter lists that force alignment padding: 1- and 4-byte parameters",
               "before 8-byte ones, bools packed together, results after odd-sized lists."],
              ex))

    # 9. Exactly 128 bytes.
    ex = [
        E(["int64"] * 15, "int64", note="15 x int64 -> int64"),
        E(["uint64"] * 15, "float64"),
        E(["int64"] * 14 + ["int32", "int32"], "int64", note="16 parameters"),
        E(["int32", "int64"] * 7 + ["int32"], "uint64", note="15 parameters, padding after each int32"),
        E(["bool", "float64"] * 7 + ["int32"], "int64"),
        E(POINTER_TYPES + ["*int8", "*uint8", "*int16", "*uint16"], "*uint16",
          note="15 pointers -> pointer"),
        E(["uintptr", "unsafe.Pointer"] * 7 + ["uintptr"], "bool", note="result byte at 120"),
        E(["float64"] * 15, "float32", note="float32 result at 120"),
        E(["float64"] * 16, None, note="16 x float64, no result"),
        E(["MyI64"] * 15, "MyI64", note="named 15 x MyI64 -> MyI64"),
        E(["float32", "float64"] * 7 + ["float32"], "uint32", note="uint32 result at 120"),
        E(["uint32", "uint32"] + ["int64"] * 14, "int32", note="16 parameters, int32 result at 120"),
    ]
    F.append(("sig_max_frame.go",
              ["Argument areas of exactly 128 bytes, the largest Go accepts, built from",
               "different mixes of parameters and results."],
              ex))

    # 10. Bools.
    ex = [
        E(["bool"], "bool", note="negation-like"),
        E(["bool"] * 16, "uint32", note="16 bools as a bit pattern"),
        E(["bool"] * 16, "bool"),
        E(["int64", "bool", "int64"], "bool", note="bool in the middle"),
        E(["float64", "float64", "bool"], "bool", note="bool last, bool result from floats"),
        E(["bool", "float32", "bool", "float64", "bool"], "float64"),
        E(["bool", "*bool", "bool"], "*bool"),
        E(["MyBool", "bool", "MyBool"], "MyBool", note="named bools"),
        E(["uint32", "bool"], "bool"),
        E(["bool", "uintptr"], "uintptr"),
        E(["bool", "unsafe.Pointer", "bool"], "bool"),
    ]
    F.append(("sig_bools.go",
              ["bool parameters at the start, middle and end, many of them packed",
               "together, and bool results (an i32 read from a single byte)."],
              ex))

    # 11. Typed pointers mixed with floats.
    ex = []
    for i, t in enumerate(POINTER_TYPES):
        if i % 3 == 0:
            ps = [t, "float64", t]
        elif i % 3 == 1:
            ps = ["float32", t, "float32", "int32"]
        else:
            ps = [t, "bool", "float64", "uint32", t]
        ex.append(E(ps, t, note="pointer " + t + " with floats"))
    ex.append(E(["*int8", "*uint8", "*int16", "*uint16", "float32"], "uintptr"))
    ex.append(E(["float64", "*int32", "float64", "*uint32"], "float64"))
    ex.append(E(["*int64", "*uint64", "*float32", "*float64", "*bool"], "bool"))
    F.append(("sig_pointers.go",
              ["Every typed pointer parameter, mixed with float and integer parameters,",
               "returned, compared or turned into numbers."],
              ex))

    # 12. uintptr and unsafe.Pointer.
    ex = [
        E(["uintptr"], "uintptr"),
        E(["unsafe.Pointer"], "uintptr", note="pointer to number"),
        E(["uintptr", "uintptr"], "unsafe.Pointer", note="number to pointer"),
        E(["unsafe.Pointer", "unsafe.Pointer"], "unsafe.Pointer"),
        E(["unsafe.Pointer", "float32", "unsafe.Pointer"], "unsafe.Pointer"),
        E(["float64", "uintptr", "float32", "unsafe.Pointer", "float64"], "float32"),
        E(["uintptr", "int32", "uintptr", "int64"], "int64"),
        E(["unsafe.Pointer", "bool", "uintptr"], "bool"),
        E(["*int32", "unsafe.Pointer", "uintptr"], "uint32"),
        E(["MyUptr", "MyPtr", "uintptr", "unsafe.Pointer"], "MyUptr", note="named and unnamed"),
        E(["int32", "MyPtr"], "MyPtr"),
        E(["uint64", "uintptr"], "uint64"),
    ]
    F.append(("sig_uintptr.go",
              ["uintptr and unsafe.Pointer parameters and results, named and unnamed, mixed",
               "with floats and integers: i32 in wasm, 8 bytes in the frame."],
              ex))

    # 13. Named types.
    ex = [
        E(["MyI32", "MyU32"], "MyI64"),
        E(["MyI32b", "MyI32"], "MyI32b", note="a named type of a named type"),
        E(["MyU64", "MyI64", "MyU32"], "MyU64"),
        E(["MyF32", "MyF64"], "MyF32"),
        E(["MyF64", "MyF32", "MyF64"], "MyF64"),
        E(["MyBool", "MyI32", "MyBool"], "MyI32"),
        E(["PI16", "PI16b", "PI16"], "PI16", note="named *int16 and a named type of it"),
        E(["PI16b", "float64"], "PI16b"),
        E(["PBool", "MyBool"], "PBool"),
        E(["PMyU32", "MyU32"], "PMyU32", note="named pointer to a named type"),
        E(["*MyI8", "*MyF64", "*MyI32"], "*MyI8", note="pointers to named types"),
        E(["MyUptr", "MyF32", "MyPtr", "MyBool", "MyU64"], "float64"),
        E(["int32", "MyI32", "int64", "MyI64", "float64", "MyF64"], "MyBool"),
    ]
    F.append(("sig_named.go",
              ["Named types of every allowed kind as parameters and results, including",
               "named pointer types, pointers to named types and named types of named types."],
              ex))

    # 14/15/16. Random signatures.
    rng = Rng(0x5EED_CAFE_F00D)
    for fileno in range(1, 4):
        ex = []
        while len(ex) < 12:
            n = rng.below(17)
            ps = [pick_type(rng) for _ in range(n)]
            r = None if rng.below(8) == 0 else pick_type(rng)
            if len(ps) > 16 or frame_size(ps, r) > 128:
                continue
            ex.append(E(ps, r, "hash" if ps else "counter", note="random signature"))
        F.append(("sig_random_%d.go" % fileno,
                  ["Pseudo-randomly drawn signatures (0 to 16 parameters of any allowed type,",
                   "any or no result) that fit the 128-byte argument area, set %d." % fileno],
                  ex))
    # 17/18. Signatures inside the seed CL's narrow type table (32- and
    # 64-bit numbers, named or not, and unsafe.Pointer as a parameter), so
    # that `--rules seed` builds them and its wrappers can be compared with
    # Go's, point by point of docs/wrapper.md.
    ex = [
        E([], None, "empty", "no parameters, no result: the seed keeps SP += 0"),
        E([], "int64", "counter", "no parameters, an int64 result"),
        E(["int32"] * 16, "int32", note="16 x int32, the most wasm parameters"),
        E(["int64"] * 15, "int64", note="the 128-byte maximum"),
        E(["unsafe.Pointer"], None, note="unsafe.Pointer, a seed parameter"),
        E(["unsafe.Pointer", "int32", "unsafe.Pointer"], "uint32"),
        E(["MyI32", "MyU64", "MyF32", "MyPtr"], "MyF64", note="named seed types"),
        E(["float32"], "float32", "identity", note="identity on float32"),
        E(["float64"], "float64", "identity", note="identity on float64"),
        E(["uint64"], "uint64", "identity", note="identity on uint64"),
    ]
    F.append(("sig_seed_directed.go",
              ["Signatures the seed CL's type table accepts: the empty frame, the largest",
               "frames, unsafe.Pointer parameters and named number types."],
              ex))
    seed_types = ["int32", "uint32", "int64", "uint64", "float32", "float64",
                  "unsafe.Pointer", "MyI32", "MyU32", "MyI64", "MyF64"]
    seed_results = [t for t in seed_types if t != "unsafe.Pointer"]
    rng = Rng(0x5EED_0603_055)
    ex = []
    while len(ex) < 14:
        n = rng.below(17)
        ps = [rng.choice(seed_types) for _ in range(n)]
        r = None if rng.below(6) == 0 else rng.choice(seed_results)
        if frame_size(ps, r) > 128:
            continue
        ex.append(E(ps, r, "hash" if ps else "counter", note="random seed signature"))
    F.append(("sig_seed_random.go",
              ["Pseudo-randomly drawn signatures within the seed CL's type table that fit",
               "the 128-byte argument area."],
              ex))
    return F


def main():
    made = []
    total = 0
    for i, (name, doc, exports) in enumerate(files()):
        text = FileGen(name, doc, exports, 0x9E3779B97F4A7C15 + 7919 * i).render()
        with open(os.path.join(HERE, name), "w") as f:
            f.write(text)
        made.append(name)
        total += len(exports)
    # Drop stale generated files.
    for f in os.listdir(HERE):
        if f.endswith(".go") and f not in made:
            os.remove(os.path.join(HERE, f))
    print("%d files, %d signature exports" % (len(made), total))


if __name__ == "__main__":
    main()
