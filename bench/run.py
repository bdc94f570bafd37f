#!/usr/bin/python3
"""Runs kg's benchmarks and its peers (NetworkX, python-igraph) in one go and prints the table of
figures with every kg figure as a ratio to the peer measured in the same run.

    /usr/bin/python3 bench/run.py --quick   # seconds: a 10k/100k graph, 200 articles
    /usr/bin/python3 bench/run.py --full    # 100k/1M and 1M/10M graphs, 1k and 10k articles
    /usr/bin/python3 bench/run.py --tiny    # CI: checks that everything runs and prints a table

Options: --build DIR (default build-bench; needs kg, kg_bench, kg_bench_graph), --work DIR (data
and results; generated graphs and corpora are kept there and reused), --runs N (repetitions; the
table gives the median and min–max), --seed S, --graphs 100000x1000000,..., --articles 1000,...,
--no-peers, --json FILE (every figure, machine-readable).

Steps per graph: generate it (kg_bench_graph: store + edge list), pick query pairs and centres
(seeded, among entities with a typed relation), run `kg path` once (it builds the topology index:
the first query after a change pays for it), time cold `kg path` processes, run kg_bench (Google
Benchmark, --benchmark_repetitions), then each peer in its own process. Per corpus: generate it
(gen_corpus.py), extraction MB/s on one core (kg_bench), `kg ingest` articles/s pinned to one core
(-j1) and on both cores (-j2).
"""
import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

MODES = {
    # graphs (entities, relations), corpora (articles), runs, queries, kg_bench min time
    "tiny": {"graphs": [(2000, 20000)], "articles": [30], "runs": 1, "queries": 8,
             "min_time": "0.01", "extract_articles": 30, "graphml": True, "traversals": 2},
    "quick": {"graphs": [(10000, 100000)], "articles": [200], "runs": 3, "queries": 30,
              "min_time": "0.2", "extract_articles": 200, "graphml": True, "traversals": 3},
    "full": {"graphs": [(100000, 1000000), (1000000, 10000000)], "articles": [1000, 10000],
             "runs": 3, "queries": 30, "min_time": "1", "extract_articles": 1000, "graphml": True,
             "traversals": 3},
}


def log(*a):
    print("run:", *a, file=sys.stderr, flush=True)


