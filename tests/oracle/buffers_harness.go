// The Go side of tests/buffers.rs: runs a corpus program of
// tests/corpus/abi/buffers natively with Go, as a host of the buffers ABI
// (rules/buffers) sees it, so that the expected bytes and values come from
// Go and not from wexlab.
//
// The test copies the corpus program next to this file, with its
// //go:wasmexport lines gone and each bodiless //go:wasmimport function made
// a variable of its function type (tables.go lists both). Each line of
// standard input is `NAME ARG…`: an export and its arguments, `x:HEX` for a
// string or []byte (its bytes) and a wasm value in decimal otherwise. For
// each, this prints the export's wasm signature by the buffers ABI's table,
// the arguments, the results as a host reads them (a string or []byte as
// `x:HEX`, a number extended to its wasm value), and after `|` the bytes of
// each []byte argument after the call (the function may write them).
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// The host functions a corpus program may import from "env": the same as
// tests/buffers.rs's, on Go values.
var hostFuncs = map[string]any{
	"checksum": func(b []byte) uint32 {
		h := uint32(2166136261)
		for _, c := range b {
			h = (h ^ uint32(c)) * 16777619
		}
		return h
	},
	"inner": func(s string) string {
		if len(s) < 2 {
			return ""
		}
		return s[1 : len(s)-1]
	},
	"shout": func(b []byte) []byte {
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - ('a' - 'A')
			}
		}
		return b[:len(b):len(b)]
	},
}

var bytesType = reflect.TypeOf([]byte(nil))

// The wasm types a Go type crosses as under rules/buffers.
func wasmTypes(t reflect.Type) []string {
	switch {
	case t.Kind() == reflect.String || t == bytesType:
		return []string{"i32", "i32"}
	}
	switch t.Kind() {
	case reflect.Int32, reflect.Uint32, reflect.Bool, reflect.Uintptr, reflect.Pointer, reflect.UnsafePointer:
		return []string{"i32"}
	case reflect.Int64, reflect.Uint64:
		return []string{"i64"}
	}
	panic("no wasm type for " + t.String())
}

// A wasm value or bytes given to Go as type t.
func argument(text string, t reflect.Type) reflect.Value {
	if b, ok := strings.CutPrefix(text, "x:"); ok {
		bytes, err := hex.DecodeString(b)
		harnessMust(err)
		return reflect.ValueOf(bytes).Convert(t)
	}
	n, err := strconv.ParseInt(text, 10, 64)
	harnessMust(err)
	if wasmTypes(t)[0] == "i32" {
		return reflect.ValueOf(int32(n)).Convert(t)
	}
	return reflect.ValueOf(n).Convert(t)
}

// A result as a host reads it.
func result(v reflect.Value) string {
	switch {
	case v.Kind() == reflect.String:
		return "x:" + hex.EncodeToString([]byte(v.String()))
	case v.Type() == bytesType:
		return "x:" + hex.EncodeToString(v.Bytes())
	case wasmTypes(v.Type())[0] == "i32":
		return fmt.Sprint(v.Convert(reflect.TypeOf(int32(0))).Interface())
	}
	return fmt.Sprint(v.Convert(reflect.TypeOf(int64(0))).Interface())
}

// Named apart from what a corpus program may declare (imports.go has check).
func harnessMust(err error) {
	if err != nil {
		panic(err)
	}
}

func signature(ft reflect.Type) string {
	var params, results []string
	for i := 0; i < ft.NumIn(); i++ {
		params = append(params, wasmTypes(ft.In(i))...)
	}
	for i := 0; i < ft.NumOut(); i++ {
		results = append(results, wasmTypes(ft.Out(i))...)
	}
	return "(" + strings.Join(params, " ") + ") -> (" + strings.Join(results, " ") + ")"
}

func main() {
	for _, imp := range imports {
		host := hostFuncs[imp.name]
		if host == nil {
			panic("no host function env." + imp.name)
		}
		reflect.ValueOf(imp.fn).Elem().Set(reflect.ValueOf(host))
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<22), 1<<22)
	for in.Scan() {
		words := strings.Fields(in.Text())
		if len(words) == 0 {
			continue
		}
		fn := reflect.ValueOf(exports[words[0]])
		ft := fn.Type()
		args := make([]reflect.Value, ft.NumIn())
		for i := range args {
			args[i] = argument(words[1+i], ft.In(i))
		}
		var results, after []string
		for _, r := range fn.Call(args) {
			results = append(results, result(r))
		}
		for _, a := range args {
			if a.Type() == bytesType {
				after = append(after, result(a))
			}
		}
		fmt.Printf("%s %s %s = %s | %s\n", words[0], signature(ft), strings.Join(words[1:], " "),
			strings.Join(results, " "), strings.Join(after, " "))
	}
}
