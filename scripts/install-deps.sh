#!/usr/bin/env bash
# Installs what kg needs from Debian's packages, and only what is missing (idempotent).
# Usage: scripts/install-deps.sh [--test] [--fuzz]   (--test adds what the test suite's readers and
# the quick benchmark (Google Benchmark, the NetworkX and igraph peers) need;
# --fuzz adds clang and its runtime libraries, libFuzzer among them, for the fuzz/ targets)
set -euo pipefail

build_pkgs=(g++ cmake ninja-build pkg-config libboost-graph-dev libicu-dev rapidjson-dev
            libcli11-dev libgtest-dev libsqlite3-dev)
test_pkgs=(python3 python3-networkx python3-igraph python3-scipy libxml2-utils nodejs npm sqlite3
           libbenchmark-dev)
fuzz_pkgs=(clang libclang-rt-dev)

want=("${build_pkgs[@]}")
for arg in "$@"; do
  case "$arg" in
    --test) want+=("${test_pkgs[@]}") ;;
    --fuzz) want+=("${fuzz_pkgs[@]}") ;;
    *) echo "install-deps: unknown option $arg (use --test, --fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from elsewhere on some machines: a working node and npm are enough.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"
if ((${#missing[@]} == 0)); then
  echo "install-deps: nothing to install"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
