#include "query/arcs.h"

#include <algorithm>
#include <tuple>

namespace kg::query::internal {

ArcFilter MakeArcFilter(const Topology& t, const std::vector<std::string>& relations,
                        bool include_co_mentioned, bool directed) {
  ArcFilter f;
  f.directed = directed;
  const int codes = std::max(0, t.num_relation_codes());
  f.relation_ok.assign(codes, 0);
  f.symmetric.assign(codes, 0);
  WalkFilter w;
  w.relations = relations;
  w.include_co_mentioned = include_co_mentioned;
  for (int c = 0; c < codes; ++c) {
    const std::string name(t.relation_name(c));
    f.relation_ok[c] = RelationAllowed(w, name);
    f.symmetric[c] = IsSymmetricRelation(name);
  }
  return f;
}

void Scratch::Next(size_t n) {
  if (fmark.size() < n) {
    for (auto* v : {&fmark, &bmark, &dag, &rmark, &amark}) v->assign(n, 0);
    for (auto* v : {&fdist, &bdist, &pos}) v->assign(n, 0);
    cost.assign(n, 0);
    gen = 0;
  }
  if (++gen == 0) {
    for (auto* v : {&fmark, &bmark, &dag, &rmark, &amark}) std::fill(v->begin(), v->end(), 0);
    gen = 1;
  }
}

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void MarkVertexRules(const ArcFilter& f, Scratch& s) {
  for (int32_t v : f.avoid) s.amark[v] = s.gen;
  for (int32_t v : f.removed_vertices) s.rmark[v] = s.gen;
}

namespace {

bool Removed(const ArcFilter& f, int32_t from, int32_t to) {
  for (const auto& [x, y] : f.removed_arcs) {
    if (x == from && y == to) return true;
  }
  return false;
}

// Orders arcs between the same two vertices: cheapest, then forward, then relation name (codes
// follow names), then store order (edge ids follow it within one source).
auto ArcKey(const Topology& t, Cost cost, int32_t edge, bool forward) {
  return std::make_tuple(cost, !forward, t.relation_code(edge), edge);
}

}  // namespace

std::optional<ArcRef> BestArc(const Topology& t, const ArcFilter& f, int32_t from, int32_t to) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  std::optional<ArcRef> best;
  Cost best_cost = 0;
  if (Removed(f, from, to)) return best;
  ForEachArcFrom(t, f, from, [&](int32_t v, int32_t e, bool forward) {
    if (v != to) return;
    const Cost c = HopCost(t.weight(e), n);
    if (!best || ArcKey(t, c, e, forward) < ArcKey(t, best_cost, best->edge, best->forward)) {
      best = ArcRef{from, to, e, forward};
      best_cost = c;
    }
  });
  return best;
}

