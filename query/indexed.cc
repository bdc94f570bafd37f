#include "query/indexed.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace kg::query {

Status FindPathIndexed(const Store& store, const Topology& t, Vertex a, Vertex b,
                       const PathOptions& options, IndexedPath* out) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  if (a >= n || b >= n) return Status::Error("FindPathIndexed: vertex out of range");
  std::optional<TopoPathResult> r = FindPath(t, a, b, options);

  // The vertices shown, in topology order (so the small graph numbers them in the same order),
  // and the edges walked.
  std::vector<int32_t> vertices{static_cast<int32_t>(a), static_cast<int32_t>(b)};
  std::vector<int32_t> edges;
  if (r) {
    for (const TopoPath& p : r->paths) {
      vertices.insert(vertices.end(), p.vertices.begin(), p.vertices.end());
      for (const TopoHop& h : p.hops) edges.push_back(h.edge);
    }
  }
  std::sort(vertices.begin(), vertices.end());
  vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  auto local = [&](int32_t v) {
    return static_cast<Vertex>(std::lower_bound(vertices.begin(), vertices.end(), v) -
                               vertices.begin());
  };

  GraphData data;
  for (int32_t v : vertices) {
    AggregatedEntity e;
    e.entity.id = std::string(t.id(v));
    e.entity.type = t.type(v);
    e.entity.name = std::string(t.name(v));
    e.entity.name_en = std::string(t.name_en(v));
    e.mention_count = t.mention_count(v);
    data.entities.push_back(std::move(e));
  }
  auto stored_ids = [&](int32_t v) {
    std::vector<std::string> ids{std::string(t.id(v))};
    for (std::string_view m : t.merged_ids(v)) ids.emplace_back(m);
    return ids;
  };
  // Relations in the store's order (source, relation, target), as Load gives them.
  std::vector<std::pair<std::tuple<std::string_view, std::string_view, std::string_view>, int32_t>>
      order;
  for (int32_t e : edges) {
    order.push_back({{t.id(t.source(e)), t.relation(e), t.id(t.target(e))}, e});
  }
  std::sort(order.begin(), order.end());
  std::map<int32_t, int> relation_of_edge;  // topology edge → index in data.relations
  for (const auto& [key, e] : order) {
    const int32_t s = t.source(e), d = t.target(e);
    AggregatedRelation rel;
    rel.source = std::string(t.id(s));
    rel.relation = std::string(t.relation(e));
    rel.target = std::string(t.id(d));
    rel.evidence_count = t.evidence_count(e);
    rel.weight = t.weight(e);
    Status st = store.RelationEvidence(stored_ids(s), rel.relation, stored_ids(d), 1, &rel.evidence);
    if (!st.ok()) return st;
    if (!rel.evidence.empty()) rel.confidence = rel.evidence.front().confidence;
    relation_of_edge[e] = static_cast<int>(data.relations.size());
    data.relations.push_back(std::move(rel));
  }

  // Filled in place: Edge descriptors are only valid for the graph object they came from.
  IndexedPath& answer = *out;
  answer = IndexedPath();
  answer.graph = KnowledgeGraph::Build(std::move(data));
  const Graph& g = answer.graph.graph();
  std::vector<Edge> edge_of_relation(relation_of_edge.size());
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    edge_of_relation[g[e].relation_index] = e;
  }
  answer.from = local(static_cast<int32_t>(a));
  answer.to = local(static_cast<int32_t>(b));
  if (!r) {
    answer.why = ExplainNoPath(t, a, b);
  } else {
    PathResult result;
    result.co_mentioned_fallback = r->co_mentioned_fallback;
    for (const TopoPath& tp : r->paths) {
      Path p;
      p.cost = tp.cost;
      for (int32_t v : tp.vertices) p.vertices.push_back(local(v));
      for (const TopoHop& h : tp.hops) {
        const Edge edge = edge_of_relation[relation_of_edge.at(h.edge)];
        const AggregatedRelation& rel = answer.graph.relation(edge);
        PathHop hop;
        hop.from = local(h.from);
        hop.to = local(h.to);
        hop.edge = edge;
        hop.relation = rel.relation;
        hop.forward = h.forward;
        hop.weight = g[edge].weight;
        hop.evidence_count = g[edge].evidence_count;
        if (!rel.evidence.empty()) hop.evidence = rel.evidence.front();
        p.hops.push_back(std::move(hop));
      }
      result.paths.push_back(std::move(p));
    }
    answer.result = std::move(result);
  }
  return Status::Ok();
}

}  // namespace kg::query
