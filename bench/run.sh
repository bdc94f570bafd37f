#!/usr/bin/env bash
# One command for the benchmarks: builds what they need in build-bench (or --build DIR) and runs
# bench/run.py, which prints the table of kg's figures and their ratios to NetworkX and igraph.
#   bash bench/run.sh --quick     seconds: a 10k-entity / 100k-relation graph, 200 articles
#   bash bench/run.sh --full      100k/1M and 1M/10M graphs, 1k and 10k articles (tens of minutes)
#   bash bench/run.sh --tiny      what CI runs: checks that it all works, never judges timings
#   --build DIR                   the build folder (default build-bench); --no-build uses it as it is
# Other options go to bench/run.py (--runs N, --graphs ExR,..., --articles N,..., --no-peers, --json F).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"
args=()
no_build=0
while (($#)); do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --no-build) no_build=1; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
# What the benchmarks need (Google Benchmark, NetworkX, igraph), when missing.
((no_build)) || bash "$root/scripts/install-deps.sh" --test
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCH=ON
fi
# Brings the binaries up to date, except under ctest (--no-build): the targets are built already
# and another build may hold the lock.
if ((no_build == 0)); then
  cmake --build "$build" -j "$(nproc)" --target kg kg_bench kg_bench_graph
fi
python=/usr/bin/python3
[[ -x $python ]] || python=python3
exec "$python" "$root/bench/run.py" --build "$build" "${args[@]}"
