// The Go side of tests/abi_sets.rs: runs a corpus program's functions
// natively with Go, as a host of wexlab's alternate ABIs (rules/smallint,
// rules/multivalue) would see them, so that the expected values come from Go
// and not from wexlab.
//
// The test copies the corpus program next to this file, with its
// //go:wasmexport lines gone and each bodiless //go:wasmimport function made
// a variable of its function type (tables.go lists both). Each line of
// standard input is `NAME ARG…`: an export and its arguments as wasm values
// (i32 and i64 in decimal, f32 and f64 as the hexadecimal of their bits). For
// each, this prints the export's wasm signature by the ABI's table, the
// arguments, and the results as wasm values, as a host would read them.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// The host functions a corpus program may import from "env", on wasm
// values (int32, int64, float64): the same as tests/abi_sets.rs's.
var hostFuncs = map[string]func(args []any) []any{
	"echo32":  func(a []any) []any { return []any{a[0].(int32)} },
	"add1000": func(a []any) []any { return []any{a[0].(int32) + 1000} },
	"mix":     func(a []any) []any { return []any{a[0].(int32)*3 - a[1].(int32)} },
	"neg64":   func(a []any) []any { return []any{-a[0].(int64)} },
	"pair":    func(a []any) []any { x := a[0].(int32); return []any{x + 1, x * 2} },
	"split":   func(a []any) []any { x := a[0].(int64); return []any{int32(x), int32(x >> 32)} },
	"swap":    func(a []any) []any { return []any{a[1].(int64), a[0].(int32)} },
	"scale":   func(a []any) []any { x := a[0].(float64); return []any{x * 2, int32(7), int64(-1)} },
}

// The wasm type a Go type crosses as: Go's table, with the small integers
// of rules/smallint as i32 and int, uint as i64.
func wasmType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Uint8, reflect.Uint16, reflect.Uint32,
		reflect.Bool, reflect.Uintptr, reflect.Pointer, reflect.UnsafePointer:
		return "i32"
	case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64:
		return "i64"
	case reflect.Float32:
		return "f32"
	case reflect.Float64:
		return "f64"
	}
	panic("no wasm type for " + t.String())
}

// A Go value as the wasm value a host receives: extended by its type.
func toWasm(v reflect.Value) any {
	switch wasmType(v.Type()) {
	case "i32":
		if v.Kind() == reflect.Bool {
			if v.Bool() {
				return int32(1)
			}
			return int32(0)
		}
		return v.Convert(reflect.TypeOf(int32(0))).Interface()
	case "i64":
		return v.Convert(reflect.TypeOf(int64(0))).Interface()
	}
	return v.Interface()
}

// A wasm value given to Go as type t: a Go conversion, which narrows.
func fromWasm(w any, t reflect.Type) reflect.Value {
	return reflect.ValueOf(w).Convert(t)
}

func parseWasm(text, ty string) any {
	switch ty {
	case "i32":
		n, err := strconv.ParseInt(text, 10, 32)
		check(err)
		return int32(n)
	case "i64":
		n, err := strconv.ParseInt(text, 10, 64)
		check(err)
		return n
	case "f32":
		n, err := strconv.ParseUint(text, 0, 32)
		check(err)
		return math.Float32frombits(uint32(n))
	default:
		n, err := strconv.ParseUint(text, 0, 64)
		check(err)
		return math.Float64frombits(n)
	}
}

func formatWasm(w any) string {
	switch x := w.(type) {
	case float32:
		if x != x {
			return "NaN"
		}
		return fmt.Sprintf("0x%x", math.Float32bits(x))
	case float64:
		if x != x {
			return "NaN"
		}
		return fmt.Sprintf("0x%x", math.Float64bits(x))
	}
	return fmt.Sprint(w)
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// Gives each imported function variable a body that calls the host function.
func installImports() {
	for _, imp := range imports {
		slot := reflect.ValueOf(imp.fn).Elem()
		host := hostFuncs[imp.name]
		if host == nil {
			panic("no host function env." + imp.name)
		}
		ft := slot.Type()
		slot.Set(reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
			args := make([]any, len(in))
			for i, v := range in {
				args[i] = toWasm(v)
			}
			res := host(args)
			out := make([]reflect.Value, ft.NumOut())
			for i := range out {
				out[i] = fromWasm(res[i], ft.Out(i))
			}
			return out
		}))
	}
}

func signature(ft reflect.Type) string {
	var params, results []string
	for i := 0; i < ft.NumIn(); i++ {
		params = append(params, wasmType(ft.In(i)))
	}
	for i := 0; i < ft.NumOut(); i++ {
		results = append(results, wasmType(ft.Out(i)))
	}
	return "(" + strings.Join(params, " ") + ") -> (" + strings.Join(results, " ") + ")"
}

func main() {
	installImports()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	for in.Scan() {
		words := strings.Fields(in.Text())
		if len(words) == 0 {
			continue
		}
		fn := reflect.ValueOf(exports[words[0]])
		ft := fn.Type()
		args := make([]reflect.Value, ft.NumIn())
		for i := range args {
			args[i] = fromWasm(parseWasm(words[1+i], wasmType(ft.In(i))), ft.In(i))
		}
		var results []string
		for _, r := range fn.Call(args) {
			results = append(results, formatWasm(toWasm(r)))
		}
		fmt.Printf("%s %s %s = %s\n", words[0], signature(ft), strings.Join(words[1:], " "), strings.Join(results, " "))
	}
}
