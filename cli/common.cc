#include "cli/common.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "graph/topology.h"
#include "query/search.h"

namespace kg::cli {

GlobalOptions& Globals() {
  static GlobalOptions options;
  return options;
}

std::string StorePath() {
  if (!Globals().store.empty()) return Globals().store;
  const char* env = std::getenv("KG_STORE");
  if (env != nullptr && *env != '\0') return env;
  return "kg.db";
}

void PrintError(const std::string& message) { std::cerr << "kg: " << message << "\n"; }

namespace {

// LoadGraph, also giving the store's stamp as it was before the load (nullopt when it has none).
bool LoadStamped(KnowledgeGraph* out, std::optional<TopologyStamp>* stamp) {
  const std::string path = StorePath();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    PrintError("no store at " + path + "; run `kg ingest FILE...` first (or point --store / " +
               "KG_STORE at an existing store)");
    return false;
  }
  auto with_path = [&](const std::string& message) {
    return message.find(path) == std::string::npos ? path + ": " + message : message;
  };
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, Store::Mode::kReadOnly, &store);
  if (!s.ok()) {
    PrintError(with_path(s.message()));
    return false;
  }
  if (stamp != nullptr) {
    TopologyStamp st;
    if (store->Stamp(&st).ok()) *stamp = st;
  }
  GraphData data;
  s = store->Load(&data);
  if (!s.ok()) {
    PrintError(with_path(s.message()));
    return false;
  }
  *out = KnowledgeGraph::Build(std::move(data));
  return true;
}

// The store and its topology index, when the index is there and current.
bool OpenIndexed(std::unique_ptr<Store>* store, Topology* t) {
  const std::string path = StorePath();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return false;
  if (!Store::Open(path, Store::Mode::kReadOnly, store).ok()) return false;
  TopologyStamp stamp, saved;
  if (!(*store)->Stamp(&stamp).ok()) return false;
  if (!Topology::Open(TopologyPath(path), t, &saved).ok()) return false;
  return saved == stamp && t->has_index();
}

// LoadStamped, then, when `save`, the topology index saved beside the store for the next query
// (best effort: a read-only folder just has none).
bool LoadSavingIndex(KnowledgeGraph* out, bool save) {
  std::optional<TopologyStamp> stamp;
  if (!LoadStamped(out, &stamp)) return false;
  if (save && stamp) {
    Topology::Build(*out, Topology::kWithIndex).Save(TopologyPath(StorePath()), *stamp);
  }
  return true;
}

}  // namespace

bool LoadGraph(KnowledgeGraph* out) { return LoadStamped(out, nullptr); }

bool OpenCurrentIndex(Topology* out) {
  std::unique_ptr<Store> store;
  return OpenIndexed(&store, out);
}

bool OpenCurrentIndex(std::unique_ptr<Store>* store, Topology* out) { return OpenIndexed(store, out); }

bool LoadGraphAndSaveIndex(KnowledgeGraph* out) { return LoadSavingIndex(out, true); }