def timed(cmd, **kw):
    """Runs cmd; returns (wall seconds, peak RSS bytes of the child, completed process)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    out = p.stdout.read()
    err = p.stderr.read()
    p.returncode = os.waitstatus_to_exitcode(status)
    p.stdout_bytes, p.stderr_bytes = out, err
    return wall, usage.ru_maxrss * 1024, p


def check(p, what):
    if p.returncode != 0:
        sys.stderr.write(p.stderr_bytes.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"run: {what} failed (exit {p.returncode})")


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "runs": values}


# ---- kg_bench output ----

UNIT = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def bench_runs(results, name):
    """Per-repetition entries of one benchmark."""
    return [b for b in results["benchmarks"]
            if b.get("run_name", b["name"]).split("/")[0] == name and b.get("run_type") == "iteration"]


def bench_seconds(results, name):
    return summary([b["real_time"] * UNIT[b["time_unit"]] for b in bench_runs(results, name)])


def bench_counter(results, name, counter):
    return summary([b[counter] for b in bench_runs(results, name) if counter in b])


# ---- steps ----

def pick_queries(edges_path, count, seed, out_path):
    """Pairs and centres among entities with at least one typed relation."""
    degree = {}
    with open(edges_path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            if line[0] != "E":
                continue
            _, s, t, rel, _ = line.split("\t", 4)
            if rel == "co_mentioned" or s == t:
                continue
            degree[s] = degree.get(s, 0) + 1
            degree[t] = degree.get(t, 0) + 1
    candidates = sorted(int(v) for v in degree)
    rng = random.Random(seed)
    with open(out_path, "w") as f:
        for _ in range(count):
            a, b = rng.sample(candidates, 2)
            f.write(f"P {a} {b}\n")
        for _ in range(count):
            f.write(f"C {rng.choice(candidates)}\n")
    return candidates


def node_ids(edges_path, wanted):
    ids = {}
    with open(edges_path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            if line[0] != "N":
                break
            _, i, ident, _ = line.split("\t", 3)
            if int(i) in wanted:
                ids[int(i)] = ident
    return ids


def run_graph(a, mode, entities, relations, results):
    key = f"g{entities}x{relations}"
    store = os.path.join(a.work, f"{key}-s{a.seed}.db")
    edges = os.path.join(a.work, f"{key}-s{a.seed}.tsv")
    pairs = os.path.join(a.work, f"{key}-s{a.seed}.queries")
    r = results.setdefault("graphs", {}).setdefault(key, {"entities": entities, "relations": relations})
    if not (os.path.exists(store) and os.path.exists(edges)):
        log(f"generating {key}")
        wall, rss, p = timed([os.path.join(a.build, "bench", "kg_bench_graph"), "--entities", str(entities),
                              "--relations", str(relations), "--seed", str(a.seed), "--store", store,
                              "--edges", edges])
        check(p, "kg_bench_graph")
        r["generate_s"] = wall
    for suffix in (".topo",):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    pick_queries(edges, mode["queries"], a.seed, pairs)
    with open(pairs) as f:
        first = f.readline().split()
    ids = node_ids(edges, {int(first[1]), int(first[2])})
    kg = os.path.join(a.build, "cli", "kg")
    path_cmd = [kg, "path", "--store", store, ids[int(first[1])], ids[int(first[2])]]

    log(f"{key}: first kg path (builds the topology index)")
    wall, rss, p = timed(path_cmd)
    check(p, "kg path")
    r["index_build"] = {"seconds": wall, "rss_bytes": rss}
    cold, cold_rss = [], []
    for _ in range(max(3, a.runs)):
        wall, rss, p = timed(path_cmd)
        check(p, "kg path")
        cold.append(wall)
        cold_rss.append(rss)
    r["cold_path_s"] = summary(cold)
    r["cold_path_rss"] = summary(cold_rss)

    log(f"{key}: kg_bench")
    bench_json = os.path.join(a.work, f"{key}-kg_bench.json")
    cmd = [os.path.join(a.build, "bench", "kg_bench"), f"--kg_topology={store}.topo", f"--kg_pairs={pairs}",
           f"--benchmark_min_time={mode['min_time']}", f"--benchmark_repetitions={a.runs}",
           f"--benchmark_out={bench_json}", "--benchmark_out_format=json"]
    if mode["graphml"]:
        cmd.append(f"--kg_store={store}")
    wall, rss, p = timed(cmd)
    check(p, "kg_bench")
    with open(bench_json) as f:
        b = json.load(f)
    r["kg"] = {
        "path": bench_seconds(b, "BM_Path"),
        "path_k3": bench_seconds(b, "BM_Path_k3"),
        "ego2": bench_seconds(b, "BM_Neighborhood2"),
        "ego2_vertices": bench_counter(b, "BM_Neighborhood2", "vertices"),
        "ball2": bench_seconds(b, "BM_Ball2"),
        "traversal": bench_seconds(b, "BM_Traversal"),
        "traversal_edges_per_s": bench_counter(b, "BM_Traversal", "items_per_second"),
        "traversal_arcs_examined": bench_counter(b, "BM_Traversal", "arcs_examined"),
        "traversal_reached": bench_counter(b, "BM_Traversal", "reached"),
        "pagerank": bench_seconds(b, "BM_PageRank"),
        "graphml": bench_seconds(b, "BM_GraphML"),
        "graphml_bytes": bench_counter(b, "BM_GraphML", "file_bytes"),
        "search_bytes_per_relation": bench_counter(b, "BM_Memory", "search_bytes_per_relation"),
        "index_bytes_per_relation": bench_counter(b, "BM_Memory", "index_bytes_per_relation"),
        "bench_rss": rss,
        "context": b.get("context", {}),
    }
    rank_cmd = [kg, "rank", "--store", store, "--by", "pagerank"]
    rank = []
    for _ in range(a.runs if relations <= 2_000_000 else 1):
        wall, rss, p = timed(rank_cmd)
        check(p, "kg rank")
        rank.append(wall)
    r["kg"]["rank_cli_s"] = summary(rank)

    if not a.no_peers:
        for lib in ("networkx", "igraph"):
            log(f"{key}: {lib}")
            out = os.path.join(a.work, f"{key}-{lib}.json")
            cmd = [PY, os.path.join(HERE, "peers.py"), "--lib", lib, "--edges", edges, "--pairs", pairs,
                   "--out", out, "--runs", str(a.runs), "--traversals", str(mode["traversals"]),
                   # Whole-graph figures of the peers take minutes at 10M relations: once there.
                   "--slow-runs", str(a.runs if relations <= 2_000_000 else 1)]
            if mode["graphml"]:
                cmd.append("--graphml")
            wall, rss, p = timed(cmd)
            check(p, f"peers.py {lib}")
            with open(out) as f:
                peer = json.load(f)
            peer["process_rss"] = rss
            peer["summary"] = {k: summary(v) for k, v in peer["runs"].items()}
            r[lib] = peer


def run_corpus(a, mode, articles, results):
    key = f"c{articles}"
    corpus = os.path.join(a.work, f"corpus-{articles}-s{a.seed}")
    r = results.setdefault("corpora", {}).setdefault(key, {"articles": articles})
    if not os.path.isdir(corpus) or len(os.listdir(corpus)) != articles:
        log(f"generating corpus of {articles}")
        wall, rss, p = timed([PY, os.path.join(HERE, "gen_corpus.py"), "--lexicon",
                              os.path.join(ROOT, "data", "lexicon.json"), "--out", corpus,
                              "--articles", str(articles), "--seed", str(a.seed)])
        check(p, "gen_corpus.py")
    r["bytes"] = sum(os.path.getsize(os.path.join(corpus, f)) for f in os.listdir(corpus))
    bench_json = os.path.join(a.work, f"{key}-extract.json")
    wall, rss, p = timed([os.path.join(a.build, "bench", "kg_bench"), f"--kg_corpus={corpus}",
                          f"--kg_articles={min(articles, mode['extract_articles'])}",
                          f"--benchmark_min_time={mode['min_time']}",
                          f"--benchmark_repetitions={a.runs}", f"--benchmark_out={bench_json}",
                          "--benchmark_out_format=json"])
    check(p, "kg_bench extract")
    with open(bench_json) as f:
        b = json.load(f)
    # Bytes over wall time: the rate one core reaches, contention included.
    runs = bench_runs(b, "BM_Extract")
    r["extract_mb_s"] = summary([x["bytes_per_second"] * x["cpu_time"] / x["real_time"] / 1e6
                                 for x in runs])
    r["extract_mb_s_cpu"] = summary([x["bytes_per_second"] / 1e6 for x in runs])
    kg = os.path.join(a.build, "cli", "kg")
    # One core: the process pinned to one CPU, -j1 (the writer extracts each article itself).
    # Two cores: unpinned, -j2 (the writer and one extraction thread, the writer extracting too
    # whenever the next article is not ready).
    one_cpu = sorted(os.sched_getaffinity(0))[:1]
    for jobs in (1, 2):
        rates = []
        for i in range(a.runs):
            store = os.path.join(a.work, f"{key}-ingest-j{jobs}.db")
            for suffix in ("", "-wal", "-shm", ".topo"):
                if os.path.exists(store + suffix):
                    os.remove(store + suffix)
            pin = (lambda: os.sched_setaffinity(0, one_cpu)) if jobs == 1 else None
            wall, rss, p = timed([kg, "ingest", "--store", store, "-j", str(jobs), corpus], preexec_fn=pin)
            check(p, "kg ingest")
            rates.append(articles / wall)
        r[f"ingest_j{jobs}_articles_s"] = summary(rates)
    j1, j2 = r["ingest_j1_articles_s"]["runs"], r["ingest_j2_articles_s"]["runs"]
    r["ingest_speedup"] = summary([y / x for x, y in zip(j1, j2)])
    r["two_cpu_ceiling"] = two_cpu_ceiling(kg, corpus, a.runs)


def two_cpu_ceiling(kg, corpus, runs, files=500):
    """What two CPUs give this machine over one for work with nothing shared: `kg extract -j1` of
    the same files in one process pinned to one CPU, then in two such processes at once, one per
    CPU; 2 x (one's time) / (the pair's time). The ceiling for any two-core ratio, the ingest's
    included, measured in the same minutes (a VM's two vCPUs can share one physical core)."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None
    names = sorted(os.listdir(corpus))[:files]
    cmd = [kg, "extract", "-j", "1", "--format", "json", *(os.path.join(corpus, n) for n in names)]
    def run_on(each_cpus):
        start = time.perf_counter()
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  preexec_fn=lambda c=c: os.sched_setaffinity(0, [c])) for c in each_cpus]
        for p in procs:
            if p.wait() != 0:
                raise SystemExit(f"run: kg extract failed (exit {p.returncode})")
        return time.perf_counter() - start
    ratios = []
    for _ in range(runs):
        one = run_on(cpus[:1])
        ratios.append(2 * one / run_on(cpus[:2]))
    return summary(ratios)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    g = p.add_mutually_exclusive_group()
    for m in MODES:
        g.add_argument(f"--{m}", dest="mode", action="store_const", const=m)
    p.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    p.add_argument("--work", default=None)
    p.add_argument("--runs", type=int, default=None)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--graphs", default=None, help="e.g. 100000x1000000,1000000x10000000")
    p.add_argument("--articles", default=None, help="e.g. 1000,10000")
    p.add_argument("--no-peers", action="store_true")
    p.add_argument("--json", default=None)
    a = p.parse_args(argv)
    mode = dict(MODES[a.mode or "quick"])
    a.mode = a.mode or "quick"
    a.runs = a.runs or mode["runs"]
    a.work = os.path.abspath(a.work or os.path.join(a.build, "bench-" + a.mode))
    a.build = os.path.abspath(a.build)
    os.makedirs(a.work, exist_ok=True)
    if a.graphs:
        mode["graphs"] = [tuple(int(x) for x in s.split("x")) for s in a.graphs.split(",") if s]
    if a.articles is not None:
        mode["articles"] = [int(x) for x in a.articles.split(",") if x]
    started = time.perf_counter()
    results = {"mode": a.mode, "runs": a.runs, "seed": a.seed,
               "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                           "cpu": cpu_name(), "memory_gb": memory_gb()},
               "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    for entities, relations in mode["graphs"]:
        run_graph(a, mode, entities, relations, results)
    for articles in mode["articles"]:
        run_corpus(a, mode, articles, results)
    results["seconds"] = time.perf_counter() - started
    out = a.json or os.path.join(a.work, "results.json")
    with open(out, "w") as f:
        json.dump(results, f, indent=1)
    sys.path.insert(0, HERE)
    import report
    print(report.table(results))
    log(f"done in {results['seconds']:.0f} s; figures in {out}")
    return 0


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def memory_gb():
    try:
        with open("/proc/meminfo") as f:
            return round(int(f.readline().split()[1]) / 1024 / 1024)
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
