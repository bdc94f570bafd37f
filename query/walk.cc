#include "query/walk.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cmath>
#include <map>
#include <tuple>

namespace kg::query::internal {

bool RelationAllowed(const WalkFilter& filter, const std::string& relation) {
  if (filter.relations.empty()) return relation != "co_mentioned" || filter.include_co_mentioned;
  return std::find(filter.relations.begin(), filter.relations.end(), relation) !=
         filter.relations.end();
}

Cost HopCost(double weight, size_t n) {
  if (!(weight > 0)) weight = 0;  // also catches NaN
  const double strength =
      static_cast<double>(kHopCost) / static_cast<double>(n + 1) / (1.0 + weight);
  return kHopCost + static_cast<Cost>(std::llround(strength));
}

WalkGraph BuildWalkGraph(const KnowledgeGraph& kg, const WalkFilter& filter) {
  const Graph& g = kg.graph();
  const size_t n = boost::num_vertices(g);
  auto vertex_ok = [&](Vertex v) { return filter.vertex_ok.empty() || filter.vertex_ok[v]; };
  // Best arc per ordered pair: cheapest, then forward, then relation name, then stored order.
  auto better = [&](const Arc& x, const Arc& y) {
    return std::make_tuple(x.cost, !x.forward, g[x.edge].relation, g[x.edge].relation_index) <
           std::make_tuple(y.cost, !y.forward, g[y.edge].relation, g[y.edge].relation_index);
  };
  std::map<std::pair<Vertex, Vertex>, Arc> best;
  auto offer = [&](const Arc& arc) {
    auto [it, inserted] = best.try_emplace({arc.from, arc.to}, arc);
    if (!inserted && better(arc, it->second)) it->second = arc;
  };
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    const EdgeProps& p = g[e];
    if (s == t || !vertex_ok(s) || !vertex_ok(t)) continue;
    if (!RelationAllowed(filter, p.relation) || p.weight < filter.min_weight) continue;
    const Cost cost = HopCost(p.weight, n);
    offer(Arc{s, t, e, true, cost});
    if (!filter.directed || IsSymmetricRelation(p.relation)) offer(Arc{t, s, e, false, cost});
  }
  WalkGraph w;
  w.graph = ArcGraph(n);
  w.arcs.reserve(best.size());
  for (auto& [key, arc] : best) {
    const int id = static_cast<int>(w.arcs.size());
    boost::add_edge(arc.from, arc.to, ArcProps{id, arc.cost}, w.graph);
    w.arcs.push_back(arc);
  }
  return w;
}

std::vector<Cost> DistancesTo(const WalkGraph& w, Vertex target,
                              const std::vector<char>& removed_vertices,
                              const std::vector<char>& removed_arcs) {
  const size_t n = boost::num_vertices(w.graph);
  std::vector<Cost> dist(n, kInfinity);
  auto reversed = boost::make_reverse_graph(w.graph);
  using RevEdge = boost::graph_traits<decltype(reversed)>::edge_descriptor;
  auto weight = boost::make_function_property_map<RevEdge, Cost>([&](RevEdge e) {
    const ArcProps& p = w.graph[e.underlying_descx];
    const Arc& arc = w.arcs[p.id];
    if (!removed_arcs.empty() && removed_arcs[p.id]) return kInfinity;
    if (!removed_vertices.empty() && (removed_vertices[arc.from] || removed_vertices[arc.to])) {
      return kInfinity;
    }
    return p.cost;
  });
  boost::dijkstra_shortest_paths(reversed, target,
                                 boost::weight_map(weight)
                                     .distance_map(boost::make_iterator_property_map(
                                         dist.begin(), boost::get(boost::vertex_index, reversed)))
                                     .distance_inf(kInfinity)
                                     .distance_combine(boost::closed_plus<Cost>(kInfinity)));
  return dist;
}

ArcPath WalkDown(const KnowledgeGraph& kg, const WalkGraph& w, Vertex from, Vertex target,
                 const std::vector<Cost>& dist, const std::vector<char>& removed_vertices,
                 const std::vector<char>& removed_arcs) {
  ArcPath path;
  path.cost = dist[from];
  Vertex cur = from;
  while (cur != target) {
    int chosen = -1;
    for (auto a : boost::make_iterator_range(boost::out_edges(cur, w.graph))) {
      const ArcProps& p = w.graph[a];
      const Vertex next = boost::target(a, w.graph);
      if (!removed_arcs.empty() && removed_arcs[p.id]) continue;
      if (!removed_vertices.empty() && removed_vertices[next]) continue;
      if (dist[next] == kInfinity || dist[next] + p.cost != dist[cur]) continue;
      if (chosen < 0 || kg.graph()[next].id < kg.graph()[w.arcs[chosen].to].id) chosen = p.id;
    }
    if (chosen < 0) break;  // unreachable with distances from DistancesTo
    path.arcs.push_back(chosen);
    cur = w.arcs[chosen].to;
  }
  return path;
}

std::optional<ArcPath> ShortestPath(const KnowledgeGraph& g, const WalkGraph& w, Vertex a, Vertex b,
                                    const std::vector<char>& removed_vertices,
                                    const std::vector<char>& removed_arcs) {
  std::vector<Cost> dist = DistancesTo(w, b, removed_vertices, removed_arcs);
  if (dist[a] == kInfinity) return std::nullopt;
  return WalkDown(g, w, a, b, dist, removed_vertices, removed_arcs);
}

Components WeakComponents(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(boost::num_vertices(g));
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    boost::add_edge(boost::source(e, g), boost::target(e, g), u);
  }
  Components c;
  c.component.assign(boost::num_vertices(g), 0);
  const int count = boost::connected_components(u, c.component.data());
  c.size.assign(count, 0);
  for (int id : c.component) ++c.size[id];
  return c;
}

}  // namespace kg::query::internal
