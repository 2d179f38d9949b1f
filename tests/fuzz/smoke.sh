#!/usr/bin/env bash
# A short run of every fuzz target, for CI: SECONDS each (default 30),
# seeded from the repository (seed.sh) and from regressions/TARGET, whose
# inputs once crashed wexlab. Without a sanitizer cargo-fuzz needs no
# nightly toolchain; debug assertions stay on, so overflows are crashes.
# Built with --dev (opt-level 1, see Cargo.toml): quicker to build for a
# short run; long runs use the default release build.
# Stops at the first crash (libFuzzer writes it to artifacts/TARGET/).
set -euo pipefail
seconds=${1:-30}
fuzz=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

"$fuzz/seed.sh"
cargo fuzz build --fuzz-dir "$fuzz" -s none -a --dev
for target in $(cargo fuzz list --fuzz-dir "$fuzz"); do
    corpora=("$fuzz/corpus/$target")
    mkdir -p "${corpora[0]}"
    if [ -d "$fuzz/regressions/$target" ]; then
        corpora+=("$fuzz/regressions/$target")
    fi
    options=(-max_total_time="$seconds" -print_final_stats=1)
    case "$target" in
        syntax | check) options+=(-dict="$fuzz/go.dict") ;;
        rules) options+=(-dict="$fuzz/rules.dict") ;;
    esac
    if ! cargo fuzz run --fuzz-dir "$fuzz" -s none -a --dev "$target" "${corpora[@]}" -- "${options[@]}" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz $target: crashed (see $fuzz/artifacts/$target/)" >&2
        exit 1
    fi
    echo "fuzz $target: $(grep -m1 '^stat::number_of_executed_units' "$log" | grep -o '[0-9]*$') inputs in $seconds s, no crash"
done
