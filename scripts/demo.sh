#!/usr/bin/env bash
# The main job on samples/: install, build, ingest the five articles into a fresh store, ask a path
# and a neighborhood question, and export the graph as GraphML for Gephi.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
kg=build/cli/kg
mkdir -p out
export KG_STORE=out/kg.db
rm -f out/kg.db out/kg.db-wal out/kg.db-shm
set -x
"$kg" ingest samples
"$kg" stats
"$kg" path داعش طالبان
"$kg" neighbors "قوات سوريا الديمقراطية" --depth 1
"$kg" export --format graphml -o out/kg.graphml
