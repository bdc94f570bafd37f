#!/usr/bin/env bash
# Proves that kg's exports open in the readers analysts use: xmllint against the GraphML XSD and the
# GEXF 1.3 RELAX NG, NetworkX and igraph (Debian's /usr/bin/python3), graphology-graphml,
# graphology-gexf and graphology's JSON import in node (as Gephi Lite loads files).
#
#   check_exports.sh --kg BUILD/cli/kg --export-test BUILD/export/export_test \
#                    --samples samples --schemas ../shared/interop [--work DIR]
#
# Two graphs are checked:
#   nasty  export_test writes a hand-made graph full of hostile strings (controls, & < > ", bidi
#          marks, an emoji, invalid UTF-8, a 20 KB evidence text, parallel edges, a self-loop)
#          into $KG_INTEROP_OUT;
#   real   `kg ingest` on samples/ into a fresh store, then `kg export --json` in each format.
# For both, every reader must find the counts the export reported and the JSON export's labels,
# byte for byte. Needs: libxml2-utils, python3-networkx, python3-igraph, nodejs, npm (the npm
# packages are installed from tests/interop/package-lock.json when node_modules is missing).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
kg="" export_test="" samples="" schemas="" work=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --kg) kg="$2"; shift 2 ;;
    --export-test) export_test="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --schemas) schemas="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "check_exports.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
python=/usr/bin/python3  # Debian's: the one python3-networkx and python3-igraph install into

