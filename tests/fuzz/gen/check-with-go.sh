#!/bin/sh
# Checks programs of seeds FIRST..LAST (default 1..300) with Go and with
# wexlab: each must build with both (wexlab in both modes), the two
# c-shared modules must show a host the same results, traps and stderr,
# and the two exe modules' main the same exit and stderr (compare.py, run
# with the oracle's Python). Prints one line per failure,
# a summary, and keeps failing programs in OUT (default
# /tmp/wexlab-gen-check). Needs the oracle's Go (GO, default
# .oracle/bin/go of the repository) and a wexlab binary (WEXLAB, default
# target/debug/wexlab); builds wexlab-gen with cargo.
set -eu
first=${1:-1}
last=${2:-300}
fuzz=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$fuzz/../.." && pwd)
go=${GO:-$root/.oracle/bin/go}
wexlab=${WEXLAB:-$root/target/debug/wexlab}
out=${OUT:-/tmp/wexlab-gen-check}
cargo build -q --manifest-path "$fuzz/gen/Cargo.toml"
gen=${CARGO_TARGET_DIR:-$fuzz/target}/debug/wexlab-gen
work=$(mktemp -d)
mkdir -p "$out"
printf 'module x\n\ngo 1.24\n' >"$work/go.mod"
python=${PYTHON:-$root/.oracle/bin/python}
ok=0 go_rejects=0 wexlab_rejects=0 differ=0
seed=$first
while [ "$seed" -le "$last" ]; do
    "$gen" "$seed" >"$work/main.go"
    if ! (cd "$work" && GOOS=wasip1 GOARCH=wasm "$go" build -buildmode=c-shared -o m.wasm . >"$work/go.err" 2>&1 &&
        GOOS=wasip1 GOARCH=wasm "$go" build -o e.wasm . >>"$work/go.err" 2>&1); then
        go_rejects=$((go_rejects + 1))
        cp "$work/main.go" "$out/go-$seed.go"
        echo "seed $seed: Go rejects it: $(head -3 "$work/go.err" | tr '\n' ' ')"
    elif ! "$wexlab" build -o "$work/we.wasm" "$work/main.go" >"$work/w.err" 2>&1 ||
        ! "$wexlab" build --buildmode c-shared -o "$work/w.wasm" "$work/main.go" >>"$work/w.err" 2>&1; then
        wexlab_rejects=$((wexlab_rejects + 1))
        cp "$work/main.go" "$out/wexlab-$seed.go"
        echo "seed $seed: wexlab rejects it: $(head -3 "$work/w.err" | tr '\n' ' ')"
    elif ! timeout 300 "$python" "$fuzz/gen/compare.py" "$work/m.wasm" "$work/w.wasm" "$work/main.go" "$work/e.wasm" "$work/we.wasm" >"$work/cmp.out" 2>&1; then
        differ=$((differ + 1))
        cp "$work/main.go" "$out/differs-$seed.go"
        echo "seed $seed: behaves differently: $(head -3 "$work/cmp.out" | tr '\n' ' ')"
    else
        ok=$((ok + 1))
    fi
    seed=$((seed + 1))
done
rm -r "$work"
echo "seeds $first..$last: $ok built by both and agree, $go_rejects rejected by Go, $wexlab_rejects rejected by wexlab, $differ behave differently"
