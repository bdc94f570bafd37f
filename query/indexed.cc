#include "query/indexed.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace kg::query {

namespace {

// Topology vertices and edges read out as a graph of their own: the entities with what the index
// holds, numbered in the topology's order, and the relations in the store's order (source,
// relation, target), as Load gives them; with a store, each relation with its best evidence.
// Filled in place: Edge descriptors are only valid for the graph object they came from.
class SmallGraph {
 public:
  Status Build(const Store* store, const Topology& t, std::vector<int32_t> vertices,
               std::vector<int32_t> edges, KnowledgeGraph* out) {
    std::sort(vertices.begin(), vertices.end());
    vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    vertices_ = std::move(vertices);
    GraphData data;
    for (int32_t v : vertices_) {
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
    std::vector<std::pair<std::tuple<std::string_view, std::string_view, std::string_view>, int32_t>>
        order;
    for (int32_t e : edges) order.push_back({{t.id(t.source(e)), t.relation(e), t.id(t.target(e))}, e});
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
      if (store) {
        Status st =
            store->RelationEvidence(stored_ids(s), rel.relation, stored_ids(d), 1, &rel.evidence);
        if (!st.ok()) return st;
        if (!rel.evidence.empty()) rel.confidence = rel.evidence.front().confidence;
      }
      relation_of_edge[e] = static_cast<int>(data.relations.size());
      data.relations.push_back(std::move(rel));
    }
    *out = KnowledgeGraph::Build(std::move(data));
    const Graph& g = out->graph();
    std::vector<Edge> edge_of_relation(relation_of_edge.size());
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
      edge_of_relation[g[e].relation_index] = e;
    }
    for (const auto& [topo, relation] : relation_of_edge) edges_.emplace(topo, edge_of_relation[relation]);
    return Status::Ok();
  }
  // The small graph's vertex for topology vertex v (one of those given).
  Vertex vertex(int32_t v) const {
    return static_cast<Vertex>(std::lower_bound(vertices_.begin(), vertices_.end(), v) -
                               vertices_.begin());
  }
  // The small graph's edge for topology edge e (one of those given).
  Edge edge(int32_t e) const { return edges_.at(e); }

 private:
  std::vector<int32_t> vertices_;  // sorted topology vertex ids
  std::map<int32_t, Edge> edges_;
};

}  // namespace

Status FindPathIndexed(const Store& store, const Topology& t, Vertex a, Vertex b,
                       const PathOptions& options, IndexedPath* out) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  if (a >= n || b >= n) return Status::Error("FindPathIndexed: vertex out of range");
  std::optional<TopoPathResult> r = FindPath(t, a, b, options);

  // The vertices shown and the edges walked.
  std::vector<int32_t> vertices{static_cast<int32_t>(a), static_cast<int32_t>(b)};
  std::vector<int32_t> edges;
  if (r) {
    for (const TopoPath& p : r->paths) {
      vertices.insert(vertices.end(), p.vertices.begin(), p.vertices.end());
      for (const TopoHop& h : p.hops) edges.push_back(h.edge);
    }
  }
  IndexedPath& answer = *out;
  answer = IndexedPath();
  SmallGraph small;
  Status s = small.Build(&store, t, std::move(vertices), std::move(edges), &answer.graph);
  if (!s.ok()) return s;
  const Graph& g = answer.graph.graph();
  auto local = [&](int32_t v) { return small.vertex(v); };
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
        const Edge edge = small.edge(h.edge);
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

Status NeighborhoodIndexed(const Topology& t, Vertex center, int depth,
                           const NeighborFilters& filters, IndexedNeighborhood* out) {
  if (center >= static_cast<size_t>(t.num_vertices())) {
    return Status::Error("NeighborhoodIndexed: vertex out of range");
  }
  const TopoNeighborhood r = Neighborhood(t, center, depth, filters);
  std::vector<int32_t> edges = r.edges;
  for (const auto& level : r.levels) {
    for (const TopoNeighbor& nb : level) edges.push_back(nb.via);
  }
  IndexedNeighborhood& answer = *out;
  answer = IndexedNeighborhood();
  SmallGraph small;
  Status s = small.Build(nullptr, t, r.vertices, std::move(edges), &answer.graph);
  if (!s.ok()) return s;
  NeighborhoodResult& result = answer.result;
  result.center = small.vertex(r.center);
  for (const auto& level : r.levels) {
    std::vector<Neighbor>& to = result.levels.emplace_back();
    for (const TopoNeighbor& nb : level) {
      to.push_back(Neighbor{small.vertex(nb.vertex), nb.distance, small.vertex(nb.parent),
                            small.edge(nb.via), nb.forward});
    }
  }
  for (int32_t v : r.vertices) result.vertices.push_back(small.vertex(v));
  for (int32_t e : r.edges) result.edges.push_back(small.edge(e));
  result.hidden_co_mentioned = r.hidden_co_mentioned;
  result.truncated = r.truncated;
  return Status::Ok();
}

}  // namespace kg::query
