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

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
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

// A set of vertices as one bit each: small enough (n/8 bytes) to stay in cache where a search
// tests membership once per arc. Kept all clear between searches: whoever sets bits clears them
// (ClearWords over the vertices it set).
struct VertexBits {
  std::vector<uint64_t> words;
  bool test(int32_t v) const { return (words[static_cast<uint32_t>(v) >> 6] >> (v & 63)) & 1u; }
  void set(int32_t v) { words[static_cast<uint32_t>(v) >> 6] |= uint64_t{1} << (v & 63); }
  // Clears the word of every vertex listed (all of a word's set bits belong to the same search).
  template <typename List>
  void ClearWords(const List& vertices) {
    for (int32_t v : vertices) words[static_cast<uint32_t>(v) >> 6] = 0;
  }
};

// Runs a function when the scope ends (clears a search's bits on every return path).
template <typename F>
struct OnExit {
  F f;
  ~OnExit() { f(); }
};
template <typename F>
OnExit(F) -> OnExit<F>;

// Per-thread marks, sized to the largest topology seen.
struct Scratch {
  VertexBits fseen, bseen, dseen;  // all clear between searches
  VertexBits flev, blev;           // ShortestArcPath: ball vertices with fdist / bdist set
  std::vector<int32_t> order;       // BreadthFirst's vertices
  std::vector<uint32_t> fmark, bmark, dag, rmark, amark;
  std::vector<int32_t> fdist, bdist, pos;
  std::vector<int32_t> fqueue, bqueue;  // ShortestArcPath's two balls, one slot per vertex
  std::vector<Cost> cost;
  std::vector<int32_t> list;  // a free list for callers
  uint32_t gen = 0;
  bool vertex_rules = false;  // set by MarkVertexRules: false when every vertex may be walked
  // A fresh generation over n vertices (all marks read as unset).
  void Next(size_t n);
};
Scratch& ThreadScratch();

// Whether v may be walked through (see ArcFilter); `avoid` and `removed_vertices` must have been
// marked in s.amark / s.rmark for this generation.
inline bool VertexOk(const Topology& t, const ArcFilter& f, const Scratch& s, int32_t v) {
  if (!s.vertex_rules) return true;
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
  const auto codes = t.in_relations(u);
  for (size_t i = 0; i < sources.size(); ++i) {
    const int32_t v = sources[i];
    const uint16_t code = codes[i];
    if (v == u || !f.relation_ok[code] || (f.directed && !f.symmetric[code])) continue;
    if (f.min_weight > 0 && t.weight(edges[i]) < f.min_weight) continue;
    fn(v, edges[i], false);
  }
}

