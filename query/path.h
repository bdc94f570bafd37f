// Paths between two entities: how is A connected to B, through which relations, on what evidence.
//
// A path walks typed relations in either direction by default (`directed` keeps to source → target,
// except for the symmetric fights / allied_with / co_mentioned). co_mentioned links are left out
// unless asked for; when no typed path exists the search falls back to them and says so. Among
// paths the fewest hops win; among paths with as many hops, the better attested one (each hop costs
// 1 + 1/(1 + weight), the weight term scaled so it never outweighs a hop); remaining ties go to the
// path whose entity ids are lexicographically smallest. k > 1 asks for the k shortest simple paths
// (Yen's algorithm). The search runs on the graph's CSR topology: a bidirectional breadth-first
// search finds the hop count, then costs are compared over the shortest-path DAG only, with per-
// vertex marks reused between queries, so a query costs what it visits.
//
//   kg::query::PathOptions o;
//   o.k = 3;
//   if (auto r = kg::query::FindPath(g, a, b, o)) {
//     for (const auto& p : r->paths) std::cout << kg::query::DebugString(g, p) << "\n";
//   } else {
//     kg::query::NoPathReport why = kg::query::ExplainNoPath(g, a, b);
//   }
#ifndef KG_QUERY_PATH_H_
#define KG_QUERY_PATH_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query {

struct PathOptions {
  bool directed = false;  // walk relations only source → target (symmetric ones both ways)
  std::vector<std::string> relations;   // empty = every typed relation (co_mentioned aside)
  bool include_co_mentioned = false;    // with empty `relations`, walk co_mentioned links too
  std::vector<Vertex> avoid;            // never walk through these (the two ends are exempt)
  std::vector<EntityType> avoid_types;  // never walk through entities of these types
  std::vector<EntityType> via_types;  // when not empty, every intermediate entity has one of these
  int max_hops = 0;                   // 0 = unlimited
  // Evidence dates, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (empty = open): only relations with evidence
  // from an article dated within [since, until] are walked, compared as far as the bound goes
  // ("2024" holds all of 2024); evidence from undated articles is outside every window. Each hop
  // then cites its best evidence in the window and counts only that.
  std::string since;
  std::string until;
  int k = 1;                          // number of alternative simple paths wanted
};

struct PathHop {
  Vertex from = 0;
  Vertex to = 0;
  Edge edge;  // the stored relation walked
  std::string relation;
  bool forward = true;  // walked source → target; false: the relation points to → from
  double weight = 0;
  int evidence_count = 0;
  std::optional<Evidence> evidence;  // the relation's best evidence, when it has any
};

struct Path {
  std::vector<Vertex> vertices;  // from the start to the end, hops + 1 of them
  std::vector<PathHop> hops;
  double cost = 0;  // sum over hops of 1 + 1/(1 + weight)
};

struct PathResult {
  std::vector<Path> paths;             // best first, at most k
  bool co_mentioned_fallback = false;  // no typed path existed; these walk co_mentioned links
};

// The best path(s) from a to b, or nullopt when none satisfies the options. a == b gives one path
// with no hops.
std::optional<PathResult> FindPath(const KnowledgeGraph& g, Vertex a, Vertex b,
                                   const PathOptions& options);

// A weakly connected component (over every relation, co_mentioned included).
struct ComponentInfo {
  int id = -1;   // numbered in vertex order, stable for one graph
  int size = 0;  // entities in it
};

// Why FindPath found nothing: where each end sits. Same component means the options (direction,
// relation filter, avoid, max hops) ruled every path out.
struct NoPathReport {
  ComponentInfo from;
  ComponentInfo to;
  bool same_component = false;
};
NoPathReport ExplainNoPath(const KnowledgeGraph& g, Vertex a, Vertex b);

// The same search on a bare Topology (graph/topology.h), whose vertex numbers are those of the
// KnowledgeGraph it was built from (so `avoid` and the ends are given as such): hops name topology
// edges. This is what `kg path` runs on a store's topology index without loading the graph.
// A Topology holds no evidence, so options.since/until are ignored here: with a date window, use
// the KnowledgeGraph overload.
struct TopoHop {
  int32_t from = 0;
  int32_t to = 0;
  int32_t edge = 0;     // topology edge id
  bool forward = true;  // walked source → target
};
struct TopoPath {
  std::vector<int32_t> vertices;
  std::vector<TopoHop> hops;
  double cost = 0;  // as Path::cost
};
struct TopoPathResult {
  std::vector<TopoPath> paths;
  bool co_mentioned_fallback = false;
};
std::optional<TopoPathResult> FindPath(const Topology& t, Vertex a, Vertex b,
                                       const PathOptions& options);
NoPathReport ExplainNoPath(const Topology& t, Vertex a, Vertex b);

// One line naming the path by ids: "person:a -leader_of-> group:b <-member_of- person:c".
std::string DebugString(const KnowledgeGraph& g, const Path& path);

}  // namespace kg::query

#endif  // KG_QUERY_PATH_H_
