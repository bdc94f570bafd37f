#!/usr/bin/python3
"""The peers: NetworkX or python-igraph on the same graph and the same queries as kg_bench.

    /usr/bin/python3 bench/peers.py --lib networkx --edges g.tsv --pairs pairs.txt --runs 3 \
        --out nx.json [--graphml] [--traversals 3]

The graph is what `kg path` and `kg neighbors` walk by default: every typed relation (co_mentioned
left out) as an undirected edge, parallel relations collapsed into one (the strongest). Edge
attributes: relation, weight, and `cost` = 1 + 1/((n+1)(1+weight)), the cost whose shortest paths
are kg's (fewest hops first, then the strongest relations). Node attributes: id, type, name.

Figures (seconds, each the mean over the queries of one run, as kg_bench measures; every run
reported):
  load        parse the edge list and build the graph; memory = RSS growth over the load
  path        nx.shortest_path (bidirectional BFS) / igraph get_shortest_paths (BFS)
  weighted    nx.bidirectional_dijkstra(weight=cost) / igraph get_shortest_paths(weights=cost)
  ego2        nx.ego_graph(radius=2) / igraph induced_subgraph(neighborhood(order=2))
  ball2       nx.single_source_shortest_path_length(cutoff=2) / igraph neighborhood(order=2)
  traversal   nx.single_source_shortest_path_length / igraph bfs, over the whole graph
  pagerank    nx.pagerank(weight=None) / igraph pagerank()
  graphml     write_graphml of the whole graph to /dev/null (bytes measured once in memory)
Standard library plus the library measured.
"""
import argparse
import gc
import io
import json
import statistics
import sys
import time

CO = "co_mentioned"


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def read_edges(path):
    """(n, typed edges as {(u, v): (weight, relation)} with u < v, node rows)."""
    nodes = []
    best = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().split()
        n = int(header[1])
        for line in f:
            if line[0] == "N":
                _, i, ident, typ, name = line.rstrip("\n").split("\t")
                nodes.append((ident, typ, name))
            else:
                _, s, t, rel, w = line.rstrip("\n").split("\t")
                if rel == CO:
                    continue
                s, t, w = int(s), int(t), float(w)
                if s == t:
                    continue
                key = (s, t) if s < t else (t, s)
                old = best.get(key)
                if old is None or w > old[0]:
                    best[key] = (w, rel)
    return n, best, nodes


def read_queries(path):
    pairs, centres = [], []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts[0] == "P":
                pairs.append((int(parts[1]), int(parts[2])))
            else:
                centres.append(int(parts[1]))
    return pairs, centres


def per_query(fn, items):
    """Mean seconds of fn(item) over the items: what kg_bench's loop over the same queries
    measures (each iteration takes the next query), so both sides weigh a hub's big neighborhood
    alike."""
    times = []
    for it in items:
        t0 = time.perf_counter()
        fn(it)
        times.append(time.perf_counter() - t0)
    return statistics.fmean(times)


def run_networkx(n, best, nodes, pairs, centres, args):
    import networkx as nx

    out = {"lib": "networkx", "version": nx.__version__}
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    g = nx.Graph()
    for i, (ident, typ, name) in enumerate(nodes):
        g.add_node(i, id=ident, type=typ, name=name)
    scale = 1.0 / (n + 1)
    for (s, t), (w, rel) in best.items():
        g.add_edge(s, t, relation=rel, weight=w, cost=1.0 + scale / (1.0 + w))
    out["load_s"] = time.perf_counter() - t0
    gc.collect()
    out["memory_bytes"] = rss_bytes() - before
    out["edges"] = g.number_of_edges()

    def path(p):
        try:
            nx.shortest_path(g, p[0], p[1])
        except nx.NetworkXNoPath:
            pass

    def weighted(p):
        try:
            nx.bidirectional_dijkstra(g, p[0], p[1], weight="cost")
        except nx.NetworkXNoPath:
            pass

    runs = {k: [] for k in ("path", "weighted", "ego2", "ball2", "traversal", "pagerank", "graphml")}
    for _ in range(args.runs):
        runs["path"].append(per_query(path, pairs))
        runs["weighted"].append(per_query(weighted, pairs))
        runs["ego2"].append(per_query(lambda v: nx.ego_graph(g, v, radius=2), centres))
        runs["ball2"].append(
            per_query(lambda v: nx.single_source_shortest_path_length(g, v, cutoff=2), centres))
        runs["traversal"].append(
            per_query(lambda v: nx.single_source_shortest_path_length(g, v), centres[:args.traversals]))
        if not args.skip_pagerank and len(runs["pagerank"]) < args.slow_runs:
            runs["pagerank"].append(per_query(lambda _: nx.pagerank(g, weight=None), [0]))
        if args.graphml and len(runs["graphml"]) < args.slow_runs:
            runs["graphml"].append(per_query(lambda _: nx.write_graphml(g, "/dev/null"), [0]))
    if args.graphml:
        buf = io.BytesIO()
        nx.write_graphml(g, buf)
        out["graphml_bytes"] = buf.tell()
    out["runs"] = {k: v for k, v in runs.items() if v}
    return out


