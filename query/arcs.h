// Internal to query/: searches straight on a Topology's CSR arrays, with no walk graph built per
// query. An arc is a stored relation walked in one direction, as in walk.h: source → target, plus
// target → source when the walk is undirected or the relation symmetric; relations failing the
// filter and self-loops are not arcs. Parallel relations between two vertices are parallel arcs;
// where one must be named, the best one is (cheapest, forward, relation name, store order), the
// arc BuildWalkGraph would have kept.
//
// Per-vertex marks live in a Scratch reused between queries (generation counters), so a search
// costs what it visits, not the size of the graph.
//
//   internal::ArcFilter f = internal::MakeArcFilter(t, relations, include_co_mentioned, directed);
//   std::optional<internal::ArcPath2> p = internal::ShortestArcPath(t, f, a, b, {}, 0);
#ifndef KG_QUERY_ARCS_H_
#define KG_QUERY_ARCS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/topology.h"
#include "query/walk.h"

namespace kg::query::internal {

struct ArcFilter {
  bool directed = false;
  std::vector<char> relation_ok;  // by relation code
  std::vector<char> symmetric;    // by relation code
  double min_weight = 0;
  // Vertex rule: ok(v) = v is an exempt end, or (its type is allowed and it is not avoided).
  unsigned type_mask = ~0u;    // bit (1 << type) set = allowed
  std::vector<int32_t> avoid;  // sorted
  int32_t exempt_a = -1;
  int32_t exempt_b = -1;
  // Yen's spur searches: vertices and (from, to) arcs taken out.
  std::vector<int32_t> removed_vertices;              // sorted
  std::vector<std::pair<int32_t, int32_t>> removed_arcs;
};

// Relations: `relations` by name, or (when empty) every relation but co_mentioned unless
// `include_co_mentioned`.
ArcFilter MakeArcFilter(const Topology& t, const std::vector<std::string>& relations,
                        bool include_co_mentioned, bool directed);

// One arc: from → to over edge `edge`, walked forward (edge source → target) or backward.
struct ArcRef {
  int32_t from = 0;
  int32_t to = 0;
  int32_t edge = 0;
  bool forward = true;
  bool operator==(const ArcRef& o) const { return from == o.from && to == o.to; }
};

struct ArcPath2 {
  std::vector<ArcRef> arcs;
  Cost cost = 0;  // fixed point, as walk.h's HopCost
};

// The cheapest path a → b (fewest hops, then the sum of strength terms, then the
// lexicographically smallest vertex ids from a), exactly as walk.h's ShortestPath finds it:
// bidirectional BFS for the hop count, then the costs over the DAG of shortest paths only.
// nullopt when there is none, or none within max_hops (> 0).
std::optional<ArcPath2> ShortestArcPath(const Topology& t, const ArcFilter& f, int32_t a,
                                        int32_t b, int max_hops);

// The best arc from → to, when there is one.
std::optional<ArcRef> BestArc(const Topology& t, const ArcFilter& f, int32_t from, int32_t to);

// Hop distances from `center` up to `depth` over the arcs (vertices failing the vertex rule are
// not entered). Calls visit(v, d) for every vertex reached, center first with d = 0, level by
// level. Returns the number of arcs examined.
template <typename Visit>
int64_t BreadthFirst(const Topology& t, const ArcFilter& f, int32_t center, int depth, Visit&& visit);

// Per-thread marks, sized to the largest topology seen.
struct Scratch {
  std::vector<uint32_t> fmark, bmark, dag, rmark, amark;
  std::vector<int32_t> fdist, bdist, pos;
  std::vector<Cost> cost;
  std::vector<int32_t> list;  // a free list for callers
  uint32_t gen = 0;
  // A fresh generation over n vertices (all marks read as unset).
  void Next(size_t n);
};
Scratch& ThreadScratch();

// Whether v may be walked through (see ArcFilter); `avoid` and `removed_vertices` must have been
// marked in s.amark / s.rmark for this generation.
inline bool VertexOk(const Topology& t, const ArcFilter& f, const Scratch& s, int32_t v) {
  if (v == f.exempt_a || v == f.exempt_b) return s.rmark[v] != s.gen;
  if (!((f.type_mask >> static_cast<unsigned>(t.type(v))) & 1u)) return false;
  return s.amark[v] != s.gen && s.rmark[v] != s.gen;
}

// Calls fn(to, edge, forward) for every arc leaving u.
template <typename Fn>
inline void ForEachArcFrom(const Topology& t, const ArcFilter& f, int32_t u, Fn&& fn) {
  for (int32_t e = t.out_begin(u), end = t.out_end(u); e < end; ++e) {
    const int32_t v = t.target(e);
    if (v == u || !f.relation_ok[t.relation_code(e)]) continue;
    if (f.min_weight > 0 && t.weight(e) < f.min_weight) continue;
    fn(v, e, true);
  }
  const auto sources = t.in_sources(u);
  const auto edges = t.in_edges(u);
  for (size_t i = 0; i < sources.size(); ++i) {
    const int32_t v = sources[i], e = edges[i];
    const uint16_t code = t.relation_code(e);
    if (v == u || !f.relation_ok[code] || (f.directed && !f.symmetric[code])) continue;
    if (f.min_weight > 0 && t.weight(e) < f.min_weight) continue;
    fn(v, e, false);
  }
}

// Calls fn(from, edge, forward) for every arc entering v.
template <typename Fn>
inline void ForEachArcInto(const Topology& t, const ArcFilter& f, int32_t v, Fn&& fn) {
  const auto sources = t.in_sources(v);
  const auto edges = t.in_edges(v);
  for (size_t i = 0; i < sources.size(); ++i) {
    const int32_t u = sources[i], e = edges[i];
    if (u == v || !f.relation_ok[t.relation_code(e)]) continue;
    if (f.min_weight > 0 && t.weight(e) < f.min_weight) continue;
    fn(u, e, true);
  }
  for (int32_t e = t.out_begin(v), end = t.out_end(v); e < end; ++e) {
    const int32_t u = t.target(e);
    const uint16_t code = t.relation_code(e);
    if (u == v || !f.relation_ok[code] || (f.directed && !f.symmetric[code])) continue;
    if (f.min_weight > 0 && t.weight(e) < f.min_weight) continue;
    fn(u, e, false);
  }
}

// Marks f.avoid and f.removed_vertices in s (for VertexOk) for the current generation.
void MarkVertexRules(const ArcFilter& f, Scratch& s);

template <typename Visit>
int64_t BreadthFirst(const Topology& t, const ArcFilter& f, int32_t center, int depth,
                     Visit&& visit) {
  Scratch& s = ThreadScratch();
  s.Next(static_cast<size_t>(t.num_vertices()));
  MarkVertexRules(f, s);
  int64_t scanned = 0;
  std::vector<int32_t> frontier{center}, next;
  s.fmark[center] = s.gen;
  visit(center, 0);
  for (int d = 1; (depth < 0 || d <= depth) && !frontier.empty(); ++d) {
    next.clear();
    for (int32_t u : frontier) {
      ForEachArcFrom(t, f, u, [&](int32_t v, int32_t, bool) {
        ++scanned;
        if (s.fmark[v] == s.gen || !VertexOk(t, f, s, v)) return;
        s.fmark[v] = s.gen;
        next.push_back(v);
        visit(v, d);
      });
    }
    frontier.swap(next);
  }
  return scanned;
}

}  // namespace kg::query::internal

#endif  // KG_QUERY_ARCS_H_
