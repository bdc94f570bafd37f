// The CSR searches (arcs.h, and FindPath, Neighborhood and Rank on them) against the walk-graph
// implementations they replaced, kept here verbatim as the reference: random graphs with many equal
// weights (ties), parallel and symmetric relations, filters, k > 1, limits.
#include "query/arcs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/page_rank.hpp>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <tuple>

#include "query/path.h"
#include "query/rank.h"
#include "query/subgraph.h"
#include "query/walk.h"

namespace kg::query {
namespace {

using internal::ArcPath;
using internal::WalkGraph;

bool Contains(const std::vector<EntityType>& types, EntityType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

// ---- The reference: the walk-graph implementation before the CSR searches ----

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


// The reference FindPath, as DebugStrings (plus the fallback flag).
std::vector<std::string> OldPaths(const KnowledgeGraph& g, Vertex a, Vertex b,
                                  const PathOptions& options) {
  const Graph& graph = g.graph();
  const size_t n = boost::num_vertices(graph);
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
  for (Vertex v : options.avoid) filter.vertex_ok[v] = 0;
  filter.vertex_ok[a] = filter.vertex_ok[b] = 1;
  const int k = std::max(1, options.k);
  WalkGraph w = internal::BuildWalkGraph(g, filter);
  std::vector<ArcPath> found = KShortest(g, w, a, b, k, options.max_hops);
  bool fallback = false;
  if (found.empty() && options.relations.empty() && !options.include_co_mentioned) {
    filter.include_co_mentioned = true;
    w = internal::BuildWalkGraph(g, filter);
    found = KShortest(g, w, a, b, k, options.max_hops);
    fallback = !found.empty();
  }
  if (found.empty()) return {"none"};
  std::vector<std::string> out;
  for (const ArcPath& p : found) {
    std::string s = graph[a].id;
    for (int id : p.arcs) {
      const internal::Arc& arc = w.arcs[id];
      s += arc.forward ? " -" + graph[arc.edge].relation + "-> "
                       : " <-" + graph[arc.edge].relation + "- ";
      s += graph[arc.to].id + "#" + std::to_string(graph[arc.edge].relation_index);
    }
    out.push_back(s);
  }
  if (fallback) out.push_back("fallback");
  return out;
}

NeighborhoodResult OldNeighborhood(const KnowledgeGraph& g, Vertex v, int depth,
                                const NeighborFilters& filters) {
  const Graph& graph = g.graph();
  const size_t n = boost::num_vertices(graph);
  NeighborhoodResult r;
  r.center = v;
  if (v >= n) return r;
  r.vertices.push_back(v);
  depth = std::max(depth, 1);

  internal::WalkFilter filter;
  filter.relations = filters.relations;
  filter.include_co_mentioned = filters.include_co_mentioned;
  filter.min_weight = filters.min_weight;
  if (!filters.types.empty()) {
    filter.vertex_ok.assign(n, 0);
    for (Vertex u = 0; u < n; ++u) filter.vertex_ok[u] = Contains(filters.types, graph[u].type);
    filter.vertex_ok[v] = 1;
  }
  const WalkGraph w = internal::BuildWalkGraph(g, filter);

  std::vector<int> dist(n, -1);
  dist[v] = 0;
  boost::breadth_first_search(
      w.graph, v,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, w.graph)),
          boost::on_tree_edge()))));

  std::vector<char> listed(n, 0);
  listed[v] = 1;
  std::vector<Vertex> previous{v};
  int remaining = filters.limit > 0 ? filters.limit : INT32_MAX;
  for (int d = 1; d <= depth && !previous.empty() && remaining > 0; ++d) {
    // The strongest arc reaching each vertex at distance d from a listed vertex at d - 1.
    std::map<Vertex, int> best;
    for (Vertex p : previous) {
      for (auto a : boost::make_iterator_range(boost::out_edges(p, w.graph))) {
        const Vertex u = boost::target(a, w.graph);
        if (dist[u] != d) continue;
        const int id = w.graph[a].id;
        auto [it, inserted] = best.try_emplace(u, id);
        if (inserted) continue;
        const internal::Arc& old = w.arcs[it->second];
        const internal::Arc& arc = w.arcs[id];
        if (std::make_tuple(arc.cost, graph[arc.from].id) <
            std::make_tuple(old.cost, graph[old.from].id)) {
          it->second = id;
        }
      }
    }
    std::vector<Neighbor> level;
    for (auto& [u, id] : best) {
      const internal::Arc& arc = w.arcs[id];
      level.push_back(Neighbor{u, d, arc.from, arc.edge, arc.forward});
    }
    std::sort(level.begin(), level.end(), [&](const Neighbor& x, const Neighbor& y) {
      const double wx = graph[x.via].weight, wy = graph[y.via].weight;
      if (wx != wy) return wx > wy;
      if (graph[x.vertex].mention_count != graph[y.vertex].mention_count) {
        return graph[x.vertex].mention_count > graph[y.vertex].mention_count;
      }
      return graph[x.vertex].id < graph[y.vertex].id;
    });
    if (static_cast<int>(level.size()) > remaining) {
      level.resize(remaining);
      r.truncated = true;
    }
    remaining -= static_cast<int>(level.size());
    previous.clear();
    for (const Neighbor& nb : level) {
      listed[nb.vertex] = 1;
      previous.push_back(nb.vertex);
      r.vertices.push_back(nb.vertex);
    }
    if (!level.empty()) r.levels.push_back(std::move(level));
  }
  // A limit that stops the walk early still hides the farther levels.
  if (remaining <= 0 && static_cast<int>(r.levels.size()) < depth) {
    for (Vertex p : previous) {
      for (auto a : boost::make_iterator_range(boost::out_edges(p, w.graph))) {
        if (!listed[boost::target(a, w.graph)] && dist[boost::target(a, w.graph)] >= 0)
          r.truncated = true;
      }
    }
  }

  for (Vertex u : r.vertices) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(u, graph))) {
      const Vertex t = boost::target(e, graph);
      if (!listed[t]) continue;
      if (!internal::RelationAllowed(filter, graph[e].relation)) continue;
      if (graph[e].weight < filter.min_weight) continue;
      r.edges.push_back(e);
    }
  }
  if (filters.relations.empty() && !filters.include_co_mentioned) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, graph))) {
      r.hidden_co_mentioned += graph[e].relation == "co_mentioned";
    }
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, graph))) {
      r.hidden_co_mentioned += graph[e].relation == "co_mentioned" && boost::source(e, graph) != v;
    }
  }
  return r;
}


