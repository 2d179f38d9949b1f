// wexlab gives up on this valid program (Go builds it): a function with 64
// locals.
//
//   locals64.go:17:6: rule set go: the rules did not finish: after 64 rounds
//   they still rewrite (most active: add-64[int] ×64, const-i64[int] ×64,
//   valtypes-cons (rules/lower/types.rules:14) ×63)
//
// valtypes-cons turns the list of a function's local types into wasm types
// one element per round, so many locals take more rounds than the limit:
// this fails from 61 such locals on, 60 build. The generated programs that
// hit it (seeds 130 and 278 of wexlab-gen as of its first commit) declared
// fewer locals than that, so wexlab's own temporaries seem to count too.
package main

var g1 int

func main() {
	v0 := g1 + 0
	v1 := g1 + 1
	v2 := g1 + 2
	v3 := g1 + 3
	v4 := g1 + 4
	v5 := g1 + 5
	v6 := g1 + 6
	v7 := g1 + 7
	v8 := g1 + 8
	v9 := g1 + 9
	v10 := g1 + 10
	v11 := g1 + 11
	v12 := g1 + 12
	v13 := g1 + 13
	v14 := g1 + 14
	v15 := g1 + 15
	v16 := g1 + 16
	v17 := g1 + 17
	v18 := g1 + 18
	v19 := g1 + 19
	v20 := g1 + 20
	v21 := g1 + 21
	v22 := g1 + 22
	v23 := g1 + 23
	v24 := g1 + 24
	v25 := g1 + 25
	v26 := g1 + 26
	v27 := g1 + 27
	v28 := g1 + 28
	v29 := g1 + 29
	v30 := g1 + 30
	v31 := g1 + 31
	v32 := g1 + 32
	v33 := g1 + 33
	v34 := g1 + 34
	v35 := g1 + 35
	v36 := g1 + 36
	v37 := g1 + 37
	v38 := g1 + 38
	v39 := g1 + 39
	v40 := g1 + 40
	v41 := g1 + 41
	v42 := g1 + 42
	v43 := g1 + 43
	v44 := g1 + 44
	v45 := g1 + 45
	v46 := g1 + 46
	v47 := g1 + 47
	v48 := g1 + 48
	v49 := g1 + 49
	v50 := g1 + 50
	v51 := g1 + 51
	v52 := g1 + 52
	v53 := g1 + 53
	v54 := g1 + 54
	v55 := g1 + 55
	v56 := g1 + 56
	v57 := g1 + 57
	v58 := g1 + 58
	v59 := g1 + 59
	v60 := g1 + 60
	v61 := g1 + 61
	v62 := g1 + 62
	v63 := g1 + 63
	_ = v0
	_ = v1
	_ = v2
	_ = v3
	_ = v4
	_ = v5
	_ = v6
	_ = v7
	_ = v8
	_ = v9
	_ = v10
	_ = v11
	_ = v12
	_ = v13
	_ = v14
	_ = v15
	_ = v16
	_ = v17
	_ = v18
	_ = v19
	_ = v20
	_ = v21
	_ = v22
	_ = v23
	_ = v24
	_ = v25
	_ = v26
	_ = v27
	_ = v28
	_ = v29
	_ = v30
	_ = v31
	_ = v32
	_ = v33
	_ = v34
	_ = v35
	_ = v36
	_ = v37
	_ = v38
	_ = v39
	_ = v40
	_ = v41
	_ = v42
	_ = v43
	_ = v44
	_ = v45
	_ = v46
	_ = v47
	_ = v48
	_ = v49
	_ = v50
	_ = v51
	_ = v52
	_ = v53
	_ = v54
	_ = v55
	_ = v56
	_ = v57
	_ = v58
	_ = v59
	_ = v60
	_ = v61
	_ = v62
	_ = v63
}