bool LoadPathAnswer(const std::string& from, const std::string& to,
                    const std::vector<std::string>& avoid, bool use_index,
                    query::PathOptions options, query::IndexedPath* out) {
  bool index_current = false;
  if (options.since.empty() && options.until.empty()) {
    std::unique_ptr<Store> store;
    Topology t;
    index_current = OpenIndexed(&store, &t);
    auto one = [&](const std::string& name, Vertex* v) {
      const std::vector<int32_t> hits = t.Lookup(name);
      if (hits.size() != 1) return false;
      *v = static_cast<Vertex>(hits[0]);
      return true;
    };
    Vertex a = 0, b = 0;
    bool fits = index_current && use_index && one(from, &a) && one(to, &b);
    options.avoid.clear();
    for (const std::string& name : avoid) {
      Vertex v = 0;
      fits = fits && one(name, &v);
      options.avoid.push_back(v);
    }
    if (fits && query::FindPathIndexed(*store, t, a, b, options, out).ok()) return true;
  }

  if (!LoadSavingIndex(&out->graph, !index_current)) {
    ExitCode() = kExitError;
    return false;
  }
  const KnowledgeGraph& g = out->graph;
  options.avoid.assign(avoid.size(), 0);
  for (size_t i = 0; i < avoid.size() + 2; ++i) {
    const std::string& name = i == 0 ? from : i == 1 ? to : avoid[i - 2];
    Vertex v = 0;
    int code = kExitNotFound;
    if (!ResolveOne(g, name, &v, &code)) {
      ExitCode() = code;
      return false;
    }
    if (i < 2) {
      (i == 0 ? out->from : out->to) = v;
    } else {
      options.avoid[i - 2] = v;
    }
  }
  out->result = query::FindPath(g, out->from, out->to, options);
  if (!out->result) out->why = query::ExplainNoPath(g, out->from, out->to);
  return true;
}

bool LoadNeighborhoodAnswer(const std::string& name, int depth,
                            const query::NeighborFilters& filters, bool use_index,
                            query::IndexedNeighborhood* out) {
  bool index_current = false;
  {
    std::unique_ptr<Store> store;
    Topology t;
    index_current = OpenIndexed(&store, &t);
    if (index_current && use_index) {
      const std::vector<int32_t> hits = t.Lookup(name);
      if (hits.size() == 1 &&
          query::NeighborhoodIndexed(t, static_cast<Vertex>(hits[0]), depth, filters, out).ok()) {
        return true;
      }
    }
  }
  if (!LoadSavingIndex(&out->graph, !index_current)) {
    ExitCode() = kExitError;
    return false;
  }
  const KnowledgeGraph& g = out->graph;
  Vertex center = 0;
  int code = kExitNotFound;
  if (!ResolveOne(g, name, &center, &code)) {
    ExitCode() = code;
    return false;
  }
  out->result = query::Neighborhood(g, center, depth, filters);
  return true;
}

bool ResolveOne(const KnowledgeGraph& g, const std::string& name, Vertex* out, int* exit_code) {
  const Graph& graph = g.graph();
  auto label = [&](Vertex v) {
    const VertexProps& p = graph[v];
    return !p.name.empty() ? p.name : !p.name_en.empty() ? p.name_en : p.id;
  };
  const std::vector<Vertex> hits = g.Lookup(name);
  if (hits.size() == 1) {
    *out = hits[0];
    return true;
  }
  *exit_code = kExitNotFound;
  if (hits.empty()) {
    query::SearchOptions options;
    options.limit = 3;
    std::string suggestions;
    for (const query::SearchHit& h : query::Search(g, name, options)) {
      if (!suggestions.empty()) suggestions += ", ";
      suggestions += label(h.vertex) + " (" + graph[h.vertex].id + ")";
    }
    PrintError("no entity named '" + name + "'" +
               (suggestions.empty() ? "" : "; did you mean: " + suggestions));
    return false;
  }
  PrintError("'" + name + "' names " + std::to_string(hits.size()) +
             " entities; give one of these ids instead:");
  // Ids and type names are ASCII, so byte widths line the columns up; the name comes last.
  size_t id_width = 0, type_width = 0;
  for (Vertex v : hits) {
    id_width = std::max(id_width, graph[v].id.size());
    type_width = std::max(type_width, EntityTypeName(graph[v].type).size());
  }
  for (Vertex v : hits) {
    std::string type(EntityTypeName(graph[v].type));
    std::cerr << "  " << graph[v].id << std::string(id_width - graph[v].id.size() + 2, ' ') << type
              << std::string(type_width - type.size() + 2, ' ') << label(v) << "\n";
  }
  return false;
}

int& ExitCode() {
  static int code = kExitOk;
  return code;
}

}  // namespace kg::cli