std::set<std::pair<Vertex, Vertex>> Links(const KnowledgeGraph& g, bool include_co_mentioned) {
  const Graph& graph = g.graph();
  internal::WalkFilter filter;
  filter.include_co_mentioned = include_co_mentioned;
  std::set<std::pair<Vertex, Vertex>> links;
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
    const Vertex s = boost::source(e, graph), t = boost::target(e, graph);
    if (s == t || !internal::RelationAllowed(filter, graph[e].relation)) continue;
    links.insert(std::minmax(s, t));
  }
  return links;
}

std::vector<double> Degree(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  std::vector<double> score(n, 0);
  for (auto [u, v] : links) score[u] += 1, score[v] += 1;
  return score;
}

std::vector<double> Betweenness(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(n);
  for (auto [x, y] : links) boost::add_edge(x, y, u);
  std::vector<double> score(n, 0);
  boost::brandes_betweenness_centrality(u, boost::centrality_map(boost::make_iterator_property_map(
                                               score.begin(), boost::get(boost::vertex_index, u))));
  return score;
}

std::vector<double> PageRank(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  using Bidirectional = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Bidirectional b(n);
  for (auto [x, y] : links) {
    boost::add_edge(x, y, b);
    boost::add_edge(y, x, b);
  }
  std::vector<double> score(n, 0);
  if (n == 0) return score;
  boost::graph::page_rank(
      b, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, b)),
      boost::graph::n_iterations(100));
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  if (total > 0) {
    for (double& s : score) s /= total;
  }
  return score;
}


// ---- The comparison ----

std::vector<std::string> NewPaths(const KnowledgeGraph& g, Vertex a, Vertex b,
                                  const PathOptions& options) {
  std::optional<PathResult> r = FindPath(g, a, b, options);
  if (!r) return {"none"};
  const Graph& graph = g.graph();
  std::vector<std::string> out;
  for (const Path& p : r->paths) {
    std::string s = graph[a].id;
    for (const PathHop& h : p.hops) {
      s += h.forward ? " -" + h.relation + "-> " : " <-" + h.relation + "- ";
      s += graph[h.to].id + "#" + std::to_string(graph[h.edge].relation_index);
    }
    out.push_back(s);
  }
  if (r->co_mentioned_fallback) out.push_back("fallback");
  return out;
}

