// Subgraphs around entities: the neighborhood of one entity (who is within k hops, through which
// relations) and the connection of several (a small tree joining them). Both return plain lists of
// vertices and edges that the CLI prints and can hand to an exporter as they are.
//
// Like paths, both walk typed relations in either direction and leave co_mentioned links out
// unless asked for.
//
//   kg::query::NeighborFilters f;
//   f.types = {kg::EntityType::kPerson};
//   kg::query::NeighborhoodResult n = kg::query::Neighborhood(g, isis, 2, f);
//   kg::query::ConnectResult c = kg::query::Connect(g, {a, b, c}, {});
#ifndef KG_QUERY_SUBGRAPH_H_
#define KG_QUERY_SUBGRAPH_H_

#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query {

struct NeighborFilters {
  std::vector<EntityType> types;       // empty = all; entities of other types are neither listed
                                       // nor walked through
  std::vector<std::string> relations;  // empty = every typed relation (co_mentioned aside)
  bool include_co_mentioned = false;   // with empty `relations`, walk co_mentioned links too
  double min_weight = 0;               // relations weaker than this are not walked
  int limit = 0;                       // 0 = unlimited; else at most this many neighbors, nearest
                                       // and most strongly linked first
};

struct Neighbor {
  Vertex vertex = 0;
  int distance = 0;     // hops from the center
  Vertex parent = 0;    // the neighbor one hop closer it is reached from (strongest link)
  Edge via;             // the relation linking parent and vertex
  bool forward = true;  // via points parent → vertex; false: vertex → parent
};

struct NeighborhoodResult {
  Vertex center = 0;
  std::vector<std::vector<Neighbor>> levels;  // levels[d - 1]: the neighbors at distance d
  std::vector<Vertex> vertices;               // the center, then every neighbor level by level
  std::vector<Edge> edges;      // every relation passing the filters between two listed vertices
  int hidden_co_mentioned = 0;  // co_mentioned links at the center left out by the default filter
  bool truncated = false;       // `limit` left some neighbors out
};

// The entities within `depth` hops of v (depth < 1 counts as 1), grouped by distance. Within a
// level: strongest link first, then most mentioned, then id.
NeighborhoodResult Neighborhood(const KnowledgeGraph& g, Vertex v, int depth,
                                const NeighborFilters& filters);

// The same on a bare Topology (graph/topology.h), in its vertex and edge numbers.
struct TopoNeighbor {
  int32_t vertex = 0;
  int32_t distance = 0;
  int32_t parent = 0;
  int32_t via = 0;  // topology edge id
  bool forward = true;
};
struct TopoNeighborhood {
  int32_t center = 0;
  std::vector<std::vector<TopoNeighbor>> levels;
  std::vector<int32_t> vertices;
  std::vector<int32_t> edges;  // topology edge ids
  int hidden_co_mentioned = 0;
  bool truncated = false;
};
TopoNeighborhood Neighborhood(const Topology& t, Vertex v, int depth,
                              const NeighborFilters& filters);

struct ConnectOptions {
  std::vector<std::string> relations;  // empty = every typed relation (co_mentioned aside)
  bool include_co_mentioned = false;
};

struct ConnectResult {
  std::vector<Vertex> terminals;  // as given, duplicates removed
  std::vector<Vertex> vertices;   // the terminals, then the entities joining them, by id
  std::vector<Edge> edges;        // the relations of the joining tree, one per link
  // Terminals that could be joined, each group in the order given; a single group when all could.
  std::vector<std::vector<Vertex>> groups;
  bool co_mentioned_fallback = false;  // typed relations could not join them; co_mentioned did
};

// A small tree joining the terminals (Kou–Markowitz–Berman Steiner approximation: metric closure
// over the terminals, its minimum spanning tree, each closure edge expanded into its shortest path,
// a spanning tree of the union, non-terminal leaves pruned). Path costs as in FindPath.
ConnectResult Connect(const KnowledgeGraph& g, const std::vector<Vertex>& terminals,
                      const ConnectOptions& options);

}  // namespace kg::query

#endif  // KG_QUERY_SUBGRAPH_H_
