#!/bin/sh
# Fills corpus/TARGET with seeds from the repository: Go files of tests/ and
# examples/ for syntax and check, the shipped rule files for rules, and the
# modules wexlab builds from examples/ for run (needs a built wexlab binary,
# `cargo build` at the root). Run from anywhere; corpus/ is not committed.
set -eu
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$fuzz/../.." && pwd)
wexlab=${WEXLAB:-${CARGO_TARGET_DIR:-$root/target}/debug/wexlab}

seed() { # target file...
    dir="$fuzz/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do
        cp "$f" "$dir/$(sha1sum "$f" | cut -c1-16)"
    done
}

gofiles=$(find "$root/tests" "$root/examples" -name '*.go' -not -path "$fuzz/*")
# shellcheck disable=SC2086
seed syntax $gofiles
# shellcheck disable=SC2086
seed check $gofiles
# shellcheck disable=SC2046
seed rules $(find "$root/rules" -name '*.rules')

mkdir -p "$fuzz/corpus/run"
if [ -x "$wexlab" ]; then
    for f in "$root"/examples/*.go; do
        out="$fuzz/corpus/run/$(basename "$f" .go).wasm"
        "$wexlab" build -o "$out" "$f" 2>/dev/null || true
    done
else
    echo "no wexlab binary at $wexlab: corpus/run left empty" >&2
fi
