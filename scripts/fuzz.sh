#!/bin/sh
# Builds the libFuzzer harness (Tests/Fuzz/FuzzTargets.swift compiled with the
# library sources into one binary, -sanitize=fuzzer,address) and runs targets
# for a bounded time each. Outside SwiftPM, so `swift build` is unaffected.
#
#   scripts/fuzz.sh build
#   scripts/fuzz.sh run TARGET [SECONDS]     # splitter markdown html rules audit
#   scripts/fuzz.sh regress                  # replay Tests/Fuzz/regressions/*/*
#
# Corpora live in .build-fuzz/corpus/TARGET (seeded from examples/ and the
# regression inputs). A crash leaves crash-* in .build-fuzz/artifacts/TARGET;
# once fixed, copy it to Tests/Fuzz/regressions/TARGET/ (the test suite
# replays those through the same code, FuzzRegressionTests).
#
# Leak detection is off: swift-corelibs-foundation leaks a little per
# NSRegularExpression (518 bytes in _CFRegularExpressionCreate, seen on the
# shipped rule packs), which would stop every `rules` run at its first input.
# Rebuild after merging: the harness reads rules/ from the checkout, and a
# binary older than the packs rejects new rule kinds (fatal at start-up).
set -eu
cd "$(dirname "$0")/.."
out=.build-fuzz
bin=$out/claimaudit-fuzz
# No leak check at exit either (see above), and no Swift backtracer: under
# ASan it trips over its own stack reads and hides the fatal error message.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

build() {
    mkdir -p "$out"
    # shellcheck disable=SC2046
    swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name ClaimAuditFuzz \
        -I Sources/CLibXML2 -I Sources/CLibXSLT -Xcc -I/usr/include/libxml2 \
        $(find Sources/ClaimAudit -name '*.swift' | sort) Tests/Fuzz/FuzzTargets.swift \
        -o "$bin" 2>"$out/build.log" || { cat "$out/build.log" >&2; exit 1; }
    # ld.gold warns about every ASan helper symbol; show anything else.
    grep -v "Cannot export local symbol" "$out/build.log" >&2 || true
}

seed() {
    target=$1
    dir=$out/corpus/$target
    mkdir -p "$dir"
    case $target in
        splitter) cp examples/*.txt examples/*.md "$dir"/ 2>/dev/null || true ;;
        markdown) cp examples/*.md "$dir"/ 2>/dev/null || true ;;
        html) cp examples/*.html "$dir"/ 2>/dev/null || true ;;
        rules) cp rules/*.xml "$dir"/ 2>/dev/null || true ;;
        audit) cp examples/* "$dir"/ 2>/dev/null || true ;;
    esac
    if [ -d "Tests/Fuzz/regressions/$target" ]; then cp "Tests/Fuzz/regressions/$target"/* "$dir"/ 2>/dev/null || true; fi
}

case "${1:-}" in
    build) build ;;
    run)
        target=$2
        seconds=${3:-300}
        [ -x "$bin" ] || build
        seed "$target"
        mkdir -p "$out/artifacts/$target"
        FUZZ_TARGET=$target "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -detect_leaks=0 \
            -artifact_prefix="$out/artifacts/$target/" -print_final_stats=1 "$out/corpus/$target"
        ;;
    regress)
        [ -x "$bin" ] || build
        for dir in Tests/Fuzz/regressions/*/; do
            target=$(basename "$dir")
            set -- "$dir"*
            [ -e "$1" ] || continue
            FUZZ_TARGET=$target "$bin" -runs=0 "$@" || exit 1
        done
        ;;
    *) echo "usage: $0 build | run TARGET [SECONDS] | regress" >&2; exit 2 ;;
esac
