// kg_bench: Google Benchmark for kg's inner loops, on the data bench/run.py prepares.
//
//   kg_bench --kg_topology=g.db.topo --kg_pairs=pairs.txt [--benchmark_format=json ...]
//   kg_bench --kg_corpus=corpus/ --kg_articles=300              (extraction, one core)
//   kg_bench --kg_store=g.db                                     (GraphML write of the whole store)
//
// Queries run on a store's topology index mapped read-only (what `kg path` uses), on the pairs and
// centres in --kg_pairs ("P a b" and "C v" lines, vertex numbers), cycling through them:
//   BM_Path            FindPath, the kg path query (fewest hops, then strength, then ids)
//   BM_Path_k3         the same with k = 3 (Yen)
//   BM_Neighborhood2   Neighborhood at depth 2: levels, strongest links, every edge among them
//   BM_Ball2           the vertex set within 2 hops only (what igraph's neighborhood() returns)
//   BM_Traversal       breadth-first search over the whole reachable graph (direction-optimizing);
//                      items = relations of the component traversed (Graph500 TEPS)
//   BM_PageRank        Rank by PageRank (Boost page_rank, 100 iterations), top 10
//   BM_Memory          one pass, counters only: bytes per relation of the query graph
// With --kg_store, BM_GraphML writes the whole graph (Store::Load + Build first, not timed) to
// /dev/null; bytes/s is the write rate. With --kg_corpus, BM_Extract runs the extractor over the
// first --kg_articles articles on one thread; bytes/s is the extraction rate.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "export/export.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/store.h"
#include "graph/topology.h"
#include "query/arcs.h"
#include "query/path.h"
#include "query/rank.h"
#include "query/subgraph.h"

