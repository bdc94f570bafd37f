#!/usr/bin/python3
"""Loads one kg export with the Python readers analysts use and checks it against the JSON export.

Run with Debian's /usr/bin/python3 (python3-networkx, python3-igraph):

  readers.py --json out.json --counts counts.json --graphml out.graphml \
             [--csv-nodes out.nodes.csv --csv-edges out.edges.csv]

The JSON export (graphology format) is the reference: every reader must find the same node and edge
counts as `counts` ({"nodes": N, "edges": M}, what `kg export --json` printed), the same node
labels byte for byte, and the same relation, weight and evidence on every edge id. Prints one line
per check and exits non-zero if any failed.
"""

import argparse
import csv
import json
import math
import sys

failures = 0


def check(ok, what):
    global failures
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures += 1
    return ok


def first_difference(expected, got, limit=5):
    """A few (key, expected, got) triples that differ, for the failure message."""
    out = []
    for k in sorted(set(expected) | set(got)):
        if expected.get(k) != got.get(k):
            out.append((k, expected.get(k), got.get(k)))
            if len(out) >= limit:
                break
    return out


def load_reference(path):
    with open(path, "rb") as f:
        raw = f.read()
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{path}: no byte order mark")
    doc = json.loads(raw.decode("utf-8"))
    nodes = {n["key"]: n["attributes"] for n in doc["nodes"]}
    edges = {e["key"]: dict(e["attributes"], source=e["source"], target=e["target"])
             for e in doc["edges"]}
    check(len(nodes) == len(doc["nodes"]), f"{path}: node keys unique")
    check(len(edges) == len(doc["edges"]), f"{path}: edge keys unique")
    check(all(e["source"] in nodes and e["target"] in nodes for e in doc["edges"]),
          f"{path}: every edge endpoint is a node")
    check(doc["options"] == {"type": "directed", "multi": True, "allowSelfLoops": True},
          f"{path}: graphology options")
    return nodes, edges


def check_networkx(path, counts, nodes, edges):
    import networkx as nx
    g = nx.read_graphml(path)
    check(g.is_directed() and g.is_multigraph(), f"networkx {nx.__version__}: {path} is a directed multigraph")
    check(g.number_of_nodes() == counts["nodes"],
          f"networkx: {g.number_of_nodes()} nodes, export said {counts['nodes']}")
    check(g.number_of_edges() == counts["edges"],
          f"networkx: {g.number_of_edges()} edges, export said {counts['edges']}")
    labels = {n: d.get("label") for n, d in g.nodes(data=True)}
    want = {k: a["label"] for k, a in nodes.items()}
    check(labels == want, "networkx: node labels equal the JSON labels byte for byte"
          + ("" if labels == want else f" {first_difference(want, labels)}"))
    names = {n: d.get("name_ar", "") for n, d in g.nodes(data=True)}
    want_names = {k: a["name_ar"] for k, a in nodes.items()}
    check(names == want_names, "networkx: name_ar equal"
          + ("" if names == want_names else f" {first_difference(want_names, names)}"))
    got_edges = {}
    for s, t, key, d in g.edges(keys=True, data=True):
        got_edges[key] = (s, t, d.get("relation"), d.get("weight"), d.get("evidence", ""))
    want_edges = {k: (e["source"], e["target"], e["relation"], e["weight"], e["evidence"])
                  for k, e in edges.items()}
    check(got_edges == want_edges, "networkx: edge ids, ends, relation, weight, evidence equal"
          + ("" if got_edges == want_edges else f" {first_difference(want_edges, got_edges, 2)}"))
    check(all(isinstance(d.get("weight"), float) and math.isfinite(d["weight"]) and d["weight"] > 0
              for _, _, d in g.edges(data=True)), "networkx: every weight a finite double > 0")
    check(all(isinstance(d.get("r"), int) and isinstance(d.get("size"), float) and d["size"] > 0
              for _, d in g.nodes(data=True)), "networkx: r/g/b ints, size > 0")


def check_igraph(path, counts, nodes):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), f"igraph {igraph.__version__}: directed")
    check(g.vcount() == counts["nodes"], f"igraph: {g.vcount()} vertices, export said {counts['nodes']}")
    check(g.ecount() == counts["edges"], f"igraph: {g.ecount()} edges, export said {counts['edges']}")
    labels = dict(zip(g.vs["id"], g.vs["label"])) if g.vcount() else {}
    want = {k: a["label"] for k, a in nodes.items()}
    check(labels == want, "igraph: labels equal the JSON labels"
          + ("" if labels == want else f" {first_difference(want, labels)}"))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(value):
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def check_csv(nodes_path, edges_path, counts, nodes, edges):
    for path in (nodes_path, edges_path):
        with open(path, "rb") as f:
            raw = f.read()
        check(raw.endswith(b"\r\n") or raw == b"", f"{path}: CRLF line ends")
    with open(nodes_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == counts["nodes"], f"csv: {len(rows)} node rows, export said {counts['nodes']}")
    got = {r["Id"]: r["Label"] for r in rows}
    want = {defused(k): defused(a["label"]) for k, a in nodes.items()}
    check(got == want, "csv: Id/Label equal the JSON labels (formula cells defused)"
          + ("" if got == want else f" {first_difference(want, got)}"))
    with open(edges_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == counts["edges"], f"csv: {len(rows)} edge rows, export said {counts['edges']}")
    got = {r["Id"]: (r["Source"], r["Target"], r["Type"], r["Kind"], float(r["Weight"]), r["evidence"])
           for r in rows}
    want = {k: (defused(e["source"]), defused(e["target"]), "Directed", e["relation"], e["weight"],
                defused(e["evidence"])) for k, e in edges.items()}
    check(got == want, "csv: edges equal the JSON edges"
          + ("" if got == want else f" {first_difference(want, got, 2)}"))
    dangerous = [c for r in rows for c in r.values() if c.startswith(("=", "+", "@"))]
    check(not dangerous, "csv: no cell starts a formula")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", required=True)
    p.add_argument("--counts", required=True)
    p.add_argument("--graphml", required=True)
    p.add_argument("--csv-nodes")
    p.add_argument("--csv-edges")
    a = p.parse_args()
    with open(a.counts, encoding="utf-8") as f:
        counts = json.load(f)
    nodes, edges = load_reference(a.json)
    check(len(nodes) == counts["nodes"] and len(edges) == counts["edges"],
          f"json: {len(nodes)} nodes, {len(edges)} edges; export said {counts['nodes']}, {counts['edges']}")
    check_networkx(a.graphml, counts, nodes, edges)
    check_igraph(a.graphml, counts, nodes)
    if a.csv_nodes and a.csv_edges:
        check_csv(a.csv_nodes, a.csv_edges, counts, nodes, edges)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