std::string Dump(const KnowledgeGraph& g, const NeighborhoodResult& r) {
  const Graph& graph = g.graph();
  std::string s = "center " + graph[r.center].id + "\n";
  for (const auto& level : r.levels) {
    for (const Neighbor& nb : level) {
      s += std::to_string(nb.distance) + " " + graph[nb.vertex].id + " from " +
           graph[nb.parent].id + " via #" + std::to_string(graph[nb.via].relation_index) +
           (nb.forward ? " fwd" : " back") + "\n";
    }
  }
  for (Vertex v : r.vertices) s += graph[v].id + " ";
  s += "\nedges";
  for (Edge e : r.edges) s += " #" + std::to_string(graph[e].relation_index);
  s += "\nhidden " + std::to_string(r.hidden_co_mentioned) + " truncated " +
       std::to_string(r.truncated);
  return s;
}

const char* kRelations[] = {"leader_of", "member_of", "fights",    "allied_with",
                            "operates_in", "branch_of", "co_mentioned"};
const char* kPrefixes[] = {"group", "place", "person", "organization", "attack"};

// A random graph of n entities and about m relations; weights from a small set so ties abound.
KnowledgeGraph RandomGraph(std::mt19937& rng, int n, int m) {
  GraphData d;
  std::vector<std::string> ids;
  for (int i = 0; i < n; ++i) {
    AggregatedEntity e;
    e.entity.id = std::string(kPrefixes[rng() % 5]) + ":e" + std::to_string(rng() % 1000);
    e.entity.type = ParseEntityType(e.entity.id.substr(0, e.entity.id.find(':'))).value();
    e.entity.name = e.entity.id;
    e.mention_count = static_cast<int>(rng() % 3);
    ids.push_back(e.entity.id);
    d.entities.push_back(std::move(e));
  }
  std::shuffle(d.entities.begin(), d.entities.end(), rng);
  const double weights[] = {1.0, 1.0, 2.0, 0.5, 3.0};
  for (int i = 0; i < m; ++i) {
    AggregatedRelation r;
    r.source = ids[rng() % ids.size()];
    r.target = rng() % 20 == 0 ? r.source : ids[rng() % ids.size()];
    r.relation = kRelations[rng() % 7];
    r.weight = weights[rng() % 5];
    r.evidence_count = 1;
    d.relations.push_back(std::move(r));
  }
  return KnowledgeGraph::Build(std::move(d));
}

TEST(CsrSearch, PathsAsTheWalkGraphFoundThem) {
  std::mt19937 rng(12345);
  int compared = 0, found = 0;
  for (int round = 0; round < 300; ++round) {
    const int n = 3 + static_cast<int>(rng() % 40);
    KnowledgeGraph g = RandomGraph(rng, n, static_cast<int>(rng() % (3 * n)));
    const size_t nv = boost::num_vertices(g.graph());
    for (int q = 0; q < 12; ++q) {
      const Vertex a = rng() % nv, b = rng() % nv;
      PathOptions o;
      o.directed = rng() % 4 == 0;
      o.k = rng() % 3 == 0 ? 1 + static_cast<int>(rng() % 4) : 1;
      if (rng() % 5 == 0) o.max_hops = 1 + static_cast<int>(rng() % 3);
      if (rng() % 5 == 0) o.relations = {kRelations[rng() % 7], kRelations[rng() % 7]};
      if (rng() % 6 == 0) o.include_co_mentioned = true;
      if (rng() % 6 == 0) o.avoid_types = {static_cast<EntityType>(rng() % 5)};
      if (rng() % 8 == 0) o.via_types = {static_cast<EntityType>(rng() % 5), EntityType::kGroup};
      if (rng() % 5 == 0) o.avoid = {static_cast<Vertex>(rng() % nv)};
      const std::vector<std::string> want = OldPaths(g, a, b, o);
      EXPECT_EQ(NewPaths(g, a, b, o), want) << "round " << round << " query " << q;
      ++compared;
      found += want[0] != "none";
    }
  }
  EXPECT_GT(found, compared / 4);
}

TEST(CsrSearch, NeighborhoodsAsTheWalkGraphFoundThem) {
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    const int n = 2 + static_cast<int>(rng() % 40);
    KnowledgeGraph g = RandomGraph(rng, n, static_cast<int>(rng() % (3 * n)));
    const size_t nv = boost::num_vertices(g.graph());
    for (int q = 0; q < 6; ++q) {
      const Vertex v = rng() % nv;
      const int depth = static_cast<int>(rng() % 4);
      NeighborFilters f;
      if (rng() % 4 == 0) f.types = {static_cast<EntityType>(rng() % 5), EntityType::kPerson};
      if (rng() % 5 == 0) f.relations = {kRelations[rng() % 7]};
      if (rng() % 5 == 0) f.include_co_mentioned = true;
      if (rng() % 5 == 0) f.min_weight = 1.0;
      if (rng() % 3 == 0) f.limit = 1 + static_cast<int>(rng() % 6);
      EXPECT_EQ(Dump(g, Neighborhood(g, v, depth, f)), Dump(g, OldNeighborhood(g, v, depth, f)))
          << "round " << round;
    }
  }
}

