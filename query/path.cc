#include "query/path.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "query/arcs.h"
#include "query/path_dates.h"

namespace kg::query {
namespace {

using internal::ArcPath2;
using internal::ArcRef;

std::vector<int32_t> VerticesOf(int32_t start, const ArcPath2& p) {
  std::vector<int32_t> out{start};
  for (const ArcRef& arc : p.arcs) out.push_back(arc.to);
  return out;
}

// Candidate order in Yen's algorithm: cost, then the vertex ids from the start.
struct Candidate {
  ArcPath2 path;
  std::vector<std::string_view> ids;
};
bool Before(const Candidate& x, const Candidate& y) {
  if (x.path.cost != y.path.cost) return x.path.cost < y.path.cost;
  return x.ids < y.ids;
}

Candidate MakeCandidate(const Topology& t, int32_t a, ArcPath2 p) {
  Candidate c;
  for (int32_t v : VerticesOf(a, p)) c.ids.push_back(t.id(v));
  c.path = std::move(p);
  return c;
}

// Yen's k shortest simple paths a → b over the arcs; each within max_hops (0 = any).
std::vector<ArcPath2> KShortest(const Topology& t, internal::ArcFilter f, int32_t a, int32_t b,
                                int k, int max_hops) {
  std::vector<ArcPath2> found;
  auto within = [&](const ArcPath2& p) {
    return max_hops <= 0 || static_cast<int>(p.arcs.size()) <= max_hops;
  };
  std::optional<ArcPath2> first = internal::ShortestArcPath(t, f, a, b, max_hops);
  // Hop count dominates the cost, so the cheapest path also has the fewest hops.
  if (!first || !within(*first)) return found;
  found.push_back(std::move(*first));
  std::vector<Candidate> pending;
  while (static_cast<int>(found.size()) < k) {
    const ArcPath2& last = found.back();
    const std::vector<int32_t> last_vertices = VerticesOf(a, last);
    for (size_t i = 0; i < last.arcs.size(); ++i) {
      const int32_t spur = last_vertices[i];
      f.removed_vertices.assign(last_vertices.begin(), last_vertices.begin() + i);
      f.removed_arcs.clear();
      for (const ArcPath2& p : found) {
        if (p.arcs.size() > i &&
            std::equal(p.arcs.begin(), p.arcs.begin() + i, last.arcs.begin())) {
          f.removed_arcs.emplace_back(p.arcs[i].from, p.arcs[i].to);
        }
      }
      std::optional<ArcPath2> tail = internal::ShortestArcPath(t, f, spur, b, 0);
      if (!tail) continue;
      ArcPath2 whole;
      whole.arcs.assign(last.arcs.begin(), last.arcs.begin() + i);
      for (const ArcRef& arc : whole.arcs) {
        whole.cost += internal::HopCost(t.weight(arc.edge), t.num_vertices());
      }
      whole.arcs.insert(whole.arcs.end(), tail->arcs.begin(), tail->arcs.end());
      whole.cost += tail->cost;
      if (!within(whole)) continue;
      const bool seen =
          std::any_of(pending.begin(), pending.end(),
                      [&](const Candidate& c) { return c.path.arcs == whole.arcs; }) ||
          std::any_of(found.begin(), found.end(),
                      [&](const ArcPath2& p) { return p.arcs == whole.arcs; });
      if (!seen) pending.push_back(MakeCandidate(t, a, std::move(whole)));
    }
    if (pending.empty()) break;
    auto best = std::min_element(pending.begin(), pending.end(), Before);
    found.push_back(std::move(best->path));
    pending.erase(best);
  }
  return found;
}

TopoPath ToTopoPath(const Topology& t, int32_t a, const ArcPath2& p) {
  TopoPath out;
  out.vertices = VerticesOf(a, p);
  for (const ArcRef& arc : p.arcs) {
    out.hops.push_back(TopoHop{arc.from, arc.to, arc.edge, arc.forward});
    out.cost += 1.0 + 1.0 / (1.0 + t.weight(arc.edge));
  }
  return out;
}

bool Contains(const std::vector<EntityType>& types, EntityType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

}  // namespace

std::optional<TopoPathResult> FindPath(const Topology& t, Vertex a, Vertex b,
                                       const PathOptions& options) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  if (a >= n || b >= n) return std::nullopt;
  internal::ArcFilter f = internal::MakeArcFilter(t, options.relations,
                                                  options.include_co_mentioned, options.directed);
  f.type_mask = 0;
  for (EntityType type : {EntityType::kGroup, EntityType::kPlace, EntityType::kPerson,
                          EntityType::kOrganization, EntityType::kAttack}) {
    const bool ok = !Contains(options.avoid_types, type) &&
                    (options.via_types.empty() || Contains(options.via_types, type));
    if (ok) f.type_mask |= 1u << static_cast<unsigned>(type);
  }
  for (Vertex v : options.avoid) {
    if (v < n) f.avoid.push_back(static_cast<int32_t>(v));
  }
  f.exempt_a = static_cast<int32_t>(a);
  f.exempt_b = static_cast<int32_t>(b);

