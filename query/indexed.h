// Answers from a store's topology index (graph/topology.h) without loading the store: the search
// runs on the mapped topology, and only what the answer shows is read from the store (each hop's
// best evidence) into a small KnowledgeGraph holding the answer's entities and relations, which
// callers print exactly as they print an answer from the whole graph. This is how `kg path` stays
// under a second on a store of millions of relations.
//
//   kg::query::IndexedPath p;
//   kg::Status s = kg::query::FindPathIndexed(*store, topology, a, b, options, &p);
//   if (s.ok() && p.result) std::cout << kg::query::DebugString(p.graph, p.result->paths[0]);
#ifndef KG_QUERY_INDEXED_H_
#define KG_QUERY_INDEXED_H_

#include <optional>

#include "graph/graph.h"
#include "graph/status.h"
#include "graph/store.h"
#include "graph/topology.h"
#include "query/path.h"
#include "query/subgraph.h"

namespace kg::query {

struct IndexedPath {
  KnowledgeGraph graph;              // the two ends, and the entities and relations of the paths
  Vertex from = 0;                   // in `graph`
  Vertex to = 0;
  std::optional<PathResult> result;  // vertices and edges of `graph`; nullopt: no path
  NoPathReport why;                  // when there is no path: components of the whole topology
};

// FindPath(t, a, b, options) (a, b and options.avoid in t's numbers), its answer read out as above.
// `t` must be the current index of `store` (same stamp) and carry kWithIndex. options.since and
// options.until are not supported (a topology holds no evidence dates): callers load the graph.
Status FindPathIndexed(const Store& store, const Topology& t, Vertex a, Vertex b,
                       const PathOptions& options, IndexedPath* out);

struct IndexedNeighborhood {
  KnowledgeGraph graph;       // the center, its neighbors and the relations among them
  NeighborhoodResult result;  // in `graph`'s numbers
};

// Neighborhood(t, center, depth, filters), read out as above (no evidence text: a neighborhood
// shows weights and evidence counts, which the index holds). Answers what Neighborhood on the
// whole graph answers, without loading it.
Status NeighborhoodIndexed(const Topology& t, Vertex center, int depth,
                           const NeighborFilters& filters, IndexedNeighborhood* out);

}  // namespace kg::query

#endif  // KG_QUERY_INDEXED_H_
