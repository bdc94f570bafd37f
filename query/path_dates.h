// Internal to query/: `kg path --since/--until`. A date window is answered on a copy of the graph
// that keeps only the evidence from articles dated inside it (relations left with none are gone),
// searched as usual, the hops then mapped back onto the full graph's edges. Same entities in the
// same order, so vertex numbers are the same in both graphs.
//
//   PathOptions o;
//   o.since = "2024";
//   std::optional<PathResult> r = internal::FindPathInDateWindow(g, a, b, o);
#ifndef KG_QUERY_PATH_DATES_H_
#define KG_QUERY_PATH_DATES_H_

#include <optional>
#include <string_view>

#include "graph/graph.h"
#include "query/path.h"

namespace kg::query::internal {

// Whether an article date ("YYYY[-MM[-DD]]") is inside [since, until], each bound compared as far
// as it goes ("2024" holds "2024-03-22"); an empty bound is open, an empty date is never inside.
bool DateInWindow(std::string_view date, std::string_view since, std::string_view until);

// FindPath restricted to the evidence dated in [options.since, options.until]. Each hop keeps the
// relation's stored weight (its strength over all evidence) but cites its best evidence in the
// window, and counts only that.
std::optional<PathResult> FindPathInDateWindow(const KnowledgeGraph& g, Vertex a, Vertex b,
                                               const PathOptions& options);

}  // namespace kg::query::internal

#endif  // KG_QUERY_PATH_DATES_H_