// BreadthFirst switches to bottom-up levels on dense frontiers: the distances must be those of a
// plain top-down search, whatever the filters, on sparse and dense graphs alike.
TEST(CsrSearch, BreadthFirstDistancesAsAPlainSearch) {
  std::mt19937 rng(4242);
  int bottom_up_sized = 0;
  for (int round = 0; round < 300; ++round) {
    const int n = 2 + static_cast<int>(rng() % 60);
    const int m = static_cast<int>(rng() % ((round % 2 ? 10 : 2) * n + 1));
    KnowledgeGraph g = RandomGraph(rng, n, m);
    const Topology t = Topology::Build(g, Topology::kSearchOnly);
    const int32_t nv = t.num_vertices();
    std::vector<std::string> relations;
    if (rng() % 4 == 0) relations = {kRelations[rng() % 7], kRelations[rng() % 7]};
    internal::ArcFilter f = internal::MakeArcFilter(t, relations, rng() % 5 == 0, rng() % 3 == 0);
    if (rng() % 5 == 0) f.min_weight = 1.0;
    if (rng() % 4 == 0) f.type_mask = 1u | (1u << (rng() % 5));
    for (int q = 0; q < 4; ++q) {
      const int32_t c = static_cast<int32_t>(rng() % nv);
      const int depth = rng() % 3 == 0 ? -1 : static_cast<int>(rng() % 4);
      if (f.type_mask != ~0u) f.exempt_a = c;
      // The reference: top-down only, a queue and a distance table.
      std::vector<int> want(nv, -1);
      {
        internal::Scratch& s = internal::ThreadScratch();
        s.Next(static_cast<size_t>(nv));
        internal::MarkVertexRules(f, s);
        std::vector<int32_t> queue{c};
        want[c] = 0;
        for (size_t k = 0; k < queue.size(); ++k) {
          const int32_t u = queue[k];
          if (depth >= 0 && want[u] == depth) continue;
          internal::ForEachArcFrom(t, f, u, [&](int32_t v, int32_t, bool) {
            if (want[v] >= 0 || !internal::VertexOk(t, f, s, v)) return;
            want[v] = want[u] + 1;
            queue.push_back(v);
          });
        }
      }
      std::vector<int> got(nv, -1);
      int last = 0;
      bool levels_in_order = true;
      internal::BreadthFirst(t, f, c, depth, [&](int32_t v, int d) {
        EXPECT_EQ(got[v], -1) << "visited twice";
        got[v] = d;
        levels_in_order &= d >= last;
        last = d;
      });
      EXPECT_EQ(got, want) << "round " << round << " centre " << c << " depth " << depth;
      EXPECT_TRUE(levels_in_order);
      bottom_up_sized += m > 4 * n;
    }
  }
  EXPECT_GT(bottom_up_sized, 100);
}

TEST(CsrSearch, RanksAsBeforeToTheLastBit) {
  std::mt19937 rng(99);
  for (int round = 0; round < 60; ++round) {
    const int n = 2 + static_cast<int>(rng() % 60);
    KnowledgeGraph g = RandomGraph(rng, n, static_cast<int>(rng() % (3 * n)));
    const size_t nv = boost::num_vertices(g.graph());
    for (bool co : {false, true}) {
      const auto links = Links(g, co);
      const std::vector<double> want[] = {Degree(nv, links), Betweenness(nv, links),
                                          PageRank(nv, links)};
      const RankMeasure measures[] = {RankMeasure::kDegree, RankMeasure::kBetweenness,
                                      RankMeasure::kPageRank};
      for (int m = 0; m < 3; ++m) {
        RankOptions o;
        o.measure = measures[m];
        o.limit = 0;
        o.include_co_mentioned = co;
        for (const RankEntry& e : Rank(g, o)) {
          EXPECT_EQ(e.score, want[m][e.vertex]) << "round " << round << " measure " << m;
        }
      }
    }
  }
}

}  // namespace
}  // namespace kg::query
