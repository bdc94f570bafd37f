#include "query/path_dates.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg::query::internal {

bool DateInWindow(std::string_view date, std::string_view since, std::string_view until) {
  if (date.empty()) return false;
  if (!since.empty() && date.substr(0, since.size()) < since) return false;
  if (!until.empty() && date.substr(0, until.size()) > until) return false;
  return true;
}

std::optional<PathResult> FindPathInDateWindow(const KnowledgeGraph& g, Vertex a, Vertex b,
                                               const PathOptions& options) {
  const GraphData& data = g.data();
  std::unordered_map<std::string_view, std::string_view> dates;
  for (const Article& article : data.articles) dates.emplace(article.id, article.date);

  GraphData windowed;
  windowed.entities = data.entities;
  windowed.articles = data.articles;
  std::vector<int> original;  // g's relation index of each relation kept
  for (size_t i = 0; i < data.relations.size(); ++i) {
    const AggregatedRelation& r = data.relations[i];
    AggregatedRelation kept;
    for (const Evidence& e : r.evidence) {
      auto it = dates.find(e.article);
      if (it != dates.end() && DateInWindow(it->second, options.since, options.until)) {
        kept.evidence.push_back(e);  // still best first
      }
    }
    if (kept.evidence.empty()) continue;
    kept.source = r.source;
    kept.relation = r.relation;
    kept.target = r.target;
    kept.evidence_count = static_cast<int>(kept.evidence.size());
    kept.weight = r.weight;
    kept.confidence = kept.evidence.front().confidence;
    windowed.relations.push_back(std::move(kept));
    original.push_back(static_cast<int>(i));
  }
  const KnowledgeGraph w = KnowledgeGraph::Build(std::move(windowed));
  if (boost::num_vertices(w.graph()) != boost::num_vertices(g.graph())) return std::nullopt;

  PathOptions o = options;
  o.since.clear();
  o.until.clear();
  std::optional<PathResult> r = FindPath(w, a, b, o);
  if (!r) return std::nullopt;
  const Graph& graph = g.graph();
  for (Path& p : r->paths) {
    for (PathHop& hop : p.hops) {
      const int index = original[w.graph()[hop.edge].relation_index];
      const Vertex source = hop.forward ? hop.from : hop.to;
      for (Edge e : boost::make_iterator_range(boost::out_edges(source, graph))) {
        if (graph[e].relation_index == index) {
          hop.edge = e;
          break;
        }
      }
    }
  }
  return r;
}

}  // namespace kg::query::internal
