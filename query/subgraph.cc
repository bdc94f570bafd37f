#include "query/subgraph.h"

#include <algorithm>
#include <cstring>
#include <boost/graph/kruskal_min_spanning_tree.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>

#include "query/arcs.h"
#include "query/walk.h"

namespace kg::query {
namespace {

using internal::Cost;
using internal::WalkGraph;

// A small undirected weighted graph for boost's Kruskal.
using Weighted =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, Cost>>;
using WeightedEdge = boost::graph_traits<Weighted>::edge_descriptor;

std::vector<WeightedEdge> SpanningForest(const Weighted& g) {
  std::vector<WeightedEdge> tree;
  boost::kruskal_minimum_spanning_tree(g, std::back_inserter(tree));
  return tree;
}

// Union-find groups of 0..n-1 joined by `links`, each group ascending, groups by first member.
std::vector<std::vector<int>> Groups(int n, const std::vector<std::pair<int, int>>& links) {
  std::vector<int> rank(n, 0), parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  boost::disjoint_sets<int*, int*> sets(rank.data(), parent.data());
  for (auto [x, y] : links) sets.union_set(x, y);
  std::vector<std::vector<int>> groups;
  std::map<int, size_t> index;
  for (int i = 0; i < n; ++i) {
    const int root = sets.find_set(i);
    auto [it, inserted] = index.try_emplace(root, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

struct Joined {
  std::vector<std::vector<int>> groups;  // over terminal indices
  std::vector<int> arcs;                 // arcs of the joining tree (one per linked pair)
};

Joined Join(const KnowledgeGraph& g, const WalkGraph& w, const std::vector<Vertex>& terminals) {
  const int t = static_cast<int>(terminals.size());
  // 1. Metric closure over the terminals.
  std::vector<std::vector<Cost>> dist;
  for (Vertex v : terminals) dist.push_back(internal::DistancesTo(w, v, {}, {}));
  Weighted closure(t);
  for (int i = 0; i < t; ++i) {
    for (int j = i + 1; j < t; ++j) {
      const Cost d = dist[j][terminals[i]];
      if (d != internal::kInfinity) boost::add_edge(i, j, d, closure);
    }
  }
  // 2. Its minimum spanning forest; 3. each closure edge expanded into a shortest path.
  Joined out;
  std::vector<std::pair<int, int>> links;
  std::map<std::pair<Vertex, Vertex>, int> union_arcs;  // unordered pair → cheapest arc
  for (WeightedEdge e : SpanningForest(closure)) {
    int i = static_cast<int>(boost::source(e, closure));
    int j = static_cast<int>(boost::target(e, closure));
    if (i > j) std::swap(i, j);
    links.emplace_back(i, j);
    internal::ArcPath p = internal::WalkDown(g, w, terminals[i], terminals[j], dist[j], {}, {});
    for (int id : p.arcs) {
      const internal::Arc& arc = w.arcs[id];
      const auto key = std::minmax(arc.from, arc.to);
      auto [it, inserted] = union_arcs.try_emplace({key.first, key.second}, id);
      if (!inserted && arc.cost < w.arcs[it->second].cost) it->second = id;
    }
  }
  out.groups = Groups(t, links);
  // 4. A spanning tree of the union of those paths.
  std::map<Vertex, int> local;
  std::vector<Vertex> global;
  auto index_of = [&](Vertex v) {
    auto [it, inserted] = local.try_emplace(v, static_cast<int>(global.size()));
    if (inserted) global.push_back(v);
    return it->second;
  };
  for (Vertex v : terminals) index_of(v);
  Weighted sub;
  std::map<std::pair<int, int>, int> sub_arc;
  for (auto& [key, id] : union_arcs) {
    const int x = index_of(key.first);
    const int y = index_of(key.second);
    sub_arc[std::minmax(x, y)] = id;
  }
  sub = Weighted(global.size());
  for (auto& [key, id] : sub_arc) boost::add_edge(key.first, key.second, w.arcs[id].cost, sub);
  std::vector<std::pair<int, int>> tree;
  for (WeightedEdge e : SpanningForest(sub)) {
    tree.push_back(std::minmax(static_cast<int>(boost::source(e, sub)),
                               static_cast<int>(boost::target(e, sub))));
  }
  // 5. Non-terminal leaves pruned until none is left.
  const int terminal_count = t;
  bool pruned = true;
  while (pruned) {
    pruned = false;
    std::vector<int> degree(global.size(), 0);
    for (auto [x, y] : tree) ++degree[x], ++degree[y];
    auto leaf = [&](const std::pair<int, int>& link) {
      return (link.first >= terminal_count && degree[link.first] == 1) ||
             (link.second >= terminal_count && degree[link.second] == 1);
    };
    const size_t before = tree.size();
    tree.erase(std::remove_if(tree.begin(), tree.end(), leaf), tree.end());
    pruned = tree.size() != before;
  }
  for (auto& link : tree) out.arcs.push_back(sub_arc.at(link));
  return out;
}

// Neighborhood: the strongest arc found so far into a vertex of the next level.
struct Best {
  int32_t vertex, parent, edge;
  bool forward;
  internal::Cost cost;
};

// A level's order as two integers compared in turn: the link's weight (greater first; a weight is
// positive, so its bits order like its value), then mentions (more first) and the id's rank.
struct LevelKey {
  uint64_t weight;    // inverted bits: smaller is stronger
  uint64_t mentions;  // inverted mentions << 32 | id rank
  int32_t index;      // into the level's Best list
  static LevelKey Of(double weight, int32_t mentions, int32_t id_rank, int32_t index) {
    uint64_t bits;
    std::memcpy(&bits, &weight, sizeof bits);
    const uint32_t more_first = ~(static_cast<uint32_t>(mentions) ^ 0x80000000u);  // signed order, reversed
    return {~bits, (uint64_t{more_first} << 32) | static_cast<uint32_t>(id_rank), index};
  }
  bool operator<(const LevelKey& o) const {
    return weight != o.weight ? weight < o.weight : mentions < o.mentions;
  }
};

// Kept between calls on a thread, so that a query allocates only what it returns.
struct NeighborhoodScratch {
  std::vector<int32_t> ball, previous;
  std::vector<Best> best;
  std::vector<LevelKey> keys;
};
NeighborhoodScratch& ThreadNeighborhoodScratch() {
  thread_local NeighborhoodScratch scratch;
  return scratch;
}

}  // namespace

TopoNeighborhood Neighborhood(const Topology& t, Vertex center, int depth,
                              const NeighborFilters& filters) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  TopoNeighborhood r;
  r.center = static_cast<int32_t>(center);
  if (center >= n) return r;
  const int32_t v = static_cast<int32_t>(center);
  r.vertices.push_back(v);
  depth = std::max(depth, 1);

  internal::ArcFilter f =
      internal::MakeArcFilter(t, filters.relations, filters.include_co_mentioned, false);
  f.min_weight = filters.min_weight;
  if (!filters.types.empty()) {
    f.type_mask = 0;
    for (EntityType type : filters.types) f.type_mask |= 1u << static_cast<unsigned>(type);
    f.exempt_a = v;
  }
  // Hop distances within `depth` (the ball: dseen, fdist), then the levels as listed (bseen).
  internal::Scratch& s = internal::ThreadScratch();
  std::vector<int32_t>& ball = ThreadNeighborhoodScratch().ball;
  ball.clear();
  internal::BreadthFirst(t, f, v, depth, [&](int32_t u, int d) {
    s.fdist[u] = d;
    ball.push_back(u);
  });
  // Every vertex listed is in the ball: clearing the ball's words clears both sets.
  internal::OnExit clear{[&] {
    s.dseen.ClearWords(ball);
    s.bseen.ClearWords(ball);
  }};
  for (int32_t u : ball) s.dseen.set(u);
  const uint32_t gen = s.gen;
  auto dist = [&](int32_t u) { return s.dseen.test(u) ? s.fdist[u] : -1; };
  auto listed = [&](int32_t u) { return s.bseen.test(u); };
  s.bseen.set(v);

  NeighborhoodScratch& ns = ThreadNeighborhoodScratch();
  std::vector<int32_t>& previous = ns.previous;
  std::vector<Best>& best = ns.best;
  std::vector<LevelKey>& keys = ns.keys;
  previous.assign(1, v);
  int remaining = filters.limit > 0 ? filters.limit : INT32_MAX;
  for (int d = 1; d <= depth && !previous.empty() && remaining > 0; ++d) {
    // The strongest arc reaching each vertex at distance d from a listed vertex at d - 1: the
    // cheapest, then from the smallest id, then as BuildWalkGraph orders parallel arcs.
    best.clear();
    for (int32_t p : previous) {
      internal::ForEachArcFrom(t, f, p, [&](int32_t u, int32_t e, bool forward) {
        if (dist(u) != d) return;
        const internal::Cost cost = internal::HopCost(t.weight(e), n);
        if (s.bmark[u] != gen) {
          s.bmark[u] = gen;
          s.pos[u] = static_cast<int32_t>(best.size());
          best.push_back({u, p, e, forward, cost});
          return;
        }
        Best& b = best[s.pos[u]];
        if (cost != b.cost) {
          if (cost < b.cost) b = {u, p, e, forward, cost};
          return;
        }
        if (p != b.parent) {
          if (t.id_rank(p) < t.id_rank(b.parent)) b = {u, p, e, forward, cost};
          return;
        }
        if (std::make_tuple(!forward, t.relation_code(e), e) <
            std::make_tuple(!b.forward, t.relation_code(b.edge), b.edge)) {
          b = {u, p, e, forward, cost};
        }
      });
    }
    // Strongest link first, then most mentioned, then id: sorted as two integers per vertex.
    keys.clear();
    keys.reserve(best.size());
    for (size_t i = 0; i < best.size(); ++i) {
      keys.push_back(LevelKey::Of(t.weight(best[i].edge), t.mention_count(best[i].vertex),
                                  t.id_rank(best[i].vertex), static_cast<int32_t>(i)));
    }
    std::sort(keys.begin(), keys.end());
    const size_t take = std::min<size_t>(keys.size(), static_cast<size_t>(remaining));
    r.truncated = r.truncated || take < keys.size();
    std::vector<TopoNeighbor> level;
    level.reserve(take);
    for (size_t i = 0; i < take; ++i) {
      const Best& b = best[keys[i].index];
      level.push_back({b.vertex, d, b.parent, b.edge, b.forward});
    }
    remaining -= static_cast<int>(level.size());
    previous.clear();
    for (const TopoNeighbor& nb : level) {
      s.bseen.set(nb.vertex);
      previous.push_back(nb.vertex);
      r.vertices.push_back(nb.vertex);
    }
    if (!level.empty()) r.levels.push_back(std::move(level));
  }
  // A limit that stops the walk early still hides the farther levels.
  if (remaining <= 0 && static_cast<int>(r.levels.size()) < depth) {
    for (int32_t p : previous) {
      internal::ForEachArcFrom(t, f, p, [&](int32_t u, int32_t, bool) {
        if (!listed(u) && dist(u) >= 0) r.truncated = true;
      });
    }
  }

  // Every relation among the listed vertices, from their out-lists: the bulk of the work, so the
  // weight (never below 0) is read only when a minimum is set.
  // Each vertex's list is somewhere else in the (large) CSR arrays: the lists a few vertices ahead
  // are prefetched, so that their cache misses overlap this one's scan.
  const bool weigh = f.min_weight > 0;
  const size_t listed_count = r.vertices.size();
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < listed_count; ++i) {
    if (i + 2 * kAhead < listed_count) t.PrefetchOutOffsets(r.vertices[i + 2 * kAhead]);
    if (i + kAhead < listed_count) t.PrefetchOutEdges(r.vertices[i + kAhead]);
    const int32_t u = r.vertices[i];
    for (int32_t e = t.out_begin(u); e < t.out_end(u); ++e) {
      if (!listed(t.target(e)) || !f.relation_ok[t.relation_code(e)]) continue;
      if (weigh && t.weight(e) < f.min_weight) continue;
      r.edges.push_back(e);
    }
  }
  if (filters.relations.empty() && !filters.include_co_mentioned) {
    const int co = t.RelationCode("co_mentioned");
    if (co >= 0) {
      for (int32_t e = t.out_begin(v); e < t.out_end(v); ++e) {
        r.hidden_co_mentioned += t.relation_code(e) == co;
      }
      const auto sources = t.in_sources(v);
      const auto edges = t.in_edges(v);
      for (size_t i = 0; i < sources.size(); ++i) {
        r.hidden_co_mentioned += t.relation_code(edges[i]) == co && sources[i] != v;
      }
    }
  }
  return r;
}

NeighborhoodResult Neighborhood(const KnowledgeGraph& g, Vertex v, int depth,
                                const NeighborFilters& filters) {
  const TopoNeighborhood t = Neighborhood(g.topology(), v, depth, filters);
  NeighborhoodResult r;
  r.center = v;
  for (const auto& level : t.levels) {
    std::vector<Neighbor>& out = r.levels.emplace_back();
    for (const TopoNeighbor& nb : level) {
      out.push_back(Neighbor{static_cast<Vertex>(nb.vertex), nb.distance,
                             static_cast<Vertex>(nb.parent), g.edge(nb.via), nb.forward});
    }
  }
  r.vertices.assign(t.vertices.begin(), t.vertices.end());
  for (int32_t e : t.edges) r.edges.push_back(g.edge(e));
  r.hidden_co_mentioned = t.hidden_co_mentioned;
  r.truncated = t.truncated;
  return r;
}

ConnectResult Connect(const KnowledgeGraph& g, const std::vector<Vertex>& terminals,
                      const ConnectOptions& options) {
  const Graph& graph = g.graph();
  const size_t n = boost::num_vertices(graph);
  ConnectResult r;
  for (Vertex v : terminals) {
    if (v < n && std::find(r.terminals.begin(), r.terminals.end(), v) == r.terminals.end()) {
      r.terminals.push_back(v);
    }
  }
  if (r.terminals.empty()) return r;

  internal::WalkFilter filter;
  filter.relations = options.relations;
  filter.include_co_mentioned = options.include_co_mentioned;
  WalkGraph w = internal::BuildWalkGraph(g, filter);
  Joined joined = Join(g, w, r.terminals);
  if (joined.groups.size() > 1 && options.relations.empty() && !options.include_co_mentioned) {
    filter.include_co_mentioned = true;
    WalkGraph wide = internal::BuildWalkGraph(g, filter);
    Joined again = Join(g, wide, r.terminals);
    if (again.groups.size() < joined.groups.size()) {
      w = std::move(wide);
      joined = std::move(again);
      r.co_mentioned_fallback = true;
    }
  }

  for (const std::vector<int>& group : joined.groups) {
    std::vector<Vertex>& out = r.groups.emplace_back();
    for (int i : group) out.push_back(r.terminals[i]);
  }
  r.vertices = r.terminals;
  std::vector<Vertex> inner;
  for (int id : joined.arcs) {
    const internal::Arc& arc = w.arcs[id];
    for (Vertex u : {arc.from, arc.to}) {
      if (std::find(r.vertices.begin(), r.vertices.end(), u) == r.vertices.end() &&
          std::find(inner.begin(), inner.end(), u) == inner.end()) {
        inner.push_back(u);
      }
    }
    r.edges.push_back(arc.edge);
  }
  std::sort(inner.begin(), inner.end(),
            [&](Vertex x, Vertex y) { return graph[x].id < graph[y].id; });
  r.vertices.insert(r.vertices.end(), inner.begin(), inner.end());
  auto edge_key = [&](Edge e) {
    return std::make_tuple(graph[boost::source(e, graph)].id, graph[e].relation,
                           graph[boost::target(e, graph)].id);
  };
  std::sort(r.edges.begin(), r.edges.end(),
            [&](Edge x, Edge y) { return edge_key(x) < edge_key(y); });
  return r;
}

}  // namespace kg::query