// Calls fn(from, edge, forward) for every arc entering v.
template <typename Fn>
inline void ForEachArcInto(const Topology& t, const ArcFilter& f, int32_t v, Fn&& fn) {
  const auto sources = t.in_sources(v);
  const auto edges = t.in_edges(v);
  const auto codes = t.in_relations(v);
  for (size_t i = 0; i < sources.size(); ++i) {
    const int32_t u = sources[i];
    if (u == v || !f.relation_ok[codes[i]]) continue;
    if (f.min_weight > 0 && t.weight(edges[i]) < f.min_weight) continue;
    fn(u, edges[i], true);
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

// Whether some arc u → v has pred(u); stops at the first (arcs into v as ForEachArcInto lists
// them). `scanned` counts the arcs looked at.
template <typename Pred>
inline bool AnyArcInto(const Topology& t, const ArcFilter& f, int32_t v, int64_t& scanned,
                       Pred&& pred) {
  const auto sources = t.in_sources(v);
  const auto codes = t.in_relations(v);
  const auto edges = t.in_edges(v);
  for (size_t i = 0; i < sources.size(); ++i) {
    const int32_t u = sources[i];
    if (u == v || !f.relation_ok[codes[i]]) continue;
    if (f.min_weight > 0 && t.weight(edges[i]) < f.min_weight) continue;
    ++scanned;
    if (pred(u)) return true;
  }
  for (int32_t e = t.out_begin(v), end = t.out_end(v); e < end; ++e) {
    const int32_t u = t.target(e);
    const uint16_t code = t.relation_code(e);
    if (u == v || !f.relation_ok[code] || (f.directed && !f.symmetric[code])) continue;
    if (f.min_weight > 0 && t.weight(e) < f.min_weight) continue;
    ++scanned;
    if (pred(u)) return true;
  }
  return false;
}

inline int64_t Degree(const Topology& t, int32_t v) {
  return (t.out_end(v) - t.out_begin(v)) + static_cast<int64_t>(t.in_sources(v).size());
}

// Direction-optimizing breadth-first search (Beamer, Asanović, Patterson, SC 2012): a level is
// expanded top-down (the frontier's arcs) while the frontier is small, bottom-up (every vertex not
// yet reached looks for a parent in the frontier, and stops at the first) once the frontier's arcs
// outweigh a fourteenth of the arcs left unexplored and it holds over a 24th of the vertices.
// Within a level, top-down visits in discovery order, bottom-up in vertex order.
template <typename Visit>
int64_t BreadthFirst(const Topology& t, const ArcFilter& f, int32_t center, int depth,
                     Visit&& visit) {
  constexpr int64_t kAlpha = 14, kBeta = 24;
  Scratch& s = ThreadScratch();
  const int32_t n = t.num_vertices();
  s.Next(static_cast<size_t>(n));
  MarkVertexRules(f, s);
  int64_t scanned = 0;
  std::vector<int32_t>& order = s.order;  // every vertex reached, level after level
  order.clear();
  order.push_back(center);
  OnExit clear{[&] { s.fseen.ClearWords(order); }};
  s.fseen.set(center);
  visit(center, 0);
  int64_t unexplored = 2 * static_cast<int64_t>(t.num_edges()) - Degree(t, center);
  size_t begin = 0;
  for (int d = 1; (depth < 0 || d <= depth) && begin < order.size(); ++d) {
    const size_t end = order.size();
    int64_t frontier_arcs = 0;
    for (size_t k = begin; k < end; ++k) frontier_arcs += Degree(t, order[k]);
    // The last level of a bounded search leads nowhere further: bottom-up only when it is
    // cheaper outright (every unexplored arc and vertex against the frontier's arcs).
    const bool last = depth >= 0 && d == depth;
    const bool bottom_up =
        last ? frontier_arcs > unexplored + n
             : frontier_arcs * kAlpha > unexplored && static_cast<int64_t>(end - begin) * kBeta > n;
    if (!bottom_up) {
      for (size_t k = begin; k < end; ++k) {
        ForEachArcFrom(t, f, order[k], [&](int32_t v, int32_t, bool) {
          ++scanned;
          if (s.fseen.test(v) || !VertexOk(t, f, s, v)) return;
          s.fseen.set(v);
          order.push_back(v);
        });
      }
    } else {
      for (size_t k = begin; k < end; ++k) s.bseen.set(order[k]);  // the frontier
      for (int32_t base = 0; base < n; base += 64) {
        const uint64_t seen = s.fseen.words[static_cast<uint32_t>(base) >> 6];
        if (seen == ~uint64_t{0}) continue;
        const int32_t top = std::min(n, base + 64);
        for (int32_t v = base; v < top; ++v) {
          if (((seen >> (v - base)) & 1u) || !VertexOk(t, f, s, v)) continue;
          // Parents are looked up in the frontier (bseen): v, found now, is none at this level.
          if (AnyArcInto(t, f, v, scanned, [&](int32_t u) { return s.bseen.test(u); })) {
            s.fseen.set(v);
            order.push_back(v);
          }
        }
      }
      s.bseen.ClearWords(std::span<const int32_t>(order.data() + begin, end - begin));
    }
    for (size_t k = end; k < order.size(); ++k) {
      unexplored -= Degree(t, order[k]);
      visit(order[k], d);
    }
    begin = end;
  }
  return scanned;
}

}  // namespace kg::query::internal

#endif  // KG_QUERY_ARCS_H_
