#!/usr/bin/env bash
# libFuzzer harnesses for nnplay's parsers (fuzz/Harnesses): CSV, model, session,
# lesson and the JSON scanner. Each is built with -sanitize=fuzzer,address from the
# sources of the library targets (the package's own build is untouched) and started
# from the seeds in fuzz/seeds plus the repository's fixtures.
#
#   scripts/fuzz.sh build                      build the five harnesses into .build/fuzz
#   scripts/fuzz.sh run [-t SECONDS | -n RUNS] [TARGET...]
#                                              run each (default: 20 s each, all targets)
#   scripts/fuzz.sh smoke                      build, then 10 s each (what scripts/test runs)
#
# TARGET is csv, model, session, lesson or json. A finding (crash, leak, timeout over
# 10 s, allocation over 2 GB) stops that target with its input saved as
# .build/fuzz/findings/TARGET/crash-* and the script exits 1. Each finding becomes a
# regression test. Long run (README, "Fuzzing"): scripts/fuzz.sh run -n 1000000.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
targets=(csv model session lesson json)

build() {
    mkdir -p "$out"
    local flags=(-sanitize=fuzzer,address -O -g -parse-as-library -package-name nnplay -swift-version 6 -Xcc -fno-math-errno)
    local objects=()
    echo "fuzz: building the library targets and the harnesses with ${flags[0]}"
    # One Swift library target as one object and module, in the package's dependency order.
    module() {
        local name=$1; shift
        [ -d "Sources/$name" ] || return 0
        swiftc "${flags[@]}" -module-name "$name" -wmo -I "$out" "$@" -emit-module -emit-module-path "$out/$name.swiftmodule" \
            -c -o "$out/$name.o" $(find -L "Sources/$name" -name '*.swift' | sort) ${generated[@]+"${generated[@]}"}
        objects+=("$out/$name.o")
    }
    local generated=()
    if [ -d Sources/CCPUFeatures ]; then
        # The C target: compiled by clang, imported through a module map of its header.
        clang -O2 -fsanitize=fuzzer-no-link,address -I Sources/CCPUFeatures/include -c -o "$out/CCPUFeatures.o" \
            Sources/CCPUFeatures/*.c
        printf 'module CCPUFeatures {\n    header "%s"\n    export *\n}\n' \
            "$PWD/Sources/CCPUFeatures/include/cpu_features.h" > "$out/module.modulemap"
        objects+=("$out/CCPUFeatures.o")
    fi
    module NNPrimitives
    module NNKernels
    if [ "$(uname -m)" = x86_64 ]; then module NNKernelsHaswell -target-cpu haswell; fi
    module NNCore
    # The package compiles the shipped lessons and datasets into NNSession with a build
    # plugin (EmbedShippedFiles); the harnesses need none of them: an empty list stands in.
    if grep -rqs "enum EmbeddedShippedFiles" Sources/NNSession; then
        printf 'extension EmbeddedShippedFiles {\n    static let files: [File] = []\n}\n' > "$out/ShippedFiles.swift"
        generated=("$out/ShippedFiles.swift")
    fi
    module NNSession
    for target in "${targets[@]}"; do
        local harness
        harness=$(ls fuzz/Harnesses | grep -i "^Fuzz${target}.swift$")
        swiftc "${flags[@]}" -module-name "Fuzz_$target" -I "$out" -o "$out/fuzz-$target" \
            fuzz/Harnesses/FuzzInput.swift "fuzz/Harnesses/$harness" "${objects[@]}" 2>&1 \
            | grep -v "ld.gold: warning: Cannot export local symbol" || true
        [ -x "$out/fuzz-$target" ] || { echo "fuzz: building fuzz-$target failed" >&2; exit 1; }
    done
}

# The seeds of TARGET: fuzz/seeds/TARGET plus the repository's fixtures of that kind.
seeds() {
    case "$1" in
        csv) echo datasets ;;
        session) echo Tests/NNSessionTests/Sessions ;;
        lesson) echo lessons Tests/NNSessionTests/Lessons ;;
        *) ;;
    esac
}

run() {
    local limit=(-max_total_time=20)
    while [ $# -gt 0 ]; do
        case "$1" in
            -t) limit=(-max_total_time="$2"); shift 2 ;;
            -n) limit=(-runs="$2"); shift 2 ;;
            *) break ;;
        esac
    done
    local chosen=("$@")
    [ ${#chosen[@]} -gt 0 ] || chosen=("${targets[@]}")
    local failed=0
    for target in "${chosen[@]}"; do
        [ -x "$out/fuzz-$target" ] || { echo "fuzz: $out/fuzz-$target missing; run scripts/fuzz.sh build" >&2; exit 1; }
        local corpus="$out/corpus/$target" findings="$out/findings/$target"
        mkdir -p "$corpus" "$findings"
        echo "fuzz: $target (${limit[*]})"
        # -max_len 64 KiB: seeds are small; longer inputs only test the size limits, which tests cover.
        if ! "$out/fuzz-$target" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
                -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" $(ls -d "fuzz/seeds/$target" 2>/dev/null) $(seeds "$target") \
                > "$out/$target.log" 2>&1; then
            echo "fuzz: $target found a problem: see $out/$target.log and $findings" >&2
            failed=1
        fi
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$out/$target.log" | sed "s/^/  /" || true
    done
    return $failed
}

case "${1:-smoke}" in
    build) build ;;
    run) shift; run "$@" ;;
    smoke) build; run -t 10 ;;
    *) echo "usage: scripts/fuzz.sh build | run [-t SECONDS | -n RUNS] [TARGET...] | smoke" >&2; exit 64 ;;
esac
