#include "cli/common.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

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

bool LoadGraph(KnowledgeGraph* out) {
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
  GraphData data;
  s = store->Load(&data);
  if (!s.ok()) {
    PrintError(with_path(s.message()));
    return false;
  }
  *out = KnowledgeGraph::Build(std::move(data));
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