passed=0 failed=0
pass() { echo "ok    $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
finish() {
  echo "interop: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit $?
}
# run NAME CMD...: one check, its output indented under it.
run() {
  local name="$1"; shift
  local out
  if out="$("$@" 2>&1)"; then
    pass "$name"
    [[ -n "$out" ]] && sed 's/^/      /' <<<"$out"
  else
    fail "$name"
    sed 's/^/      /' <<<"$out"
  fi
}

# quiet NAME CMD...: like run, but shows the output only when the check fails.
quiet() {
  local name="$1"; shift
  local out
  if out="$("$@" 2>&1)"; then
    pass "$name"
  else
    fail "$name"
    sed 's/^/      /' <<<"$out"
  fi
}

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v xmllint >/dev/null || missing+=("xmllint (apt: libxml2-utils)")
"$python" -c 'import networkx' 2>/dev/null || missing+=("networkx for $python (apt: python3-networkx)")
"$python" -c 'import igraph' 2>/dev/null || missing+=("igraph for $python (apt: python3-igraph)")
command -v node >/dev/null || missing+=("node (apt: nodejs)")
command -v npm >/dev/null || missing+=("npm (apt: npm)")
if [[ ${#missing[@]} -gt 0 ]]; then
  for m in "${missing[@]}"; do fail "missing $m"; done
  finish
fi
graphml_xsd="$schemas/xsd/graphml.xsd"
gexf_rng="$schemas/gexf-xsd/rng/gexf.rng"
if [[ ! -f "$graphml_xsd" || ! -f "$gexf_rng" ]]; then
  fail "schemas not found under '$schemas' (give --schemas shared/interop)"
  finish
fi
if [[ ! -d "$here/node_modules/graphology-gexf" || ! -d "$here/node_modules/graphology-graphml" ]]; then
  quiet "npm ci (graphology, graphology-graphml, graphology-gexf)" \
    npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

if [[ -z "$work" ]]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/kg-interop-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

# check_set NAME DIR STEM COUNTS: the graphml/gexf/json/csv files DIR/STEM.* against COUNTS.
check_set() {
  local name="$1" dir="$2" stem="$3" counts="$4"
  run "$name: xmllint graphml.xsd" xmllint --nonet --noout --schema "$graphml_xsd" "$dir/$stem.graphml"
  run "$name: xmllint gexf.rng (GEXF 1.3)" xmllint --nonet --noout --relaxng "$gexf_rng" "$dir/$stem.gexf"
  run "$name: NetworkX, igraph, csv" "$python" "$here/readers.py" --json "$dir/$stem.json" \
    --counts "$counts" --graphml "$dir/$stem.graphml" \
    --csv-nodes "$dir/$stem.nodes.csv" --csv-edges "$dir/$stem.edges.csv"
  run "$name: graphology (json, graphml, gexf with addMissingNodes)" \
    node "$here/graphology_check.mjs" --json "$dir/$stem.json" --counts "$counts" \
    --graphml "$dir/$stem.graphml" --gexf "$dir/$stem.gexf"
  if command -v dot >/dev/null && [[ -f "$dir/$stem.dot" ]]; then
    run "$name: graphviz dot parses the DOT export" dot -Tsvg -o /dev/null "$dir/$stem.dot"
  fi
}

# --- the harness itself: the shared known-good samples validate ----------------------------------
run "kg-minimal.graphml validates (harness self-check)" \
  xmllint --nonet --noout --schema "$graphml_xsd" "$schemas/kg-minimal.graphml"
run "kg-minimal.gexf validates (harness self-check)" \
  xmllint --nonet --noout --relaxng "$gexf_rng" "$schemas/kg-minimal.gexf"

# --- nasty strings, written by export_test ---------------------------------------------------------
if [[ -n "$export_test" ]]; then
  mkdir -p "$work/nasty"
  quiet "export_test writes the nasty graph" \
    env KG_INTEROP_OUT="$work/nasty" "$export_test" --gtest_filter=Interop.WriteNastyFiles
  if [[ -f "$work/nasty/nasty.counts.json" ]]; then
    check_set nasty "$work/nasty" nasty "$work/nasty/nasty.counts.json"
  else
    fail "nasty: export_test wrote no files"
  fi
fi

# --- the real pipeline: kg ingest samples, kg export ------------------------------------------------
if [[ -n "$kg" ]]; then
  store="$work/kg.db"
  mkdir -p "$work/real"
  if out="$("$kg" --store "$store" ingest "$samples" 2>&1)" || [[ $? -eq 1 ]]; then
    pass "kg ingest $samples"
    sed 's/^/      /' <<<"$out" | tail -n 5
    ok=1
    for fmt in graphml gexf json csv dot; do
      if "$kg" --store "$store" export --format "$fmt" -o "$work/real/real.$fmt" --json \
          >"$work/real/$fmt.counts.json" 2>"$work/real/$fmt.stderr"; then
        :
      else
        fail "kg export --format $fmt"
        sed 's/^/      /' "$work/real/$fmt.stderr"
        ok=0
      fi
    done
    if [[ $ok -eq 1 ]]; then
      pass "kg export in graphml, gexf, json, csv, dot: $(cat "$work/real/graphml.stderr")"
      # Every format reports the same counts; the readers are held to them.
      run "every format reported the same counts" "$python" -c '
import json, sys
counts = [json.load(open(p)) for p in sys.argv[1:]]
seen = {(c["nodes"], c["edges"]) for c in counts}
print("nodes, edges:", seen)
sys.exit(0 if len(seen) == 1 and min(seen)[0] > 0 else 1)' "$work/real"/{graphml,gexf,json,csv,dot}.counts.json
      # kg stats --json, when it exists, must agree with an unfiltered export.
      if "$kg" --store "$store" stats --json >"$work/real/stats.json" 2>/dev/null; then
        run "kg stats --json agrees with the export counts" "$python" -c '
import json, sys
stats = json.load(open(sys.argv[1])); export = json.load(open(sys.argv[2]))
print("stats: %s entities, %s relations; export: %s nodes, %s edges" % (
    stats.get("entities"), stats.get("relations"), export["nodes"], export["edges"]))
sys.exit(0 if (stats.get("entities"), stats.get("relations")) == (export["nodes"], export["edges"]) else 1)' \
          "$work/real/stats.json" "$work/real/json.counts.json"
      else
        echo "      (kg stats --json not available: compared the export formats with each other only)"
      fi
      check_set real "$work/real" real "$work/real/graphml.counts.json"
    fi
  else
    fail "kg ingest $samples"
    sed 's/^/      /' <<<"$out" | tail -n 20
  fi
fi

finish