namespace {

struct Flags {
  std::string topology, pairs, corpus, store;
  int articles = 300;
} flags;

kg::Topology& Topo() {
  static kg::Topology t;
  static bool opened = false;
  if (!opened) {
    opened = true;
    kg::Status s = kg::Topology::Open(flags.topology, &t, nullptr);
    if (!s.ok()) {
      std::cerr << "kg_bench: " << s.message() << "\n";
      std::exit(2);
    }
  }
  return t;
}

struct Queries {
  std::vector<std::pair<int32_t, int32_t>> pairs;
  std::vector<int32_t> centres;
};
const Queries& Qs() {
  static Queries q;
  static bool read = false;
  if (!read) {
    read = true;
    std::ifstream in(flags.pairs);
    std::string kind;
    while (in >> kind) {
      if (kind == "P") {
        int32_t a, b;
        in >> a >> b;
        q.pairs.emplace_back(a, b);
      } else {
        int32_t v;
        in >> v;
        q.centres.push_back(v);
      }
    }
    if (q.pairs.empty() || q.centres.empty()) {
      std::cerr << "kg_bench: no pairs or centres in " << flags.pairs << "\n";
      std::exit(2);
    }
  }
  return q;
}

void BM_Path(benchmark::State& state) {
  const kg::Topology& t = Topo();
  const Queries& q = Qs();
  kg::query::PathOptions o;
  o.k = static_cast<int>(state.range(0));
  size_t i = 0, found = 0;
  for (auto _ : state) {
    const auto& [a, b] = q.pairs[i++ % q.pairs.size()];
    auto r = kg::query::FindPath(t, static_cast<kg::Vertex>(a), static_cast<kg::Vertex>(b), o);
    found += r.has_value();
    benchmark::DoNotOptimize(r);
  }
  state.counters["found"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Path)->Arg(1)->Name("BM_Path");
BENCHMARK(BM_Path)->Arg(3)->Name("BM_Path_k3");

void BM_Neighborhood2(benchmark::State& state) {
  const kg::Topology& t = Topo();
  const Queries& q = Qs();
  size_t i = 0;
  double vertices = 0;
  for (auto _ : state) {
    auto r = kg::query::Neighborhood(t, static_cast<kg::Vertex>(q.centres[i++ % q.centres.size()]),
                                     2, {});
    vertices += static_cast<double>(r.vertices.size());
    benchmark::DoNotOptimize(r);
  }
  state.counters["vertices"] = vertices / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Neighborhood2);

void BM_Ball2(benchmark::State& state) {
  const kg::Topology& t = Topo();
  const Queries& q = Qs();
  const kg::query::internal::ArcFilter f = kg::query::internal::MakeArcFilter(t, {}, false, false);
  size_t i = 0;
  std::vector<int32_t> out;
  for (auto _ : state) {
    out.clear();
    kg::query::internal::BreadthFirst(t, f, q.centres[i++ % q.centres.size()], 2,
                                      [&](int32_t v, int) { out.push_back(v); });
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_Ball2);

// The relations a traversal from v covers: the walkable relations of its component (each once),
// the "edges" of Graph500's traversed-edges-per-second. Counted once per centre, untimed.
int64_t ComponentRelations(const kg::Topology& t, const kg::query::internal::ArcFilter& f, int32_t v) {
  static std::map<int32_t, int64_t> known;
  if (auto it = known.find(v); it != known.end()) return it->second;
  std::vector<int32_t> reached;
  kg::query::internal::BreadthFirst(t, f, v, -1, [&](int32_t u, int) { reached.push_back(u); });
  int64_t arcs = 0;
  for (int32_t u : reached) {
    kg::query::internal::ForEachArcFrom(t, f, u, [&](int32_t, int32_t, bool) { ++arcs; });
  }
  return known[v] = arcs / 2;
}

void BM_Traversal(benchmark::State& state) {
  const kg::Topology& t = Topo();
  const Queries& q = Qs();
  const kg::query::internal::ArcFilter f = kg::query::internal::MakeArcFilter(t, {}, false, false);
  for (int32_t c : q.centres) ComponentRelations(t, f, c);
  size_t i = 0;
  int64_t arcs = 0, reached = 0, relations = 0;
  for (auto _ : state) {
    const int32_t c = q.centres[i++ % q.centres.size()];
    arcs += kg::query::internal::BreadthFirst(t, f, c, -1, [&](int32_t, int) { ++reached; });
    relations += ComponentRelations(t, f, c);
  }
  // items/s: relations of the component traversed per second (TEPS); arcs: arcs looked at.
  state.SetItemsProcessed(relations);
  const double iterations = static_cast<double>(state.iterations());
  state.counters["reached"] = static_cast<double>(reached) / iterations;
  state.counters["arcs_examined"] = static_cast<double>(arcs) / iterations;
  state.counters["relations"] = static_cast<double>(relations) / iterations;
}
BENCHMARK(BM_Traversal)->Unit(benchmark::kMillisecond);

void BM_PageRank(benchmark::State& state) {
  const kg::Topology& t = Topo();
  kg::query::RankOptions o;
  o.measure = kg::query::RankMeasure::kPageRank;
  for (auto _ : state) {
    auto r = kg::query::Rank(t, o);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_PageRank)->Unit(benchmark::kMillisecond);

void BM_Memory(benchmark::State& state) {
  const kg::Topology& t = Topo();
  for (auto _ : state) benchmark::DoNotOptimize(t.num_edges());
  const double m = std::max(1, t.num_edges());
  state.counters["relations"] = t.num_edges();
  state.counters["entities"] = t.num_vertices();
  state.counters["search_bytes_per_relation"] = static_cast<double>(t.SearchBytes()) / m;
  state.counters["index_bytes_per_relation"] = static_cast<double>(t.TotalBytes()) / m;
}
BENCHMARK(BM_Memory)->Iterations(1);

void BM_GraphML(benchmark::State& state) {
  static kg::KnowledgeGraph g;
  static bool loaded = false;
  if (!loaded) {
    loaded = true;
    std::unique_ptr<kg::Store> store;
    kg::GraphData data;
    kg::Status s = kg::Store::Open(flags.store, kg::Store::Mode::kReadOnly, &store);
    if (s.ok()) s = store->Load(&data);
    if (!s.ok()) {
      std::cerr << "kg_bench: " << s.message() << "\n";
      std::exit(2);
    }
    g = kg::KnowledgeGraph::Build(std::move(data));
  }
  kg::ExportOptions o;
  o.format = kg::Format::kGraphML;
  const kg::Selection sel = kg::SelectAll(g, o);
  int64_t bytes = 0;
  for (auto _ : state) {
    std::ofstream out("/dev/null", std::ios::binary);
    const std::streampos before = 0;
    kg::Status s = kg::Write(g, sel, o, out);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    (void)before;
  }
  // The size once, written to memory.
  {
    std::ostringstream mem;
    kg::Write(g, sel, o, mem);
    bytes = static_cast<int64_t>(mem.tellp());
  }
  state.SetBytesProcessed(bytes * state.iterations());
  state.counters["file_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_GraphML)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  static kg::Lexicon lexicon;
  static std::vector<std::pair<std::string, std::string>> articles;
  if (articles.empty()) {
    kg::Status s = kg::Lexicon::LoadDefault(&lexicon);
    if (!s.ok()) {
      std::cerr << "kg_bench: " << s.message() << "\n";
      std::exit(2);
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(flags.corpus)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() > static_cast<size_t>(flags.articles)) files.resize(flags.articles);
    for (const auto& p : files) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      articles.emplace_back(p.stem().string(), ss.str());
    }
  }
  kg::Extractor ex(&lexicon);
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const auto& [id, text] : articles) {
      kg::ArticleExtraction x;
      kg::Status s = ex.Extract(id, text, {}, &x);
      benchmark::DoNotOptimize(x);
      bytes += static_cast<int64_t>(text.size());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // Our flags first; the rest goes to Google Benchmark.
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      const std::string prefix = std::string(name) + "=";
      return a.rfind(prefix, 0) == 0 ? argv[i] + prefix.size() : nullptr;
    };
    if (const char* v = value("--kg_topology")) {
      flags.topology = v;
    } else if (const char* v = value("--kg_pairs")) {
      flags.pairs = v;
    } else if (const char* v = value("--kg_corpus")) {
      flags.corpus = v;
    } else if (const char* v = value("--kg_articles")) {
      flags.articles = std::stoi(v);
    } else if (const char* v = value("--kg_store")) {
      flags.store = v;
    } else {
      rest.push_back(argv[i]);
    }
  }
  // Only the benchmarks whose data was given.
  std::string filter;
  auto add = [&](const char* pattern) { filter += (filter.empty() ? "" : "|") + std::string(pattern); };
  if (!flags.topology.empty()) add("BM_Path|BM_Neighborhood2|BM_Ball2|BM_Traversal|BM_PageRank|BM_Memory");
  if (!flags.store.empty()) add("BM_GraphML");
  if (!flags.corpus.empty()) add("BM_Extract");
  std::string filter_flag = "--benchmark_filter=" + (filter.empty() ? std::string("^$") : filter);
  bool user_filter = false;
  for (char* a : rest) user_filter |= std::string(a).rfind("--benchmark_filter=", 0) == 0;
  if (!user_filter) rest.push_back(filter_flag.data());
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  if (benchmark::ReportUnrecognizedArguments(n, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
