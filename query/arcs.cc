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
  const size_t words = (n + 63) / 64;
  if (fseen.words.size() < words) {
    for (VertexBits* b : {&fseen, &bseen, &dseen, &flev, &blev}) b->words.assign(words, 0);
  }
  if (fmark.size() < n) {
    for (auto* v : {&fmark, &bmark, &dag, &rmark, &amark}) v->assign(n, 0);
    for (auto* v : {&fdist, &bdist, &pos, &fqueue, &bqueue}) v->assign(n, 0);
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

// Every entity type's bit in ArcFilter::type_mask.
constexpr unsigned kTypeBits = (1u << (static_cast<unsigned>(EntityType::kAttack) + 1)) - 1;

void MarkVertexRules(const ArcFilter& f, Scratch& s) {
  s.vertex_rules = !f.avoid.empty() || !f.removed_vertices.empty() || (~f.type_mask & kTypeBits) != 0;
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

// The arcs a scan of these vertices' adjacency reads.
int64_t Volume(const Topology& t, std::span<const int32_t> vertices) {
  int64_t sum = 0;
  for (int32_t v : vertices) sum += Degree(t, v);
  return sum;
}

// One side of a bidirectional search: the vertices reached, level after level, in a queue kept in
// the thread's Scratch (one slot per vertex, so nothing is allocated per query), and each
// completed level's volume.
struct Ball {
  std::vector<int32_t>& queue;
  std::vector<size_t> start;    // level k is queue[start[k], start[k + 1])
  std::vector<int64_t> volume;  // by level; 0 for a level that met (never expanded)
  size_t tail = 1;

  Ball(std::vector<int32_t>& q, int32_t origin, int64_t degree)
      : queue(q), start{0, 1}, volume{degree} {
    queue[0] = origin;
  }
  int levels() const { return static_cast<int>(start.size()) - 2; }  // levels beyond the origin
  std::span<const int32_t> Level(int k) const {
    return {queue.data() + start[k], start[k + 1] - start[k]};
  }
  std::span<const int32_t> Front() const { return Level(levels()); }
  std::span<const int32_t> Reached() const { return {queue.data(), tail}; }
  void Add(int32_t v) { queue[tail++] = v; }
  void EndLevel(const Topology& t, bool met) {
    start.push_back(tail);
    volume.push_back(met ? 0 : Volume(t, Front()));
  }
};

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
  auto removed = [&](int32_t from, int32_t to) {
    return !f.removed_arcs.empty() && Removed(f, from, to);
  };

  // 1. Bidirectional BFS until the two balls meet: d = hops, M = the meeting vertices, all at
  //    distance P from a and d - P from b. Each side keeps its completed levels and their volumes
  //    (the arcs a scan of the level reads). The level that meets also keeps every arc it found
  //    into M (forward) or out of M (backward): the DAG's arcs next to M, not scanned again below.
  Ball fwd(s.fqueue, a, Degree(t, a)), bwd(s.bqueue, b, Degree(t, b));
  std::vector<int32_t> meet;
  std::vector<ArcRef> meet_arcs;
  std::vector<std::vector<int32_t>> level;  // the DAG's levels (step 2)
  // Step 2's labelled ball levels (flev + fdist, blev + bdist).
  std::vector<std::span<const int32_t>> flabelled, blabelled;
  OnExit clear{[&] {
    s.fseen.ClearWords(fwd.Reached());
    s.bseen.ClearWords(bwd.Reached());
    for (const auto& l : flabelled) s.flev.ClearWords(l);
    for (const auto& l : blabelled) s.blev.ClearWords(l);
    for (const auto& l : level) s.dseen.ClearWords(l);
    s.fseen.ClearWords(meet);
    s.bseen.ClearWords(meet);
  }};
  s.fseen.set(a);
  s.bseen.set(b);
  int P = -1, d = -1;
  bool met_forward = false;
  while (meet.empty()) {
    const int i = fwd.levels(), j = bwd.levels();  // levels done on each side
    if (fwd.Front().empty() || bwd.Front().empty()) return std::nullopt;
    if (max_hops > 0 && i + j + 1 > max_hops) return std::nullopt;
    if (fwd.volume.back() <= bwd.volume.back()) {
      for (size_t k = fwd.start[i]; k < fwd.start[i + 1]; ++k) {
        const int32_t u = fwd.queue[k];
        ForEachArcFrom(t, f, u, [&](int32_t v, int32_t e, bool forward) __attribute__((always_inline)) {
          if (s.fseen.test(v)) {
            // Seen on both sides: met at this level (an earlier meeting would have ended the
            // search), so u → v is one more arc into M.
            if (s.bseen.test(v) && !removed(u, v)) meet_arcs.push_back(ArcRef{u, v, e, forward});
            return;
          }
          if (!VertexOk(t, f, s, v) || removed(u, v)) return;
          s.fseen.set(v);
          if (s.bseen.test(v)) {
            meet.push_back(v);
            meet_arcs.push_back(ArcRef{u, v, e, forward});
          } else {
            fwd.Add(v);
          }
        });
      }
      // A level that met is never expanded: its volume is not needed.
      fwd.EndLevel(t, !meet.empty());
      if (!meet.empty()) P = i + 1, d = i + 1 + j, met_forward = true;
    } else {
      for (size_t k = bwd.start[j]; k < bwd.start[j + 1]; ++k) {
        const int32_t v = bwd.queue[k];
        ForEachArcInto(t, f, v, [&](int32_t u, int32_t e, bool forward) __attribute__((always_inline)) {
          if (s.bseen.test(u)) {
            if (s.fseen.test(u) && !removed(u, v)) meet_arcs.push_back(ArcRef{u, v, e, forward});
            return;
          }
          if (!VertexOk(t, f, s, u) || removed(u, v)) return;
          s.bseen.set(u);
          if (s.fseen.test(u)) {
            meet.push_back(u);
            meet_arcs.push_back(ArcRef{u, v, e, forward});
          } else {
            bwd.Add(u);
          }
        });
      }
      bwd.EndLevel(t, !meet.empty());
      if (!meet.empty()) P = i, d = i + j + 1;
    }
  }
  if (max_hops > 0 && d > max_hops) return std::nullopt;

  // 2. The DAG of shortest paths, level by level: L[P] = M, back to a through the forward ball,
  //    on to b through the backward ball. Every DAG arc is kept (by the level it leaves), so the
  //    costs below never scan an adjacency again. Each step scans whichever side is smaller: the
  //    DAG level's arcs, or the arcs of the ball level it connects to. The arcs next to M came
  //    with the search.
  level.resize(d + 1);
  std::vector<std::vector<ArcRef>> arcs(d);  // arcs[p]: level p → level p + 1
  auto in_level = [&](int32_t v, int p) { return s.dseen.test(v) && s.pos[v] == p; };
  auto enter = [&](int32_t v, int p) {
    if (s.dseen.test(v)) return;
    s.dseen.set(v);
    s.pos[v] = p;
    level[p].push_back(v);
  };
  for (int32_t v : meet) enter(v, P);
  int first_back = P, first_on = P;  // the first levels left to scan on each side
  if (met_forward) {
    arcs[P - 1] = std::move(meet_arcs);
    for (const ArcRef& r : arcs[P - 1]) enter(r.from, P - 1);
    first_back = P - 1;
  } else {
    arcs[P] = std::move(meet_arcs);
    for (const ArcRef& r : arcs[P]) enter(r.to, P + 1);
    first_on = P + 1;
  }
  // A ball level that a scan below asks about (is x at distance k?) is labelled first; the search
  // itself wrote no distances (the level that met, the largest, is never asked about).
  auto label = [&](std::span<const int32_t> ball, int k, VertexBits& bits,
                   std::vector<int32_t>& dist, std::vector<std::span<const int32_t>>& done) {
    for (int32_t v : ball) {
      bits.set(v);
      dist[v] = k;
    }
    done.push_back(ball);
  };
  for (int p = first_back; p > 0; --p) {
    // Arcs x → v with x at distance p - 1 from a and v in L[p].
    const std::span<const int32_t> ball = fwd.Level(p - 1);
    if (Volume(t, level[p]) <= fwd.volume[p - 1]) {
      label(ball, p - 1, s.flev, s.fdist, flabelled);
      for (int32_t v : level[p]) {
        ForEachArcInto(t, f, v, [&](int32_t x, int32_t e, bool forward) {
          if (!s.flev.test(x) || s.fdist[x] != p - 1 || removed(x, v)) return;
          arcs[p - 1].push_back(ArcRef{x, v, e, forward});
        });
      }
    } else {
      for (int32_t x : ball) {
        ForEachArcFrom(t, f, x, [&](int32_t v, int32_t e, bool forward) {
          if (!in_level(v, p) || removed(x, v)) return;
          arcs[p - 1].push_back(ArcRef{x, v, e, forward});
        });
      }
    }
    for (const ArcRef& r : arcs[p - 1]) enter(r.from, p - 1);
  }
  for (int p = first_on; p < d; ++p) {
    // Arcs w → x with w in L[p] and x at distance d - p - 1 from b.
    const int q = d - p - 1;
    const std::span<const int32_t> ball = bwd.Level(q);
    if (Volume(t, level[p]) <= bwd.volume[q]) {
      label(ball, q, s.blev, s.bdist, blabelled);
      for (int32_t w : level[p]) {
        ForEachArcFrom(t, f, w, [&](int32_t x, int32_t e, bool forward) {
          if (!s.blev.test(x) || s.bdist[x] != q || removed(w, x)) return;
          arcs[p].push_back(ArcRef{w, x, e, forward});
        });
      }
    } else {
      for (int32_t x : ball) {
        ForEachArcInto(t, f, x, [&](int32_t w, int32_t e, bool forward) {
          if (!in_level(w, p) || removed(w, x)) return;
          arcs[p].push_back(ArcRef{w, x, e, forward});
        });
      }
    }
    for (const ArcRef& r : arcs[p]) enter(r.to, p + 1);
  }

  // 3. Cheapest cost to b over the DAG, from b backwards.
  s.cost[b] = 0;
  for (int p = d - 1; p >= 0; --p) {
    for (int32_t u : level[p]) s.cost[u] = kInfinity;
    for (const ArcRef& r : arcs[p]) {
      s.cost[r.from] = std::min(s.cost[r.from], HopCost(t.weight(r.edge), n) + s.cost[r.to]);
    }
  }

  // 4. From a, the tight arc to the smallest next id at every step; between the same two
  //    vertices, the best arc (ArcKey).
  ArcPath2 path;
  path.cost = s.cost[a];
  int32_t cur = a;
  for (int p = 0; p < d; ++p) {
    const ArcRef* chosen = nullptr;
    Cost chosen_cost = 0;
    for (const ArcRef& r : arcs[p]) {
      if (r.from != cur) continue;
      const Cost c = HopCost(t.weight(r.edge), n);
      if (c + s.cost[r.to] != s.cost[cur]) continue;
      if (chosen == nullptr ||
          (r.to != chosen->to && t.id_rank(r.to) < t.id_rank(chosen->to)) ||
          (r.to == chosen->to &&
           ArcKey(t, c, r.edge, r.forward) < ArcKey(t, chosen_cost, chosen->edge, chosen->forward))) {
        chosen = &r;
        chosen_cost = c;
      }
    }
    if (chosen == nullptr) return std::nullopt;  // cannot happen: every DAG vertex reaches b
    path.arcs.push_back(*chosen);
    cur = chosen->to;
  }
  return path;
}

}  // namespace kg::query::internal
