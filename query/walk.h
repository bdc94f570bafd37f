// Internal to query/: the "walk graph" that path, neighborhood, connect and rank searches run on.
//
// A KnowledgeGraph edge is a stored (source, relation, target) fact; a search instead walks arcs.
// BuildWalkGraph turns the edges that pass a filter into arcs on the same vertex numbering: one arc
// source → target, plus target → source when the walk is undirected or the relation is symmetric
// (fights, allied_with, co_mentioned). Parallel facts between the same two vertices collapse into
// one arc, the best attested one; self-loops are dropped (no simple path uses them).
//
// Arc cost is fixed point, so that equal costs compare equal and ties can be broken by id:
//   cost = kHopCost + round(kHopCost / (n + 1) / (1 + weight))
// where n is the number of vertices. Fewer hops always win (the strength term of a whole simple
// path stays below one hop); among paths with as many hops, the sum of 1 / (1 + weight) decides, so
// stronger, better-attested relations make shorter paths.
//
//   internal::WalkFilter f;  // typed relations, both directions
//   internal::WalkGraph w = internal::BuildWalkGraph(g, f);
//   std::optional<internal::ArcPath> p = internal::ShortestPath(g, w, a, b, {}, {});
#ifndef KG_QUERY_WALK_H_
#define KG_QUERY_WALK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kg::query::internal {

using Cost = int64_t;
inline constexpr Cost kHopCost = Cost{1} << 40;
inline constexpr Cost kInfinity = INT64_MAX;

struct ArcProps {
  int id = -1;  // index into WalkGraph::arcs
  Cost cost = kHopCost;
};

struct Arc {
  Vertex from = 0;
  Vertex to = 0;
  Edge edge;            // the KnowledgeGraph edge this arc walks
  bool forward = true;  // walks edge source → target
  Cost cost = kHopCost;
};

using ArcGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                       boost::no_property, ArcProps>;

struct WalkGraph {
  ArcGraph graph;         // same vertex numbering as the KnowledgeGraph
  std::vector<Arc> arcs;  // by ArcProps::id
};

struct WalkFilter {
  bool directed = false;               // symmetric relations are still walked both ways
  std::vector<std::string> relations;  // empty = every relation but co_mentioned
  bool include_co_mentioned = false;   // adds co_mentioned to an empty `relations`
  double min_weight = 0;
  std::vector<char> vertex_ok;  // empty = every vertex; else arcs touching a 0 are dropped
};

// Whether edges of `relation` pass the filter's relation rule.
bool RelationAllowed(const WalkFilter& filter, const std::string& relation);

// The fixed-point cost of one hop over an edge of this weight in a graph of n vertices.
Cost HopCost(double weight, size_t n);

WalkGraph BuildWalkGraph(const KnowledgeGraph& g, const WalkFilter& filter);

// A walk as arc ids, first hop first.
struct ArcPath {
  std::vector<int> arcs;
  Cost cost = 0;
};

// The cheapest path a → b avoiding the given arcs and vertices (boost Dijkstra towards b over the
// reversed arcs, then a walk forward from a). Among equally cheap paths the one whose vertex ids
// are lexicographically smallest, compared from a, wins. Empty path when a == b.
std::optional<ArcPath> ShortestPath(const KnowledgeGraph& g, const WalkGraph& w, Vertex a, Vertex b,
                                    const std::vector<char>& removed_vertices,
                                    const std::vector<char>& removed_arcs);

// Distances (in Cost) from every vertex to `target` over the walk graph (kInfinity if none).
std::vector<Cost> DistancesTo(const WalkGraph& w, Vertex target,
                              const std::vector<char>& removed_vertices,
                              const std::vector<char>& removed_arcs);

// Follows tight arcs from `from` to `target` given DistancesTo(target); smallest next id first.
ArcPath WalkDown(const KnowledgeGraph& g, const WalkGraph& w, Vertex from, Vertex target,
                 const std::vector<Cost>& dist, const std::vector<char>& removed_vertices,
                 const std::vector<char>& removed_arcs);

// Weakly connected components over every edge of the graph: component id per vertex (numbered in
// vertex order) and the size of each component.
struct Components {
  std::vector<int> component;
  std::vector<int> size;
};
Components WeakComponents(const KnowledgeGraph& g);

}  // namespace kg::query::internal

#endif  // KG_QUERY_WALK_H_
