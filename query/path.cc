#include "query/path.h"

#include <algorithm>

#include "query/path_dates.h"
#include "query/walk.h"

namespace kg::query {
namespace {

using internal::ArcPath;
using internal::WalkGraph;

std::vector<Vertex> VerticesOf(const WalkGraph& w, Vertex start, const ArcPath& p) {
  std::vector<Vertex> out{start};
  for (int id : p.arcs) out.push_back(w.arcs[id].to);
  return out;
}

// Candidate order in Yen's algorithm: cost, then the vertex ids from the start.
struct Candidate {
  ArcPath path;
  std::vector<std::string> ids;
};
bool Before(const Candidate& x, const Candidate& y) {
  if (x.path.cost != y.path.cost) return x.path.cost < y.path.cost;
  return x.ids < y.ids;
}

Candidate MakeCandidate(const KnowledgeGraph& g, const WalkGraph& w, Vertex a, ArcPath p) {
  Candidate c;
  for (Vertex v : VerticesOf(w, a, p)) c.ids.push_back(g.graph()[v].id);
  c.path = std::move(p);
  return c;
}

// Yen's k shortest simple paths a → b over the walk graph; each within max_hops (0 = any).
std::vector<ArcPath> KShortest(const KnowledgeGraph& g, const WalkGraph& w, Vertex a, Vertex b,
                               int k, int max_hops) {
  std::vector<ArcPath> found;
  const size_t n = boost::num_vertices(w.graph);
  auto within = [&](const ArcPath& p) {
    return max_hops <= 0 || static_cast<int>(p.arcs.size()) <= max_hops;
  };
  std::optional<ArcPath> first = internal::ShortestPath(g, w, a, b, {}, {});
  // Hop count dominates the cost, so the cheapest path also has the fewest hops.
  if (!first || !within(*first)) return found;
  found.push_back(std::move(*first));
  std::vector<Candidate> pending;
  while (static_cast<int>(found.size()) < k) {
    const ArcPath& last = found.back();
    const std::vector<Vertex> last_vertices = VerticesOf(w, a, last);
    for (size_t i = 0; i < last.arcs.size(); ++i) {
      const Vertex spur = last_vertices[i];
      std::vector<char> removed_vertices(n, 0);
      std::vector<char> removed_arcs(w.arcs.size(), 0);
      for (size_t j = 0; j < i; ++j) removed_vertices[last_vertices[j]] = 1;
      for (const ArcPath& p : found) {
        if (p.arcs.size() > i &&
            std::equal(p.arcs.begin(), p.arcs.begin() + i, last.arcs.begin())) {
          removed_arcs[p.arcs[i]] = 1;
        }
      }
      std::optional<ArcPath> tail =
          internal::ShortestPath(g, w, spur, b, removed_vertices, removed_arcs);
      if (!tail) continue;
      ArcPath whole;
      whole.arcs.assign(last.arcs.begin(), last.arcs.begin() + i);
      for (int id : whole.arcs) whole.cost += w.arcs[id].cost;
      whole.arcs.insert(whole.arcs.end(), tail->arcs.begin(), tail->arcs.end());
      whole.cost += tail->cost;
      if (!within(whole)) continue;
      const bool seen =
          std::any_of(pending.begin(), pending.end(),
                      [&](const Candidate& c) { return c.path.arcs == whole.arcs; }) ||
          std::any_of(found.begin(), found.end(),
                      [&](const ArcPath& p) { return p.arcs == whole.arcs; });
      if (!seen) pending.push_back(MakeCandidate(g, w, a, std::move(whole)));
    }
    if (pending.empty()) break;
    auto best = std::min_element(pending.begin(), pending.end(), Before);
    found.push_back(std::move(best->path));
    pending.erase(best);
  }
  return found;
}

Path ToPath(const KnowledgeGraph& g, const WalkGraph& w, Vertex a, const ArcPath& p) {
  Path out;
  out.vertices = VerticesOf(w, a, p);
  for (int id : p.arcs) {
    const internal::Arc& arc = w.arcs[id];
    const EdgeProps& e = g.graph()[arc.edge];
    PathHop hop;
    hop.from = arc.from;
    hop.to = arc.to;
    hop.edge = arc.edge;
    hop.relation = e.relation;
    hop.forward = arc.forward;
    hop.weight = e.weight;
    hop.evidence_count = e.evidence_count;
    const AggregatedRelation& r = g.relation(arc.edge);
    if (!r.evidence.empty()) hop.evidence = r.evidence.front();
    out.cost += 1.0 + 1.0 / (1.0 + e.weight);
    out.hops.push_back(std::move(hop));
  }
  return out;
}

bool Contains(const std::vector<EntityType>& types, EntityType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

}  // namespace

std::optional<PathResult> FindPath(const KnowledgeGraph& g, Vertex a, Vertex b,
                                   const PathOptions& options) {
  if (!options.since.empty() || !options.until.empty()) {
    return internal::FindPathInDateWindow(g, a, b, options);
  }
  const Graph& graph = g.graph();
  const size_t n = boost::num_vertices(graph);
  if (a >= n || b >= n) return std::nullopt;
  internal::WalkFilter filter;
  filter.directed = options.directed;
  filter.relations = options.relations;
  filter.include_co_mentioned = options.include_co_mentioned;
  filter.vertex_ok.assign(n, 1);
  for (Vertex v = 0; v < n; ++v) {
    const EntityType t = graph[v].type;
    if (Contains(options.avoid_types, t)) filter.vertex_ok[v] = 0;
    if (!options.via_types.empty() && !Contains(options.via_types, t)) filter.vertex_ok[v] = 0;
  }
  for (Vertex v : options.avoid) {
    if (v < n) filter.vertex_ok[v] = 0;
  }
  filter.vertex_ok[a] = filter.vertex_ok[b] = 1;

  const int k = std::max(1, options.k);
  PathResult result;
  WalkGraph w = internal::BuildWalkGraph(g, filter);
  std::vector<ArcPath> found = KShortest(g, w, a, b, k, options.max_hops);
  if (found.empty() && options.relations.empty() && !options.include_co_mentioned) {
    filter.include_co_mentioned = true;
    w = internal::BuildWalkGraph(g, filter);
    found = KShortest(g, w, a, b, k, options.max_hops);
    result.co_mentioned_fallback = !found.empty();
  }
  if (found.empty()) return std::nullopt;
  for (const ArcPath& p : found) result.paths.push_back(ToPath(g, w, a, p));
  return result;
}

NoPathReport ExplainNoPath(const KnowledgeGraph& g, Vertex a, Vertex b) {
  NoPathReport r;
  const size_t n = boost::num_vertices(g.graph());
  if (a >= n || b >= n) return r;
  internal::Components c = internal::WeakComponents(g);
  r.from = {c.component[a], c.size[c.component[a]]};
  r.to = {c.component[b], c.size[c.component[b]]};
  r.same_component = r.from.id == r.to.id;
  return r;
}

std::string DebugString(const KnowledgeGraph& g, const Path& path) {
  const Graph& graph = g.graph();
  std::string out;
  if (path.vertices.empty()) return out;
  out = graph[path.vertices.front()].id;
  for (const PathHop& hop : path.hops) {
    out += hop.forward ? " -" + hop.relation + "-> " : " <-" + hop.relation + "- ";
    out += graph[hop.to].id;
  }
  return out;
}

}  // namespace kg::query