def run_igraph(n, best, nodes, pairs, centres, args):
    import igraph

    out = {"lib": "igraph", "version": igraph.__version__}
    gc.collect()
    before = rss_bytes()
    t0 = time.perf_counter()
    edges = list(best.keys())
    g = igraph.Graph(n=n, edges=edges, directed=False)
    vals = list(best.values())
    scale = 1.0 / (n + 1)
    g.es["weight"] = [w for w, _ in vals]
    g.es["relation"] = [r for _, r in vals]
    g.es["cost"] = [1.0 + scale / (1.0 + w) for w, _ in vals]
    g.vs["id"] = [x[0] for x in nodes]
    g.vs["type"] = [x[1] for x in nodes]
    g.vs["name"] = [x[2] for x in nodes]
    del edges, vals
    out["load_s"] = time.perf_counter() - t0
    gc.collect()
    out["memory_bytes"] = rss_bytes() - before
    out["edges"] = g.ecount()

    runs = {k: [] for k in ("path", "weighted", "ego2", "ball2", "traversal", "pagerank", "graphml")}
    for _ in range(args.runs):
        runs["path"].append(per_query(lambda p: g.get_shortest_paths(p[0], to=p[1], output="vpath"), pairs))
        runs["weighted"].append(
            per_query(lambda p: g.get_shortest_paths(p[0], to=p[1], weights="cost", output="vpath"), pairs))
        runs["ego2"].append(per_query(lambda v: g.induced_subgraph(g.neighborhood(v, order=2)), centres))
        runs["ball2"].append(per_query(lambda v: g.neighborhood(v, order=2), centres))
        runs["traversal"].append(per_query(lambda v: g.bfs(v), centres[:args.traversals]))
        if not args.skip_pagerank and len(runs["pagerank"]) < args.slow_runs:
            runs["pagerank"].append(per_query(lambda _: g.pagerank(), [0]))
        if args.graphml and len(runs["graphml"]) < args.slow_runs:
            runs["graphml"].append(per_query(lambda _: g.write_graphml("/dev/null"), [0]))
    if args.graphml:
        import os
        import tempfile
        fd, tmp = tempfile.mkstemp(suffix=".graphml")
        os.close(fd)
        g.write_graphml(tmp)
        out["graphml_bytes"] = os.path.getsize(tmp)
        os.remove(tmp)
    out["runs"] = {k: v for k, v in runs.items() if v}
    return out


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--lib", choices=["networkx", "igraph"], required=True)
    p.add_argument("--edges", required=True)
    p.add_argument("--pairs", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--traversals", type=int, default=3)
    p.add_argument("--graphml", action="store_true")
    p.add_argument("--skip-pagerank", action="store_true")
    p.add_argument("--slow-runs", type=int, default=None,
                   help="runs of the whole-graph figures (pagerank, graphml); default --runs")
    a = p.parse_args(argv)
    if a.slow_runs is None:
        a.slow_runs = a.runs
    n, best, nodes = read_edges(a.edges)
    pairs, centres = read_queries(a.pairs)
    run = run_networkx if a.lib == "networkx" else run_igraph
    result = run(n, best, nodes, pairs, centres, a)
    result["typed_edges_undirected"] = len(best)
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
