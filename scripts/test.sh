#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the GoogleTest suites of each module, the
# end-to-end and robustness tests that drive the real kg binary, the export readers, the fuzz
# corpora replayed, and the benchmarks' tiny run beside NetworkX and igraph. Then the same suite again built with AddressSanitizer and UndefinedBehavior-
# Sanitizer (build-asan), and each libFuzzer target for a short run (build-fuzz, clang).
#   KG_TEST_SANITIZERS=0  skip the sanitizer pass      KG_TEST_FUZZ=0  skip the fuzzers
#   KG_FUZZ_SECONDS=N     seconds per fuzzer (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
stage() { echo "test.sh: $1 done at $((SECONDS - started)) s"; }

bash scripts/install-deps.sh --test --fuzz
# The benchmarks are built too: ctest runs their quick version (label bench) to check that it
# works, never to judge timings.
bash scripts/build.sh -DKG_BUILD_BENCH=ON
(cd "${BUILD_DIR:-build}" && ctest --output-on-failure -j "$(nproc)")
stage "build and tests"

if [[ "${KG_TEST_SANITIZERS:-1}" != 0 ]]; then
  BUILD_DIR=build-asan bash scripts/build.sh -DKG_SANITIZE=ON
  # Leaks are errors; UB stops the test with a stack trace. The robustness test runs --quick here.
  (cd build-asan &&
   ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
   UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   ctest --output-on-failure -j "$(nproc)")
  stage "sanitizers"
fi

if [[ "${KG_TEST_FUZZ:-1}" != 0 ]]; then
  if command -v clang++ >/dev/null 2>&1; then
    generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
      CC=clang CXX=clang++ cmake -S . -B build-fuzz "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKG_FUZZ=ON -DKG_FUZZ_SECONDS="${KG_FUZZ_SECONDS:-20}"
    else
      cmake -S . -B build-fuzz -DKG_FUZZ_SECONDS="${KG_FUZZ_SECONDS:-20}" >/dev/null
    fi
    cmake --build build-fuzz -j "$(nproc)" --target fuzz_text_extract fuzz_lexicon fuzz_export
    # Replays first, then one short run per fuzzer; a crash leaves build-fuzz/<fuzzer>-crash-* to add
    # to fuzz/corpus/<fuzzer>/ once fixed.
    (cd build-fuzz && ctest --output-on-failure -L 'fuzz')
    stage "fuzzers"
  else
    echo "test.sh: clang++ not found; fuzzers skipped (scripts/install-deps.sh --fuzz installs it)"
  fi
fi