  const int k = std::max(1, options.k);
  const int32_t from = static_cast<int32_t>(a), to = static_cast<int32_t>(b);
  TopoPathResult result;
  std::vector<ArcPath2> found = KShortest(t, f, from, to, k, options.max_hops);
  if (found.empty() && options.relations.empty() && !options.include_co_mentioned) {
    internal::ArcFilter wide =
        internal::MakeArcFilter(t, {}, /*include_co_mentioned=*/true, options.directed);
    f.relation_ok = wide.relation_ok;
    found = KShortest(t, f, from, to, k, options.max_hops);
    result.co_mentioned_fallback = !found.empty();
  }
  if (found.empty()) return std::nullopt;
  for (const ArcPath2& p : found) result.paths.push_back(ToTopoPath(t, from, p));
  return result;
}

std::optional<PathResult> FindPath(const KnowledgeGraph& g, Vertex a, Vertex b,
                                   const PathOptions& options) {
  if (!options.since.empty() || !options.until.empty()) {
    return internal::FindPathInDateWindow(g, a, b, options);
  }
  std::optional<TopoPathResult> r = FindPath(g.topology(), a, b, options);
  if (!r) return std::nullopt;
  PathResult out;
  out.co_mentioned_fallback = r->co_mentioned_fallback;
  for (const TopoPath& tp : r->paths) {
    Path p;
    p.vertices.assign(tp.vertices.begin(), tp.vertices.end());
    p.cost = tp.cost;
    for (const TopoHop& h : tp.hops) {
      const Edge edge = g.edge(h.edge);
      const EdgeProps& e = g.graph()[edge];
      PathHop hop;
      hop.from = static_cast<Vertex>(h.from);
      hop.to = static_cast<Vertex>(h.to);
      hop.edge = edge;
      hop.relation = e.relation;
      hop.forward = h.forward;
      hop.weight = e.weight;
      hop.evidence_count = e.evidence_count;
      const AggregatedRelation& r = g.relation(edge);
      if (!r.evidence.empty()) hop.evidence = r.evidence.front();
      p.hops.push_back(std::move(hop));
    }
    out.paths.push_back(std::move(p));
  }
  return out;
}

NoPathReport ExplainNoPath(const Topology& t, Vertex a, Vertex b) {
  NoPathReport r;
  const size_t n = static_cast<size_t>(t.num_vertices());
  if (a >= n || b >= n) return r;
  const int32_t ca = t.component(static_cast<int32_t>(a));
  const int32_t cb = t.component(static_cast<int32_t>(b));
  r.from = {ca, t.component_size(ca)};
  r.to = {cb, t.component_size(cb)};
  r.same_component = r.from.id == r.to.id;
  return r;
}

NoPathReport ExplainNoPath(const KnowledgeGraph& g, Vertex a, Vertex b) {
  return ExplainNoPath(g.topology(), a, b);
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