std::optional<ArcPath2> ShortestArcPath(const Topology& t, const ArcFilter& f, int32_t a,
                                        int32_t b, int max_hops) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  if (a < 0 || b < 0 || static_cast<size_t>(a) >= n || static_cast<size_t>(b) >= n) {
    return std::nullopt;
  }
  if (a == b) return ArcPath2{};
  Scratch& s = ThreadScratch();
  s.Next(n);
  MarkVertexRules(f, s);
  const uint32_t gen = s.gen;
  auto removed = [&](int32_t from, int32_t to) {
    return !f.removed_arcs.empty() && Removed(f, from, to);
  };
  auto volume = [&](const std::vector<int32_t>& frontier) {
    int64_t sum = 0;
    for (int32_t v : frontier) {
      sum += (t.out_end(v) - t.out_begin(v)) + static_cast<int64_t>(t.in_sources(v).size());
    }
    return sum;
  };

  // 1. Bidirectional BFS until the two balls meet: d = hops, M = the meeting vertices, all at
  //    distance P from a and d - P from b.
  std::vector<int32_t> ffront{a}, bfront{b}, next, meet;
  s.fmark[a] = gen;
  s.fdist[a] = 0;
  s.bmark[b] = gen;
  s.bdist[b] = 0;
  int i = 0, j = 0;  // levels done on each side
  int P = -1, d = -1;
  while (meet.empty()) {
    if (ffront.empty() || bfront.empty()) return std::nullopt;
    if (max_hops > 0 && i + j + 1 > max_hops) return std::nullopt;
    next.clear();
    if (volume(ffront) <= volume(bfront)) {
      for (int32_t u : ffront) {
        ForEachArcFrom(t, f, u, [&](int32_t v, int32_t, bool) {
          if (s.fmark[v] == gen) return;
          if (!VertexOk(t, f, s, v) || removed(u, v)) return;
          s.fmark[v] = gen;
          s.fdist[v] = i + 1;
          if (s.bmark[v] == gen) {
            meet.push_back(v);
          } else {
            next.push_back(v);
          }
        });
      }
      ++i;
      ffront.swap(next);
      if (!meet.empty()) P = i, d = i + j;
    } else {
      for (int32_t v : bfront) {
        ForEachArcInto(t, f, v, [&](int32_t u, int32_t, bool) {
          if (s.bmark[u] == gen) return;
          if (!VertexOk(t, f, s, u) || removed(u, v)) return;
          s.bmark[u] = gen;
          s.bdist[u] = j + 1;
          if (s.fmark[u] == gen) {
            meet.push_back(u);
          } else {
            next.push_back(u);
          }
        });
      }
      ++j;
      bfront.swap(next);
      if (!meet.empty()) P = i, d = i + j;
    }
  }
  if (max_hops > 0 && d > max_hops) return std::nullopt;

  // 2. The DAG of shortest paths, level by level: L[P] = M, back to a through the forward ball,
  //    on to b through the backward ball.
  std::vector<std::vector<int32_t>> level(d + 1);
  for (int32_t v : meet) {
    s.dag[v] = gen;
    s.pos[v] = P;
  }
  level[P] = std::move(meet);
  for (int p = P; p > 0; --p) {
    for (int32_t v : level[p]) {
      ForEachArcInto(t, f, v, [&](int32_t x, int32_t, bool) {
        if (s.fmark[x] != gen || s.fdist[x] != p - 1 || s.dag[x] == gen || removed(x, v)) return;
        s.dag[x] = gen;
        s.pos[x] = p - 1;
        level[p - 1].push_back(x);
      });
    }
  }
  for (int p = P; p < d; ++p) {
    for (int32_t w : level[p]) {
      ForEachArcFrom(t, f, w, [&](int32_t x, int32_t, bool) {
        if (s.bmark[x] != gen || s.bdist[x] != d - p - 1 || s.dag[x] == gen || removed(w, x)) {
          return;
        }
        s.dag[x] = gen;
        s.pos[x] = p + 1;
        level[p + 1].push_back(x);
      });
    }
  }

  // 3. Cheapest cost to b over the DAG, from b backwards.
  auto in_level = [&](int32_t v, int p) { return s.dag[v] == gen && s.pos[v] == p; };
  s.cost[b] = 0;
  for (int p = d - 1; p >= 0; --p) {
    for (int32_t u : level[p]) {
      Cost best = kInfinity;
      ForEachArcFrom(t, f, u, [&](int32_t v, int32_t e, bool) {
        if (!in_level(v, p + 1) || removed(u, v)) return;
        best = std::min(best, HopCost(t.weight(e), n) + s.cost[v]);
      });
      s.cost[u] = best;
    }
  }

  // 4. From a, the tight arc to the smallest next id at every step.
  ArcPath2 path;
  path.cost = s.cost[a];
  int32_t cur = a;
  for (int p = 0; p < d; ++p) {
    int32_t chosen = -1;
    ForEachArcFrom(t, f, cur, [&](int32_t v, int32_t e, bool) {
      if (!in_level(v, p + 1) || removed(cur, v)) return;
      if (HopCost(t.weight(e), n) + s.cost[v] != s.cost[cur]) return;
      if (chosen < 0 || (v != chosen && t.id(v) < t.id(chosen))) chosen = v;
    });
    if (chosen < 0) return std::nullopt;  // cannot happen: every DAG vertex reaches b
    std::optional<ArcRef> arc = BestArc(t, f, cur, chosen);
    path.arcs.push_back(*arc);
    cur = chosen;
  }
  return path;
}

}  // namespace kg::query::internal
