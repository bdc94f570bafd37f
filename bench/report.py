#!/usr/bin/python3
"""The table bench/run.py prints, from its results JSON (also usable alone):

    /usr/bin/python3 bench/report.py build-bench/bench-quick/results.json

Times are medians over the runs with [min–max]; a ratio "N×" says how many times faster (or, for
memory, smaller) kg is than the peer measured in the same run, from the medians. Targets are the
issue's, judged on the largest graph; smaller graphs show the same rows for scale.
"""
import json
import sys


def fmt_time(s):
    if s is None:
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.3g} µs"
    if s < 1:
        return f"{s * 1e3:.3g} ms"
    return f"{s:.3g} s"


def fmt_range(summary, fmt):
    if not summary:
        return "-"
    if summary["min"] == summary["max"] or len(summary.get("runs", [])) < 2:
        return fmt(summary["median"])
    return f"{fmt(summary['median'])} [{fmt(summary['min'])}–{fmt(summary['max'])}]"


def med(summary):
    return summary["median"] if summary else None


def ratio(kg, peer, higher_is_better=False):
    if kg is None or peer is None or kg == 0 or peer == 0:
        return "-"
    x = kg / peer if higher_is_better else peer / kg
    return f"{x:.3g}×"


def mb(x):
    return f"{x:.3g} MB/s"


def peer_time(g, lib, key):
    p = g.get(lib)
    return p["summary"].get(key) if p else None


def table(results):
    lines = []
    m = results["machine"]
    lines.append(f"kg vs peers ({results['mode']} run, {results['date']}; {m['cpu']}, "
                 f"{m['cpus']} cores, {m['memory_gb']} GiB; medians of {results['runs']} runs "
                 f"[min–max])")
    graphs = sorted(results.get("graphs", {}).values(), key=lambda g: g["relations"])
    largest = graphs[-1]["relations"] if graphs else 0
    for g in graphs:
        kg = g["kg"]
        nx, ig = g.get("networkx"), g.get("igraph")
        lines.append("")
        lines.append(f"### {g['entities']:,} entities / {g['relations']:,} relations"
                     + (" (targets judged here)" if g["relations"] == largest else ""))
        lines.append("")
        lines.append("| figure | kg | NetworkX | igraph | kg vs NetworkX | kg vs igraph | target |")
        lines.append("|---|---|---|---|---|---|---|")

        def row(name, kg_s, key, target=""):
            nxs, igs = peer_time(g, "networkx", key), peer_time(g, "igraph", key)
            lines.append(f"| {name} | {fmt_range(kg_s, fmt_time)} | {fmt_range(nxs, fmt_time)} | "
                         f"{fmt_range(igs, fmt_time)} | {ratio(med(kg_s), med(nxs))} | "
                         f"{ratio(med(kg_s), med(igs))} | {target} |")

        row("single-pair path (kg path query vs shortest_path)", kg["path"], "path", "≥10× NetworkX")
        row("weighted path (kg path query vs bidirectional_dijkstra)", kg["path"], "weighted", "")
        lines.append(f"| k=3 paths (Yen) | {fmt_range(kg['path_k3'], fmt_time)} | - | - | - | - | |")
        row("2-hop neighborhood with its edges (vs ego_graph r=2 / induced_subgraph)", kg["ego2"],
            "ego2", "≥100× NetworkX, ≥3× igraph")
        row("2-hop vertex set (vs sssp_length cutoff=2 / neighborhood order=2)", kg["ball2"], "ball2", "")
        row("full traversal, BFS (vs single_source_shortest_path_length / bfs)", kg["traversal"],
            "traversal", "")
        teps = kg.get("traversal_edges_per_s")
        lines.append(f"| full traversal rate (relations of the component per s, Graph500 TEPS) | "
                     f"{fmt_range(teps, lambda x: f'{x / 1e6:.3g} M/s')} | - | - | - | - | ≥100 M/s |")
        row("PageRank, whole graph", kg["pagerank"], "pagerank", "")
        lines.append(f"| `kg rank --by pagerank` (whole process, loads the store) | "
                     f"{fmt_range(kg.get('rank_cli_s'), fmt_time)} | - | - | - | - | |")
        # GraphML as MB/s.
        def rate(bytes_, summary):
            # The fastest rate is the shortest time's: min and max swap.
            if not summary or not bytes_:
                return None
            return {"median": bytes_ / summary["median"], "min": bytes_ / summary["max"],
                    "max": bytes_ / summary["min"], "runs": [bytes_ / x for x in summary["runs"]]}
        kg_rate = rate(med(kg.get("graphml_bytes")), kg.get("graphml"))
        nx_rate = rate(nx.get("graphml_bytes") if nx else None, peer_time(g, "networkx", "graphml"))
        ig_rate = rate(ig.get("graphml_bytes") if ig else None, peer_time(g, "igraph", "graphml"))
        to_mb = lambda x: f"{x / 1e6:.3g} MB/s"
        lines.append(f"| GraphML write, whole graph | {fmt_range(kg_rate, to_mb)} | "
                     f"{fmt_range(nx_rate, to_mb)} | {fmt_range(ig_rate, to_mb)} | "
                     f"{ratio(med(kg_rate), med(nx_rate), True)} | "
                     f"{ratio(med(kg_rate), med(ig_rate), True)} | ≥20× NetworkX |")
        # Memory per relation held.
        kg_b = med(kg.get("search_bytes_per_relation"))
        nx_b = nx["memory_bytes"] / max(1, nx["edges"]) if nx else None
        ig_b = ig["memory_bytes"] / max(1, ig["edges"]) if ig else None
        fb = lambda x: "-" if x is None else f"{x:.3g} B"
        lines.append(f"| query-graph memory per relation | {fb(kg_b)} | {fb(nx_b)} | {fb(ig_b)} | "
                     f"{ratio(kg_b, nx_b)} smaller | {ratio(kg_b, ig_b)} smaller | ≤40 B |")
        idx = med(kg.get("index_bytes_per_relation"))
        lines.append(f"| topology index file per relation (with names, keys) | {fb(idx)} | - | - | - | - | |")
        load_nx = nx["load_s"] if nx else None
        load_ig = ig["load_s"] if ig else None
        lines.append(f"| cold `kg path` process (store open + answer) vs peer graph load | "
                     f"{fmt_range(g['cold_path_s'], fmt_time)} | {fmt_time(load_nx)} | "
                     f"{fmt_time(load_ig)} | {ratio(med(g['cold_path_s']), load_nx)} | "
                     f"{ratio(med(g['cold_path_s']), load_ig)} | ≤1 s |")
        gib = lambda x: "-" if x is None else f"{x / 2**20:.3g} MiB"
        lines.append(f"| peak RSS: cold `kg path` vs peer process | {gib(med(g['cold_path_rss']))} | "
                     f"{gib(nx['process_rss'] if nx else None)} | {gib(ig['process_rss'] if ig else None)} "
                     f"| | | |")
        ib = g.get("index_build", {})
        lines.append(f"| first `kg path` after a change (full load, builds the index) | "
                     f"{fmt_time(ib.get('seconds'))}, {gib(ib.get('rss_bytes'))} | - | - | - | - | |")
    corpora = sorted(results.get("corpora", {}).values(), key=lambda c: c["articles"])
    if corpora:
        lines.append("")
        lines.append("### extraction and ingest (kg only; no peer)")
        lines.append("")
        lines.append("Machine's two ÷ one: two `kg extract -j1` processes at once, one per CPU, against one "
                     "alone: what a second CPU adds to work that shares nothing, the ceiling for the "
                     "ingest's ratio.")
        lines.append("")
        lines.append("| corpus | extraction, one core (wall) | extraction, one core (CPU time) | "
                     "ingest, one core (-j1, pinned) | ingest, two cores (-j2) | two ÷ one | "
                     "machine's two ÷ one | targets |")
        lines.append("|---|---|---|---|---|---|---|---|")
        for c in corpora:
            aps = lambda x: f"{x:.3g} art/s"
            lines.append(f"| {c['articles']:,} articles, {c['bytes'] / 1e6:.3g} MB | "
                         f"{fmt_range(c['extract_mb_s'], mb)} | {fmt_range(c['extract_mb_s_cpu'], mb)} | "
                         f"{fmt_range(c['ingest_j1_articles_s'], aps)} | "
                         f"{fmt_range(c['ingest_j2_articles_s'], aps)} | "
                         f"{fmt_range(c['ingest_speedup'], lambda x: f'{x:.3g}×')} | "
                         f"{fmt_range(c.get('two_cpu_ceiling'), lambda x: f'{x:.3g}×')} | "
                         f"≥5 MB/s; ≥1.7× |")
    return "\n".join(lines)


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        print(table(json.load(f)))
